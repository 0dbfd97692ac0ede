package jp.kikan.migration.residentregistry.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.Normalisation;
import jp.kikan.migration.core.validation.CodeList;
import org.jspecify.annotations.Nullable;

/**
 * The Kikan code lists ({@code code-lists.tsv}) and, per run, the legacy system's own codes mapped onto them.
 *
 * <p>A legacy code table (UTF-8 TSV, columns {@code list}, {@code legacy_code}, {@code kikan_code}, {@code note}) says
 * what the source system's codes mean. When a run has one for a list, that list's values are read as legacy codes only
 * (then as labels): a legacy {@code 02} that means 子 must never be taken for Kikan's {@code 02} 妻. Without one,
 * values are Kikan codes or labels. Every value resolved other than as a Kikan code is counted as {@link
 * Normalisation#CODE_MAPPED}.
 */
public final class CodeLists {

    /** A resolved value and whether it was mapped. */
    public record Resolved(CodeList.Entry entry, boolean mapped) {

        public CodeValue value() {
            return entry.value();
        }
    }

    private final Map<String, CodeList> lists;
    private final Map<String, Map<String, String>> legacy;

    private CodeLists(Map<String, CodeList> lists, Map<String, Map<String, String>> legacy) {
        this.lists = Map.copyOf(lists);
        this.legacy = Map.copyOf(legacy);
    }

    /** The built-in Kikan code lists, without legacy codes. */
    public static CodeLists standard() {
        InputStream in = CodeLists.class.getResourceAsStream("code-lists.tsv");
        if (in == null) {
            throw new IllegalStateException("code-lists.tsv missing from the classpath");
        }
        Map<String, Map<String, CodeList.Entry>> entries = new LinkedHashMap<>();
        Map<String, Map<String, String>> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("list\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                CodeList.Entry entry = new CodeList.Entry(
                        f[1], f[2], "-".equals(f[4]) ? "" : f[4], "-".equals(f[5]) ? "" : f[5], f[6]);
                entries.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], entry);
                Map<String, String> n = names.computeIfAbsent(f[0], k -> new HashMap<>());
                n.put(f[2], f[1]);
                if (!"-".equals(f[3])) {
                    for (String alias : f[3].split(",", -1)) {
                        n.put(alias.trim(), f[1]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, CodeList> lists = new HashMap<>();
        entries.forEach((id, e) -> lists.put(id, new CodeList(id, e, names.getOrDefault(id, Map.of()))));
        return new CodeLists(lists, Map.of());
    }

    /** These lists with a legacy code table added. */
    public CodeLists withLegacyCodes(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return withLegacyCodes(in, file.getFileName().toString());
        }
    }

    /** These lists with a legacy code table added; throws IllegalArgumentException for an unknown list or code. */
    public CodeLists withLegacyCodes(Reader in, String name) throws IOException {
        Map<String, Map<String, String>> mapped = new HashMap<>();
        legacy.forEach((k, v) -> mapped.put(k, new HashMap<>(v)));
        BufferedReader reader = new BufferedReader(in);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("list\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = name + " line " + number + ": ";
            if (f.length < 3) {
                throw new IllegalArgumentException(where + "expected list, legacy_code, kikan_code");
            }
            CodeList list = lists.get(f[0].trim());
            if (list == null) {
                throw new IllegalArgumentException(where + "unknown code list " + f[0].trim());
            }
            if (list.byCode(f[2].trim()).isEmpty()) {
                throw new IllegalArgumentException(where + "no Kikan code " + f[2].trim() + " in " + list.id());
            }
            if (mapped.computeIfAbsent(list.id(), k -> new HashMap<>()).put(f[1].trim(), f[2].trim()) != null) {
                throw new IllegalArgumentException(where + "legacy code " + f[1].trim() + " twice");
            }
        }
        return new CodeLists(lists, mapped);
    }

    public CodeList list(String id) {
        CodeList list = lists.get(id);
        if (list == null) {
            throw new IllegalArgumentException("no code list " + id);
        }
        return list;
    }

    /** True when the run reads this list's values as a legacy system's codes. */
    public boolean hasLegacyCodes(String listId) {
        return legacy.containsKey(listId);
    }

    /** The value's entry: a legacy code (when the run has them), a Kikan code (otherwise), or a label or alias. */
    public Optional<Resolved> resolve(String listId, String value) {
        CodeList list = list(listId);
        Map<String, String> legacyCodes = legacy.get(listId);
        if (legacyCodes != null) {
            @Nullable String code = legacyCodes.get(value);
            if (code != null) {
                return list.byCode(code).map(e -> new Resolved(e, true));
            }
        } else {
            Optional<CodeList.Entry> direct = list.byCode(value);
            if (direct.isPresent()) {
                return Optional.of(new Resolved(direct.get(), false));
            }
        }
        return list.byName(value).map(e -> new Resolved(e, true));
    }

    /** The ids of the lists, sorted. */
    public java.util.List<String> ids() {
        return lists.keySet().stream().sorted().toList();
    }
}
