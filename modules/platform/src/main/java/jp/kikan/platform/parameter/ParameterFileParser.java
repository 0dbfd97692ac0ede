package jp.kikan.platform.parameter;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one parameter file. Works on SnakeYAML's node tree rather than on constructed maps: every node keeps its line,
 * scalars stay text (so {@code 0.0735} is never a binary double and {@code 2024-10-01} never a {@code java.util.Date}),
 * and duplicate keys are seen instead of silently overwritten.
 */
final class ParameterFileParser {

    private static final Set<String> FILE_FIELDS = Set.of("module", "parameters");
    private static final Set<String> PARAMETER_FIELDS = Set.of("type", "description", "tenant-overridable", "values");
    private static final Set<String> VALUE_FIELDS = Set.of("effective-from", "effective-to", "value", "source");

    private final String resource;
    private final List<ParameterFileException.Problem> problems = new ArrayList<>();

    ParameterFileParser(String resource) {
        this.resource = resource;
    }

    List<ParameterFileException.Problem> problems() {
        return problems;
    }

    /** The parameters of the file that are valid; anything wrong is recorded in {@link #problems()}. */
    List<LegalParameter> parse(Reader reader) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            problem(
                    null,
                    e.getProblemMark() == null ? null : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
            return List.of();
        } catch (YAMLException e) {
            problem(null, null, "not valid YAML: " + e.getMessage());
            return List.of();
        }
        if (!(root instanceof MappingNode rootMap)) {
            problem(
                    null,
                    root == null ? null : line(root),
                    "the file must be a mapping with 'module' and 'parameters'");
            return List.of();
        }
        Map<String, NodeTuple> fields = fields(rootMap, FILE_FIELDS, null);
        String module = text(fields.get("module"));
        if (module == null) {
            problem(null, line(rootMap), "'module' is missing");
            return List.of();
        }
        if (!ParameterKey.isWellFormedModule(module)) {
            problem(null, lineOf(fields.get("module"), rootMap), "module '" + module + "' is not kebab-case");
            return List.of();
        }
        String expected = expectedModule();
        if (expected != null && !expected.equals(module)) {
            problem(
                    null,
                    lineOf(fields.get("module"), rootMap),
                    "module '" + module + "' does not match the file name (expected '" + expected + "')");
        }
        NodeTuple parametersField = fields.get("parameters");
        if (parametersField == null
                || !(parametersField.getValueNode() instanceof MappingNode parameters)
                || parameters.getValue().isEmpty()) {
            problem(
                    null,
                    parametersField == null ? line(rootMap) : line(parametersField.getValueNode()),
                    "'parameters' must be a non-empty mapping of key to definition");
            return List.of();
        }
        List<LegalParameter> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : parameters.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (key == null || !ParameterKey.isWellFormedKey(key)) {
                problem(
                        key,
                        line(tuple.getKeyNode()),
                        "key must be dot-separated kebab-case like monthly-amount.under-3");
                continue;
            }
            if (!seen.add(key)) {
                problem(key, line(tuple.getKeyNode()), "key is defined twice in this file");
                continue;
            }
            parameter(new ParameterKey(module, key), tuple.getValueNode()).ifPresent(result::add);
        }
        return result;
    }

    private Optional<LegalParameter> parameter(ParameterKey key, Node node) {
        int before = problems.size();
        if (!(node instanceof MappingNode map)) {
            problem(key.key(), line(node), "definition must be a mapping with type, description, values");
            return Optional.empty();
        }
        Map<String, NodeTuple> fields = fields(map, PARAMETER_FIELDS, key.key());
        ParameterType type = null;
        String typeName = text(fields.get("type"));
        if (typeName == null) {
            problem(key.key(), line(map), "'type' is missing");
        } else {
            type = ParameterType.fromYamlName(typeName).orElse(null);
            if (type == null) {
                problem(
                        key.key(),
                        lineOf(fields.get("type"), map),
                        "unknown type '" + typeName + "' (one of "
                                + Arrays.stream(ParameterType.values())
                                        .map(ParameterType::yamlName)
                                        .collect(Collectors.joining(", "))
                                + ")");
            }
        }
        String description = text(fields.get("description"));
        if (description == null) {
            problem(key.key(), line(map), "'description' is missing");
        }
        boolean overridable = false;
        NodeTuple overridableField = fields.get("tenant-overridable");
        if (overridableField != null) {
            String flag = text(overridableField);
            if (!"true".equals(flag) && !"false".equals(flag)) {
                problem(key.key(), line(overridableField.getValueNode()), "'tenant-overridable' must be true or false");
            }
            overridable = "true".equals(flag);
        }
        List<Entry> entries = values(key.key(), type, fields.get("values"), map);
        checkPeriods(key.key(), entries);
        if (problems.size() > before || type == null || description == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LegalParameter(
                    key,
                    type,
                    description,
                    overridable,
                    entries.stream().map(Entry::value).toList()));
        } catch (IllegalArgumentException e) {
            problem(key.key(), line(map), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private record Entry(DatedValue value, int line) {}

    private List<Entry> values(String key, @Nullable ParameterType type, @Nullable NodeTuple field, Node parent) {
        if (field == null
                || !(field.getValueNode() instanceof SequenceNode sequence)
                || sequence.getValue().isEmpty()) {
            problem(
                    key,
                    field == null ? line(parent) : line(field.getValueNode()),
                    "'values' must be a non-empty list of dated values");
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode map)) {
                problem(key, line(item), "each value must be a mapping with effective-from, value, source");
                continue;
            }
            Map<String, NodeTuple> fields = fields(map, VALUE_FIELDS, key);
            LocalDate from = date(key, fields.get("effective-from"), "effective-from", map, true);
            LocalDate to = date(key, fields.get("effective-to"), "effective-to", map, false);
            String source = text(fields.get("source"));
            if (source == null) {
                problem(key, line(map), "'source' is missing: every value must cite the provision that sets it");
            }
            Object value = null;
            NodeTuple valueField = fields.get("value");
            String raw = valueField == null ? null : scalar(valueField.getValueNode());
            if (raw == null) {
                problem(
                        key,
                        valueField == null ? line(map) : line(valueField.getValueNode()),
                        "'value' is missing or not a single scalar");
            } else if (type != null) {
                try {
                    value = type.convert(raw);
                } catch (IllegalArgumentException e) {
                    problem(
                            key,
                            lineOf(valueField, map),
                            "value does not match type " + type.yamlName() + ": " + e.getMessage());
                }
            }
            if (from != null && to != null && to.isBefore(from)) {
                problem(
                        key,
                        lineOf(fields.get("effective-to"), map),
                        "effective-to " + to + " is before effective-from " + from);
            } else if (from != null && value != null && source != null) {
                entries.add(new Entry(new DatedValue(from, to, value, source), line(map)));
            }
        }
        return entries;
    }

    private void checkPeriods(String key, List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(entry -> entry.value().effectiveFrom()));
        for (int i = 1; i < sorted.size(); i++) {
            DatedValue previous = sorted.get(i - 1).value();
            DatedValue current = sorted.get(i).value();
            if (previous.effectiveFrom().equals(current.effectiveFrom())) {
                problem(
                        key,
                        sorted.get(i).line(),
                        "duplicate effective-from " + current.effectiveFrom() + " (also on line "
                                + sorted.get(i - 1).line() + ")");
            } else if (previous.effectiveTo() != null && !previous.effectiveTo().isBefore(current.effectiveFrom())) {
                problem(
                        key,
                        sorted.get(i - 1).line(),
                        "period " + previous.effectiveFrom() + " to "
                                + previous.effectiveTo() + " overlaps the value from " + current.effectiveFrom()
                                + " (line " + sorted.get(i).line() + ")");
            }
        }
    }

    private @Nullable LocalDate date(
            String key, @Nullable NodeTuple field, String name, Node parent, boolean required) {
        String text = text(field);
        if (text == null) {
            if (required) {
                problem(key, line(parent), "'" + name + "' is missing");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(key, lineOf(field, parent), "'" + name + "' is not a date like 2024-10-01: '" + text + "'");
            return null;
        }
    }

    /** The fields of a mapping by name; unknown or repeated names are problems (a typo must not pass silently). */
    private Map<String, NodeTuple> fields(MappingNode map, Set<String> allowed, @Nullable String key) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = scalar(tuple.getKeyNode());
            if (name == null || !allowed.contains(name)) {
                problem(
                        key,
                        line(tuple.getKeyNode()),
                        "unknown field '" + name + "' (allowed: "
                                + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
            } else if (fields.putIfAbsent(name, tuple) != null) {
                problem(key, line(tuple.getKeyNode()), "field '" + name + "' is given twice");
            }
        }
        return fields;
    }

    /** The non-blank text of a field's scalar value, or null when absent, null, blank or not a scalar. */
    private static @Nullable String text(@Nullable NodeTuple field) {
        if (field == null) {
            return null;
        }
        String value = scalar(field.getValueNode());
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String scalar(Node node) {
        if (node instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return scalar.getValue();
        }
        return null;
    }

    /** The line of a field's value, or of its parent when the field is absent. */
    private static int lineOf(@Nullable NodeTuple field, Node parent) {
        return field == null ? line(parent) : line(field.getValueNode());
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private @Nullable String expectedModule() {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : null;
    }

    private void problem(@Nullable String key, @Nullable Integer line, String message) {
        problems.add(new ParameterFileException.Problem(resource, key, line == null ? 0 : line, message));
    }
}
