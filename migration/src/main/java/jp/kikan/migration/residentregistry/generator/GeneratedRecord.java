package jp.kikan.migration.residentregistry.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.platform.time.Era;
import org.jspecify.annotations.Nullable;

/**
 * One synthetic record before it is written: item → value, and the problems the validation must report for it.
 * Values are {@code String}, {@link java.time.LocalDate}, {@link jp.kikan.migration.core.dates.LegacyDate} (不詳), {@link
 * Code} (a Kikan code, written as the variant's legacy code where it has one) or {@link BadDate}; each variant writes
 * them in its own form.
 */
final class GeneratedRecord {

    /** A Kikan code of a list. */
    record Code(String list, String code) {}

    /** A 和暦 date that does not exist, written in the variant's 和暦 form. */
    record BadDate(Era era, int year, int month, int day) {}

    /** A problem the validation must report for this record. */
    record Expected(String kind, String code, String field) {}

    private final DataGroup group;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final List<Expected> expected = new ArrayList<>(0);

    GeneratedRecord(DataGroup group) {
        this.group = group;
    }

    DataGroup group() {
        return group;
    }

    GeneratedRecord put(String item, @Nullable Object value) {
        if (value == null) {
            values.remove(item);
        } else {
            values.put(item, value);
        }
        return this;
    }

    @Nullable
    Object get(String item) {
        return values.get(item);
    }

    String text(String item) {
        Object v = values.get(item);
        if (!(v instanceof String s)) {
            throw new IllegalStateException(item + " is not text");
        }
        return s;
    }

    void expect(String kind, String code, String field) {
        expected.add(new Expected(kind, code, field));
    }

    void expect(FaultKind kind) {
        expect(kind.id(), kind.code(), kind.field());
    }

    List<Expected> expected() {
        return expected;
    }

    GeneratedRecord copy() {
        GeneratedRecord c = new GeneratedRecord(group);
        c.values.putAll(values);
        return c;
    }
}
