package jp.kikan.platform.parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A 法定パラメータ (告示・政令で定める額 and the like): one named legal number and its history of values.
 *
 * <p>The values are kept oldest first with every end date filled in (an entry ends the day before its successor
 * starts unless it states an earlier {@code effective-to}). Periods never overlap; gaps are allowed and mean "not in
 * force" (a benefit abolished and later reinstated).
 *
 * @param key               module and key
 * @param type              the kind of value, which fixes its Java type
 * @param description       what the number is, in Japanese
 * @param tenantOverridable whether a municipality may set its own value by ordinance (条例); otherwise an override is
 *                          rejected
 * @param values            the history, oldest first, never empty
 */
public record LegalParameter(
        ParameterKey key, ParameterType type, String description, boolean tenantOverridable, List<DatedValue> values) {

    /**
     * Normalises {@code values} (any order, ends implied) and checks them.
     *
     * @throws IllegalArgumentException if values are empty, two start on the same day, periods overlap or a value
     *                                  does not fit {@code type}
     */
    public LegalParameter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(key + ": no values");
        }
        List<DatedValue> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(DatedValue::effectiveFrom));
        List<DatedValue> normalised = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            DatedValue current = sorted.get(i);
            DatedValue next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            LocalDate end = current.effectiveTo();
            if (next != null) {
                if (next.effectiveFrom().equals(current.effectiveFrom())) {
                    throw new IllegalArgumentException(key + ": two values take effect on " + current.effectiveFrom());
                }
                LocalDate impliedEnd = next.effectiveFrom().minusDays(1);
                if (end != null && end.isAfter(impliedEnd)) {
                    throw new IllegalArgumentException(key + ": the value from " + current.effectiveFrom() + " runs to "
                            + end + ", overlapping the value from " + next.effectiveFrom());
                }
                end = end != null ? end : impliedEnd;
            }
            normalised.add(current.withEffectiveTo(end).withValue(type.convert(current.value())));
        }
        values = List.copyOf(normalised);
    }

    /** The value in force on {@code date}, if any. */
    public Optional<DatedValue> valueOn(LocalDate date) {
        for (DatedValue value : values) {
            if (value.covers(date)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The first day any value is in force. */
    public LocalDate firstEffective() {
        return values.get(0).effectiveFrom();
    }

    /** The last day any value is in force, or {@code null} while the parameter is open-ended. */
    public @Nullable LocalDate lastEffective() {
        return values.get(values.size() - 1).effectiveTo();
    }
}
