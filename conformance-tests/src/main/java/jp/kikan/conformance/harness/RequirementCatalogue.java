package jp.kikan.conformance.harness;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Every requirement of the standard that one business's suite covers, from {@code requirements/<business>.yaml}:
 *
 * <pre>
 * business: resident-registry
 * title: 住民記録システム標準仕様書
 * requirements:
 *   - id: "0010001"            # quote it: YAML 1.1 would read 0010001 as an octal number
 *     title: 住民票の写しの交付
 *     source: 住民記録システム標準仕様書 第X.X版 Y.Y.Y
 *     kind: mandatory          # mandatory 実装必須 | optional 標準オプション | prohibited 実装不可
 * </pre>
 *
 * <p>Ids are read as written (the loader works on YAML nodes, so even an unquoted {@code 0010001} keeps its zeros).
 * The report lists every requirement of every catalogue, tested or not.
 *
 * @param business     the business, equal to the file name
 * @param title        the standard's name
 * @param resource     where the catalogue was read from
 * @param requirements the requirements in catalogue order
 */
public record RequirementCatalogue(String business, String title, String resource, List<Entry> requirements) {

    /** Pattern of a requirement id: a 7-digit 機能ID or a Kikan id like {@code PLT-0001}. */
    public static final Pattern ID = Pattern.compile("[0-9]{7}|[A-Z]{2,8}-[0-9]{4}");

    /**
     * One requirement of the standard.
     *
     * @param id     機能ID or Kikan id
     * @param title  機能名
     * @param source specification name, version and section
     * @param kind   実装区分
     */
    public record Entry(String id, String title, String source, RequirementKind kind) {}

    /**
     * The catalogues found and what was wrong with them (a broken entry is left out and named here).
     *
     * @param catalogues by business name
     * @param problems   one line per problem, naming the file
     */
    public record Loaded(List<RequirementCatalogue> catalogues, List<String> problems) {}

    /** The entry with {@code id}, if the catalogue lists it. */
    public Optional<Entry> find(String id) {
        return requirements.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /**
     * Reads every {@code <folder>/*.yaml} on the class path, from directories and from jars.
     *
     * @param folder class-path folder, normally {@code requirements}
     */
    public static Loaded loadAll(ClassLoader classLoader, String folder) {
        Map<String, URL> files = new TreeMap<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(folder))) {
                list(classLoader, url, folder, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<RequirementCatalogue> catalogues = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, URL> file : files.entrySet()) {
            try (Reader reader = new InputStreamReader(file.getValue().openStream(), StandardCharsets.UTF_8)) {
                parse(file.getKey(), reader, problems).ifPresent(catalogues::add);
            } catch (IOException e) {
                problems.add(file.getKey() + ": cannot read: " + e.getMessage());
            }
        }
        catalogues.sort(Comparator.comparing(RequirementCatalogue::business));
        return new Loaded(List.copyOf(catalogues), List.copyOf(problems));
    }

    private static void list(ClassLoader classLoader, URL url, String folder, Map<String, URL> files)
            throws IOException {
        if ("file".equals(url.getProtocol())) {
            Path dir;
            try {
                dir = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                return;
            }
            try (Stream<Path> paths = Files.list(dir)) {
                for (Path path :
                        paths.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    files.putIfAbsent(
                            folder + "/" + path.getFileName(), path.toUri().toURL());
                }
            }
            return;
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            JarFile jarFile = jar.getJarFile();
            Enumeration<JarEntry> entries = jarFile.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(folder + "/")
                        && name.endsWith(".yaml")
                        && name.indexOf('/', folder.length() + 1) < 0) {
                    URL resource = classLoader.getResource(name);
                    if (resource != null) {
                        files.putIfAbsent(name, resource);
                    }
                }
            }
        }
    }

    /** Parses one catalogue; problems are added to {@code problems} as "resource:line message". */
    static Optional<RequirementCatalogue> parse(String resource, Reader reader, List<String> problems) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (YAMLException e) {
            problems.add(resource + ": not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(resource + ": must be a mapping with business, title, requirements");
            return Optional.empty();
        }
        String fileName = resource.substring(resource.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
        String business = text(map, "business");
        if (business == null || !business.equals(fileName)) {
            problems.add(resource + ": 'business' must be '" + fileName + "', the file name, was '" + business + "'");
            return Optional.empty();
        }
        String title = text(map, "title");
        Node list = value(map, "requirements");
        if (!(list instanceof SequenceNode sequence)) {
            problems.add(resource + ": 'requirements' must be a list");
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : sequence.getValue()) {
            String where = resource + ":" + (item.getStartMark().getLine() + 1);
            if (!(item instanceof MappingNode entry)) {
                problems.add(where + " each requirement must be a mapping with id, title, source, kind");
                continue;
            }
            String id = text(entry, "id");
            String name = text(entry, "title");
            String source = text(entry, "source");
            String kindCode = text(entry, "kind");
            RequirementKind kind =
                    kindCode == null ? null : RequirementKind.fromCode(kindCode).orElse(null);
            if (id == null || !ID.matcher(id).matches()) {
                problems.add(where + " id '" + id + "' is neither a 7-digit 機能ID nor a Kikan id like PLT-0001");
            } else if (!ids.add(id)) {
                problems.add(where + " id " + id + " is listed twice");
            } else if (name == null || source == null) {
                problems.add(where + " requirement " + id + " needs a title and a source (spec, version, section)");
            } else if (kind == null) {
                problems.add(where + " requirement " + id + " has kind '" + kindCode
                        + "'; use mandatory, optional or prohibited");
            } else {
                entries.add(new Entry(id, name, source, kind));
            }
        }
        return Optional.of(
                new RequirementCatalogue(business, title == null ? business : title, resource, List.copyOf(entries)));
    }

    private static @Nullable Node value(MappingNode map, String field) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(field)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static @Nullable String text(MappingNode map, String field) {
        Node node = value(map, field);
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        return null;
    }
}
