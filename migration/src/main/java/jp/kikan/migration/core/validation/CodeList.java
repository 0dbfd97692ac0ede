package jp.kikan.migration.core.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.migration.core.model.CodeValue;

/**
 * A Kikan code list: codes with Japanese labels, the names accepted for them, and a category per code (e.g. {@code
 * todokede} for 異動事由 that are 住基法 notifications).
 *
 * @param entries code → entry, in file order
 * @param names   label or alias → code
 */
public record CodeList(String id, Map<String, Entry> entries, Map<String, String> names) {

    /**
     * One code.
     *
     * @param category e.g. {@code todokede} for a 異動事由 that is a 住基法 notification; empty when none
     * @param registry for a 異動事由, the resident registry's 異動事由 code a migrated history row becomes; empty when none
     */
    public record Entry(String code, String label, String category, String registry, String note) {

        public CodeValue value() {
            return new CodeValue(code, label);
        }
    }

    public CodeList {
        entries = Map.copyOf(entries);
        names = Map.copyOf(names);
    }

    public Optional<Entry> byCode(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** By label or alias, e.g. 「妻」 → 02. */
    public Optional<Entry> byName(String name) {
        String code = names.get(name);
        return code == null ? Optional.empty() : byCode(code);
    }

    /** The codes in code order. */
    public List<Entry> sortedEntries() {
        return entries.values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }
}
