package jp.kikan.platform.parameter;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One value of a 法定パラメータ and the period it is in force, with the provision that sets it.
 *
 * <p>In a parameter file {@code effective-to} is usually left out: an entry ends the day before the next one starts.
 * Inside a {@link LegalParameter} the end is filled in, so {@link #effectiveTo()} is {@code null} only for the entry
 * still in force with no known end.
 *
 * @param effectiveFrom first day in force (施行日・適用日), inclusive
 * @param effectiveTo   last day in force, inclusive; {@code null} when open-ended
 * @param value         the value: {@code Long} for yen/integer, {@code BigDecimal} for decimal/rate, {@code String}
 *                      for text, {@code LocalDate} for date (see {@link ParameterType}); a tenant override may also
 *                      carry the value as text, converted when resolved
 * @param source        the citation: statute, article and amending act, or the municipality's ordinance (条例), e.g.
 *                      {@code 児童手当法 第6条第1項第1号イ（令和6年法律第47号による改正後）}
 */
public record DatedValue(LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, Object value, String source) {

    public DatedValue {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("source must name the provision the value comes from");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException(
                    "effectiveTo " + effectiveTo + " is before effectiveFrom " + effectiveFrom);
        }
    }

    /** An open-ended value in force from {@code effectiveFrom}. */
    public static DatedValue from(LocalDate effectiveFrom, Object value, String source) {
        return new DatedValue(effectiveFrom, null, value, source);
    }

    /** Whether this value is in force on {@code date}. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    DatedValue withEffectiveTo(@Nullable LocalDate end) {
        return new DatedValue(effectiveFrom, end, value, source);
    }

    DatedValue withValue(Object converted) {
        return new DatedValue(effectiveFrom, effectiveTo, converted, source);
    }
}
