package jp.kikan.migration.residentregistry.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kikan.migration.core.validation.ItemType;
import jp.kikan.migration.core.validation.Rule;
import jp.kikan.migration.residentregistry.model.DataGroup;

/** The item definitions of every group, loaded from {@code items.tsv} next to this class. */
public final class ItemCatalogue {

    private final Map<DataGroup, List<ItemDefinition>> byGroup;

    private ItemCatalogue(Map<DataGroup, List<ItemDefinition>> byGroup) {
        this.byGroup = byGroup;
    }

    /** The built-in definitions. */
    public static ItemCatalogue standard() {
        InputStream in = ItemCatalogue.class.getResourceAsStream("items.tsv");
        if (in == null) {
            throw new IllegalStateException("items.tsv missing from the classpath");
        }
        Map<DataGroup, List<ItemDefinition>> byGroup = new EnumMap<>(DataGroup.class);
        for (DataGroup g : DataGroup.values()) {
            byGroup.put(g, new ArrayList<>());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("group\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 11) {
                    throw new IllegalStateException("items.tsv: 11 columns expected: " + line);
                }
                DataGroup group =
                        DataGroup.byId(f[0]).orElseThrow(() -> new IllegalStateException("items.tsv: group " + f[0]));
                String requirement = f[6];
                Condition condition = requirement.startsWith("required-if:")
                        ? Condition.parse(requirement.substring("required-if:".length()))
                        : null;
                Objects.requireNonNull(byGroup.get(group))
                        .add(new ItemDefinition(
                                group,
                                f[1],
                                "-".equals(f[2]) ? List.of() : Arrays.asList(f[2].split(",")),
                                f[3],
                                ItemType.parse(f[4]),
                                Integer.parseInt(f[5]),
                                "required".equals(requirement),
                                condition,
                                "-".equals(f[7]) ? null : f[7],
                                Rule.parse(f[8]),
                                "V".equals(f[9]),
                                "-".equals(f[10]) ? "" : f[10]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byGroup.replaceAll((g, items) -> List.copyOf(items));
        return new ItemCatalogue(byGroup);
    }

    public List<ItemDefinition> items(DataGroup group) {
        return Objects.requireNonNull(byGroup.get(group));
    }

    /** The item a header name stands for: its romaji name or an alias, case-insensitively. */
    public Optional<ItemDefinition> item(DataGroup group, String headerName) {
        String key = headerName.trim().toLowerCase(Locale.ROOT);
        for (ItemDefinition item : items(group)) {
            if (item.name().equals(key) || item.aliases().contains(key)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    public ItemDefinition get(DataGroup group, String name) {
        return item(group, name).orElseThrow(() -> new IllegalArgumentException(group.id() + "." + name));
    }
}
