package kikan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * Checks an event payload against its message in {@code specs/<business>/events.yaml} (AsyncAPI): the payload's
 * schema with its {@code $ref}s (in the file or in {@code ../common/events.yaml}) and {@code allOf}s merged, every
 * required field present, no field the schema does not declare, and each value of its declared type, enum, pattern
 * and format ({@code uuid}, {@code date}, {@code date-time}). So a test that receives an event proves that what a vendor
 * reads in the contract is what arrives.
 */
public final class EventContract {

    private static final Path SPECS = Path.of("../../specs").toAbsolutePath().normalize();
    private static final Map<Path, Map<String, Object>> FILES = new ConcurrentHashMap<>();

    private EventContract() {}

    /** The contract violations of one payload, empty when it conforms. */
    public static List<String> violations(String business, String eventType, JsonNode payload) {
        Path file = SPECS.resolve(business).resolve("events.yaml");
        Map<String, Object> message = map(pointer(file, "#/components/messages/" + eventType), eventType);
        Schema schema = new Schema();
        schema.merge(file, map(message.get("payload"), eventType + ".payload"));
        List<String> violations = new ArrayList<>();
        for (String name : schema.required) {
            if (!payload.has(name)) {
                violations.add(eventType + ": required field " + name + " is missing");
            }
        }
        for (Map.Entry<String, JsonNode> field : payload.properties()) {
            Map<String, Object> property = schema.properties.get(field.getKey());
            if (property == null) {
                violations.add(eventType + ": field " + field.getKey() + " is not in the contract");
            } else {
                check(eventType + "." + field.getKey(), property, field.getValue(), violations);
            }
        }
        return violations;
    }

    /** The merged object schema of a payload: its properties and required fields. */
    private static final class Schema {
        final Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();

        void merge(Path file, Map<String, Object> node) {
            Object ref = node.get("$ref");
            if (ref instanceof String r) {
                int hash = r.indexOf('#');
                Path target = hash == 0
                        ? file
                        : file.resolveSibling(r.substring(0, hash)).normalize();
                merge(target, map(pointer(target, r.substring(hash)), r));
                return;
            }
            if (node.get("allOf") instanceof List<?> parts) {
                parts.forEach(part -> merge(file, map(part, "allOf")));
            }
            if (node.get("properties") instanceof Map<?, ?> declared) {
                declared.forEach((name, property) -> properties.put((String) name, map(property, (String) name)));
            }
            if (node.get("required") instanceof List<?> names) {
                names.forEach(name -> required.add((String) name));
            }
        }
    }

    private static void check(String where, Map<String, Object> property, JsonNode value, List<String> violations) {
        String type = (String) property.get("type");
        boolean typed =
                switch (type == null ? "" : type) {
                    case "string" -> value.isString();
                    case "integer" -> value.isIntegralNumber();
                    case "number" -> value.isNumber();
                    case "boolean" -> value.isBoolean();
                    case "array" -> value.isArray();
                    case "object" -> value.isObject();
                    default -> true;
                };
        if (!typed) {
            violations.add(where + ": " + value + " is not of type " + type);
            return;
        }
        if (property.get("enum") instanceof List<?> allowed
                && allowed.stream().noneMatch(a -> a.toString().equals(value.asString()))) {
            violations.add(where + ": " + value + " is not one of " + allowed);
        }
        if (property.get("pattern") instanceof String pattern
                && !value.asString().matches(pattern)) {
            violations.add(where + ": " + value + " does not match " + pattern);
        }
        if (property.get("format") instanceof String format
                && value.isString()
                && !hasFormat(format, value.asString())) {
            violations.add(where + ": " + value + " is not a " + format);
        }
    }

    private static boolean hasFormat(String format, String text) {
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> java.time.LocalDate.parse(text);
                case "date-time" -> java.time.OffsetDateTime.parse(text);
                default -> {}
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static @Nullable Object pointer(Path file, String pointer) {
        Object node = FILES.computeIfAbsent(file, EventContract::read);
        for (String step : pointer.substring(1).split("/")) {
            if (!step.isEmpty()) {
                node = node instanceof Map<?, ?> m ? m.get(step) : null;
            }
        }
        return node;
    }

    private static Map<String, Object> read(Path file) {
        try {
            return new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("event contract not found: " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(@Nullable Object node, String what) {
        if (node instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("not in the event contract: " + what);
    }
}
