package jp.kikan.migration.residentregistry.generator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.migration.core.text.SourceEncoding;

/**
 * Encodes text the way legacy exports did: private-use characters into the encoding's user-defined area (外字),
 * chosen characters as the legacy system's own 外字 codes (e.g. 髙 as CP932 0xF041), characters the encoding lacks as
 * numeric character references (<code>&amp;#x20BB7;</code>), and U+FFFF — the generator's marker for a malformed-bytes fault —
 * as a byte the encoding cannot decode.
 */
final class LegacyEncoder {

    /** A text sequence the legacy system kept as a 外字 code point. */
    record Substitution(String text, int codePoint) {}

    private final SourceEncoding encoding;
    private final CharsetEncoder encoder;
    private final List<Substitution> substitutions;
    private final Map<Integer, byte[]> cache = new HashMap<>();

    LegacyEncoder(SourceEncoding encoding, List<Substitution> substitutions) {
        this.encoding = encoding;
        this.encoder = encoding.newEncoder();
        this.substitutions = List.copyOf(substitutions);
    }

    byte[] encode(CharSequence text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        encode(text, out);
        return out.toByteArray();
    }

    void encode(CharSequence text, ByteArrayOutputStream out) {
        String s = text.toString();
        int i = 0;
        outer:
        while (i < s.length()) {
            for (Substitution sub : substitutions) {
                if (s.startsWith(sub.text(), i)) {
                    out.writeBytes(bytes(sub.codePoint()));
                    i += sub.text().length();
                    continue outer;
                }
            }
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp == 0xFFFF) {
                out.write(encoding == SourceEncoding.UTF_8 ? 0xFF : 0x80);
            } else {
                out.writeBytes(bytes(cp));
            }
            i += Character.charCount(cp);
        }
    }

    private byte[] bytes(int cp) {
        return cache.computeIfAbsent(cp, this::encodeOne);
    }

    private byte[] encodeOne(int cp) {
        if (encoding != SourceEncoding.UTF_8 && cp >= 0xE000 && cp <= 0xF8FF) {
            return encoding.userDefinedBytes(cp).orElseGet(() -> reference(cp));
        }
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(Character.toChars(cp)));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return reference(cp);
        }
    }

    private static byte[] reference(int cp) {
        return String.format("&#x%X;", cp).getBytes(StandardCharsets.US_ASCII);
    }
}
