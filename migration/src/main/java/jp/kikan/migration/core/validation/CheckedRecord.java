package jp.kikan.migration.core.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.Normalisation;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.model.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * A record after the per-item checks: the typed values of the items that passed (by romaji name), the record's own
 * problems, the columns that are not defined items, and the normalisations applied (per field).
 */
public final class CheckedRecord {

    private final SourceRef source;
    private final Map<String, Object> values;
    private final List<Problem> problems;
    private final Map<String, String> extras;
    private final EnumMap<Normalisation, Integer> normalisations;

    public CheckedRecord(
            SourceRef source,
            Map<String, Object> values,
            List<Problem> problems,
            Map<String, String> extras,
            EnumMap<Normalisation, Integer> normalisations) {
        this.source = source;
        this.values = values;
        this.problems = problems;
        this.extras = extras;
        this.normalisations = normalisations;
    }

    public SourceRef source() {
        return source;
    }

    /** The record's own problems (reading and per-item); empty when it passed. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    public Map<String, String> extras() {
        return extras;
    }

    public Map<Normalisation, Integer> normalisations() {
        return normalisations;
    }

    public boolean has(String item) {
        return values.containsKey(item);
    }

    public @Nullable Object value(String item) {
        return values.get(item);
    }

    public @Nullable String text(String item) {
        return values.get(item) instanceof String s ? s : null;
    }

    public @Nullable LegacyDate date(String item) {
        return values.get(item) instanceof LegacyDate d ? d : null;
    }

    public @Nullable CodeValue code(String item) {
        return values.get(item) instanceof CodeValue c ? c : null;
    }

    public @Nullable <T> T typed(String item, Class<T> type) {
        Object v = values.get(item);
        return type.isInstance(v) ? type.cast(v) : null;
    }

    /** The value's text form (String, code, number, date as ISO, identifiers by value), or null. */
    public @Nullable String asText(String item) {
        Object v = values.get(item);
        if (v == null) {
            return null;
        }
        if (v instanceof CodeValue c) {
            return c.code();
        }
        if (v instanceof LegacyDate d) {
            return d.isoText();
        }
        if (v instanceof jp.kikan.platform.identifier.MyNumber n) {
            return n.value();
        }
        if (v instanceof jp.kikan.platform.identifier.ResidentCode c) {
            return c.value();
        }
        if (v instanceof jp.kikan.platform.identifier.LocalGovernmentCode c) {
            return c.value();
        }
        return v.toString();
    }
}
