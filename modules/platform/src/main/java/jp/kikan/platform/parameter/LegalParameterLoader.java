package jp.kikan.platform.parameter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads and validates 法定パラメータ files from the class path. Fails fast: any problem in any file throws one
 * {@link ParameterFileException} listing all of them, with file, key and line.
 *
 * <p><b>Finding the files.</b> A class loader cannot list a folder inside a jar, so each module lists its file(s) in an
 * index, {@value #INDEX}, one class-path resource name per line ({@code #} starts a comment):
 *
 * <pre>
 * # modules/child-allowance/src/main/resources/META-INF/kikan/parameters.list
 * parameters/child-allowance.yaml
 * </pre>
 *
 * <p>{@link #loadIndexed} reads every index on the class path ({@link ClassLoader#getResources}, which does see every
 * jar) and loads each listed file. A listed file that is missing, or present in two jars, is a problem. Where an index
 * sits in a directory (module builds, tests, IDE runs) the loader also checks its sibling {@code parameters/} folder
 * and reports any {@code *.yaml} the index forgot, so a missing line is caught in the module's own tests before it
 * can be lost in a jar. {@link #load} takes explicit resource names instead, for tests and tools.
 *
 * <p><b>File rules.</b> {@code module} equals the file name; every parameter has a known {@code type}, a
 * {@code description} and a non-empty {@code values} list; every value has {@code effective-from}, {@code value}
 * matching the type and a non-blank {@code source}; no two values start on the same day and an explicit
 * {@code effective-to} must end before the next value starts; unknown fields and duplicate keys are problems. A key
 * may appear in only one file.
 */
public final class LegalParameterLoader {

    /** The index each module ships, listing its parameter files. */
    public static final String INDEX = "META-INF/kikan/parameters.list";

    private LegalParameterLoader() {}

    /** Loads every parameter file named in every {@value #INDEX} visible to {@code classLoader}. */
    public static List<LegalParameter> loadIndexed(ClassLoader classLoader) {
        List<ParameterFileException.Problem> problems = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        try {
            for (URL index : Collections.list(classLoader.getResources(INDEX))) {
                List<String> listed = readIndex(index);
                names.addAll(listed);
                problems.addAll(unlisted(index, listed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        return load(classLoader, names, problems);
    }

    /** Loads the named class-path resources, e.g. {@code parameters/child-allowance.yaml}. */
    public static List<LegalParameter> load(ClassLoader classLoader, Collection<String> resourceNames) {
        return load(classLoader, resourceNames, new ArrayList<>());
    }

    private static List<LegalParameter> load(
            ClassLoader classLoader, Collection<String> resourceNames, List<ParameterFileException.Problem> problems) {
        List<LegalParameter> parameters = new ArrayList<>();
        Map<ParameterKey, String> definedIn = new HashMap<>();
        for (String name : resourceNames) {
            List<URL> urls;
            try {
                urls = Collections.list(classLoader.getResources(name));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot look up " + name, e);
            }
            if (urls.size() != 1) {
                problems.add(new ParameterFileException.Problem(
                        name,
                        null,
                        0,
                        urls.isEmpty()
                                ? "listed in " + INDEX + " but not on the class path"
                                : "found " + urls.size() + " times on the class path: " + urls));
                continue;
            }
            ParameterFileParser parser = new ParameterFileParser(name);
            try (Reader reader = new InputStreamReader(urls.get(0).openStream(), StandardCharsets.UTF_8)) {
                for (LegalParameter parameter : parser.parse(reader)) {
                    String previous = definedIn.putIfAbsent(parameter.key(), name);
                    if (previous != null) {
                        problems.add(new ParameterFileException.Problem(
                                name,
                                parameter.key().key(),
                                0,
                                "module " + parameter.key().module() + " is also defined in " + previous));
                    } else {
                        parameters.add(parameter);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
            problems.addAll(parser.problems());
        }
        if (!problems.isEmpty()) {
            throw new ParameterFileException(problems);
        }
        return List.copyOf(parameters);
    }

    private static List<String> readIndex(URL index) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = index.openStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name.startsWith("/") ? name.substring(1) : name);
                }
            }
        }
        return names;
    }

    /** For an index in a directory: the {@code parameters/*.yaml} next to it that it does not list. */
    private static List<ParameterFileException.Problem> unlisted(URL index, List<String> listed) throws IOException {
        if (!"file".equals(index.getProtocol())) {
            return List.of();
        }
        Path root;
        try {
            // .../META-INF/kikan/parameters.list → the class-path root three levels up
            root = Path.of(index.toURI());
        } catch (URISyntaxException e) {
            return List.of();
        }
        for (int up = 0; up < 3 && root != null; up++) {
            root = root.getParent();
        }
        if (root == null) {
            return List.of();
        }
        Path folder = root.resolve("parameters");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ParameterFileException.Problem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .map(file -> "parameters/" + file.getFileName())
                    .filter(name -> !listed.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(new ParameterFileException.Problem(
                            name, null, 0, "is not listed in " + index + "; add the line '" + name + "'")));
        }
        return problems;
    }
}
