package jp.kikan.migration.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 外字 mapping table of a municipality: which 行政事務標準文字 (MJ, or GJ 追加文字) each legacy 外字 was identified
 * with (文字同定, done by the municipality with the official 同定支援ツール; this table only records the result).
 *
 * <p>File format: UTF-8 TSV, {@code #} comments, columns {@code legacy_code}, {@code character_id}, {@code unicode},
 * {@code note}.
 *
 * <ul>
 *   <li>{@code legacy_code}: {@code CP932:F040} (user-defined area 0xF040–0xF9FC), {@code EUC-JP:F5A1} (rows 85–94,
 *       also {@code EUC-JP:8FF5A1}), {@code U+E000} or <code>&amp;#xE000;</code> (a private-use code point, U+E000–U+F8FF or
 *       Plane 15); all name the private-use code point the 外字 decodes to, so CP932 0xF040, EUC-JP 0xF5A1 and U+E000 are
 *       the same key;
 *   <li>{@code character_id}: {@code MJ000001}… or {@code GJ000001}…, or {@code -};
 *   <li>{@code unicode}: code points such as {@code U+8FBB U+E0100} (a base character and an IVS) or the text itself.
 * </ul>
 *
 * A replacement may not itself contain a BMP or Plane-15 private-use character. Plane-16 characters (GJ) are allowed.
 */
public final class GaijiTable {

    private static final Pattern CHARACTER_ID = Pattern.compile("^(MJ|GJ)\\d{6}$");

    private final Map<Integer, GaijiMapping> byCodePoint;

    private GaijiTable(Map<Integer, GaijiMapping> byCodePoint) {
        this.byCodePoint = Map.copyOf(byCodePoint);
    }

    /** A table with no rows: every private-use character is unmapped. */
    public static GaijiTable empty() {
        return new GaijiTable(Map.of());
    }

    /** Loads a table file; throws IllegalArgumentException naming the line of a malformed row. */
    public static GaijiTable load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a table; throws IllegalArgumentException naming the line of a malformed row. */
    public static GaijiTable read(Reader in, String name) throws IOException {
        Map<Integer, GaijiMapping> rows = new HashMap<>();
        BufferedReader reader = new BufferedReader(in);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("legacy_code\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3) {
                throw new IllegalArgumentException(
                        name + " line " + number + ": expected legacy_code, character_id, unicode");
            }
            String where = name + " line " + number + ": ";
            int codePoint = parseLegacyCode(f[0].trim(), where);
            String id = f[1].trim();
            if (!id.isEmpty() && !"-".equals(id) && !CHARACTER_ID.matcher(id).matches()) {
                throw new IllegalArgumentException(where + "character_id must be MJnnnnnn or GJnnnnnn: " + id);
            }
            String replacement = parseUnicode(f[2].trim(), where);
            String note = f.length > 3 ? f[3].trim() : "";
            GaijiMapping mapping =
                    new GaijiMapping(f[0].trim(), codePoint, "-".equals(id) ? "" : id, replacement, note);
            if (rows.put(codePoint, mapping) != null) {
                throw new IllegalArgumentException(where + "duplicate legacy code " + f[0].trim());
            }
        }
        return new GaijiTable(rows);
    }

    public Optional<GaijiMapping> lookup(int codePoint) {
        return Optional.ofNullable(byCodePoint.get(codePoint));
    }

    public int size() {
        return byCodePoint.size();
    }

    /** BMP private use U+E000–U+F8FF or Plane 15: legacy 外字 territory. (Plane 16 holds the GJ 追加文字.) */
    public static boolean isLegacyPrivateUse(int codePoint) {
        return (codePoint >= 0xE000 && codePoint <= 0xF8FF) || (codePoint >= 0xF0000 && codePoint <= 0xFFFFD);
    }

    /** Plane-16 private use, where 行政事務標準文字 places the GJ 追加文字. */
    public static boolean isGjPrivateUse(int codePoint) {
        return codePoint >= 0x100000 && codePoint <= 0x10FFFD;
    }

    private static int parseLegacyCode(String code, String where) {
        String upper = code.toUpperCase(Locale.ROOT);
        int codePoint;
        if (upper.startsWith("U+")) {
            codePoint = hex(upper.substring(2), where);
        } else if (upper.startsWith("&#X") && upper.endsWith(";")) {
            codePoint = hex(upper.substring(3, upper.length() - 1), where);
        } else if (upper.startsWith("&#") && upper.endsWith(";")) {
            codePoint = Integer.parseInt(upper.substring(2, upper.length() - 1));
        } else if (upper.startsWith("CP932:") || upper.startsWith("EUC-JP:")) {
            SourceEncoding encoding = upper.startsWith("CP932:") ? SourceEncoding.CP932 : SourceEncoding.EUC_JP;
            codePoint = fromUserDefinedBytes(encoding, upper.substring(upper.indexOf(':') + 1), where);
        } else {
            throw new IllegalArgumentException(
                    where + "legacy code must be CP932:XXXX, EUC-JP:XXXX, U+XXXX or &#xXXXX;");
        }
        if (!isLegacyPrivateUse(codePoint)) {
            throw new IllegalArgumentException(
                    where + "legacy code " + code + " is not a private-use character (U+E000–U+F8FF or Plane 15)");
        }
        return codePoint;
    }

    private static int fromUserDefinedBytes(SourceEncoding encoding, String hexBytes, String where) {
        if (hexBytes.length() % 2 != 0 || hexBytes.length() < 4 || hexBytes.length() > 6) {
            throw new IllegalArgumentException(where + "expected 2 or 3 bytes in hex: " + hexBytes);
        }
        byte[] bytes = new byte[hexBytes.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) hex(hexBytes.substring(2 * i, 2 * i + 2), where);
        }
        List<StrictDecoder.Undecodable> problems = new java.util.ArrayList<>();
        String text = new StrictDecoder(encoding).decode(bytes, 0, bytes.length, 0, problems);
        if (!problems.isEmpty() || text.codePointCount(0, text.length()) != 1) {
            throw new IllegalArgumentException(
                    where + encoding.label() + " bytes " + hexBytes + " are not one character");
        }
        return text.codePointAt(0);
    }

    private static String parseUnicode(String text, String where) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(where + "unicode is empty");
        }
        String replacement;
        if (text.toUpperCase(Locale.ROOT).startsWith("U+")) {
            StringBuilder s = new StringBuilder();
            for (String part : text.trim().split("\\s+", -1)) {
                if (!part.toUpperCase(Locale.ROOT).startsWith("U+")) {
                    throw new IllegalArgumentException(where + "unicode must be U+XXXX [U+XXXX…]: " + text);
                }
                s.appendCodePoint(hex(part.substring(2), where));
            }
            replacement = s.toString();
        } else {
            replacement = text;
        }
        if (replacement.codePoints().anyMatch(GaijiTable::isLegacyPrivateUse)) {
            throw new IllegalArgumentException(where + "the replacement is itself a private-use character");
        }
        return replacement;
    }

    private static int hex(String digits, String where) {
        try {
            return Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "not hexadecimal: " + digits, e);
        }
    }
}
