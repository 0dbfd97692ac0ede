package jp.kikan.platform.internal.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes two requests "the same" for an {@code Idempotency-Key}: the method, the path and the body. A JSON body
 * counts as the value it parses to, not its bytes, so a retry that re-serialises the request (other key order,
 * spacing, escapes) is recognised as the same; any other body counts byte by byte.
 */
final class RequestFingerprint {

    private final JsonMapper json;

    RequestFingerprint(JsonMapper json) {
        this.json = json;
    }

    String of(String method, String path, @Nullable String contentType, byte[] body) {
        MessageDigest sha = sha256();
        sha.update(method.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) ' ');
        sha.update(path.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        String canonical = isJson(contentType) ? canonicalJson(body) : null;
        if (canonical != null) {
            sha.update((byte) 'J');
            sha.update(canonical.getBytes(StandardCharsets.UTF_8));
        } else {
            sha.update((byte) 'B');
            sha.update(body);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static boolean isJson(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/json") || type.contains("+json");
    }

    /** The body's JSON value with object members sorted by name; {@code null} when it is not JSON. */
    private @Nullable String canonicalJson(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            StringBuilder out = new StringBuilder(body.length);
            write(json.readTree(body), out);
            return out.toString();
        } catch (JacksonException e) {
            return null; // not JSON after all: the application will refuse it; fingerprint its bytes
        }
    }

    private void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(json.writeValueAsString(members.get(i).getKey())).append(':');
                write(members.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.append(json.writeValueAsString(node));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
