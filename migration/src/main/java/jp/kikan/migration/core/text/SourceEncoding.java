package jp.kikan.migration.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The encodings legacy exports come in.
 *
 * <ul>
 *   <li>{@link #UTF_8}: a leading BOM is tolerated.
 *   <li>{@link #CP932} ({@code windows-31j}): also used for files labelled {@code Shift_JIS}, because Windows-era
 *       systems that say Shift_JIS write CP932 (NEC/IBM extensions, user-defined area). The user-defined area 0xF040–
 *       0xF9FC (外字) decodes to private use U+E000–U+E757. Note 0x8160 decodes to U+FF5E (～), not U+301C as in JIS
 *       Shift_JIS, and 0x817C to U+FF0D (－), not U+2212.
 *   <li>{@link #EUC_JP}: JIS X 0208, 0212 and half-width kana. Java's {@code EUC-JP} (and {@code x-eucJP-Open}) report
 *       the user-defined rows 85–94 (0xF5A1–0xFEFE, and 0x8FF5A1–0x8FFEFE) as unmappable; we decode them to U+E000–
 *       U+E757 by the eucJP-ms convention, which lines up with CP932's user-defined area, so one 外字 table serves both.
 *       {@code x-eucJP-Open} additionally maps IBM extension kanji to rows 89–92; we do not use it, so such bytes are
 *       reported (a source that needs them must say so and be added here).
 * </ul>
 */
public enum SourceEncoding {
    UTF_8("UTF-8", StandardCharsets.UTF_8),
    CP932("windows-31j", Charset.forName("windows-31j")),
    EUC_JP("EUC-JP", Charset.forName("EUC-JP"));

    private static final int PUA_START = 0xE000;
    private static final int EUC_ROWS_CELLS = 940; // ten rows of 94 cells

    private final String label;
    private final Charset charset;

    SourceEncoding(String label, Charset charset) {
        this.label = label;
        this.charset = charset;
    }

    /**
     * The encoding for a label as found in configuration: UTF-8/UTF8; windows-31j/CP932/MS932/Shift_JIS/SJIS;
     * EUC-JP/EUCJP/eucJP-ms/x-eucJP-Open.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static SourceEncoding of(String label) {
        return switch (label.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "utf-8", "utf8" -> UTF_8;
            case "windows-31j", "cp932", "ms932", "windows-932", "shift-jis", "sjis", "x-sjis" -> CP932;
            case "euc-jp", "eucjp", "eucjp-ms", "x-eucjp-open", "eucjp-open" -> EUC_JP;
            default ->
                throw new IllegalArgumentException(
                        "unsupported encoding '" + label + "' (use UTF-8, windows-31j or EUC-JP)");
        };
    }

    /** The name used in reports and layout files, e.g. {@code windows-31j}. */
    public String label() {
        return label;
    }

    public Charset charset() {
        return charset;
    }

    /** A decoder that reports malformed and unmappable input instead of replacing it. */
    public CharsetDecoder newDecoder() {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** An encoder that reports characters it cannot encode. */
    public CharsetEncoder newEncoder() {
        return charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The length of an undecodable sequence the decoder reported, cut before the first byte that can only stand alone:
     * Java's EUC-JP decoder reports e.g. {@code 0xB6 0x2C} as one unmappable pair, which would swallow a CSV comma
     * (ASCII never occurs inside an EUC-JP character; CP932 trail bytes start at 0x40, above every CSV delimiter). A
     * byte that cannot start an EUC-JP character (0x80–0x8D, 0x90–0xA0, 0xFF) is undecodable on its own, so it does not
     * take the next character's lead byte with it.
     */
    public int undecodableLength(ByteBuffer in, int reported) {
        int p = in.position();
        int first = in.get(p) & 0xFF;
        if (this == EUC_JP && first != 0x8E && first != 0x8F && (first < 0xA1 || first == 0xFF)) {
            return 1;
        }
        for (int i = 1; i < reported; i++) {
            int b = in.get(p + i) & 0xFF;
            if (b < 0x40 || (this == EUC_JP && b < 0x80)) {
                return i;
            }
        }
        return reported;
    }

    /**
     * For EUC-JP, the private-use code point of a user-defined-area sequence the decoder rejected (eucJP-ms
     * convention), or -1.
     */
    public int userDefinedCodePoint(ByteBuffer in, int length) {
        if (this != EUC_JP) {
            return -1;
        }
        int p = in.position();
        if (length == 2) {
            int lead = in.get(p) & 0xFF;
            int trail = in.get(p + 1) & 0xFF;
            if (lead >= 0xF5 && lead <= 0xFE && trail >= 0xA1 && trail <= 0xFE) {
                return PUA_START + (lead - 0xF5) * 94 + (trail - 0xA1);
            }
        } else if (length == 3 && (in.get(p) & 0xFF) == 0x8F) {
            int lead = in.get(p + 1) & 0xFF;
            int trail = in.get(p + 2) & 0xFF;
            if (lead >= 0xF5 && lead <= 0xFE && trail >= 0xA1 && trail <= 0xFE) {
                return PUA_START + EUC_ROWS_CELLS + (lead - 0xF5) * 94 + (trail - 0xA1);
            }
        }
        return -1;
    }

    /**
     * The bytes of a private-use code point U+E000–U+E757 in this encoding's user-defined area (CP932 0xF040–0xF9FC,
     * EUC-JP 0xF5A1–0xFEFE and 0x8FF5A1–0x8FFEFE); empty for UTF-8 or outside that range.
     */
    public Optional<byte[]> userDefinedBytes(int codePoint) {
        int index = codePoint - PUA_START;
        if (index < 0 || index >= 2 * EUC_ROWS_CELLS) {
            return Optional.empty();
        }
        return switch (this) {
            case CP932 -> {
                try {
                    ByteBuffer b = newEncoder().encode(CharBuffer.wrap(Character.toChars(codePoint)));
                    byte[] out = new byte[b.remaining()];
                    b.get(out);
                    yield Optional.of(out);
                } catch (CharacterCodingException e) {
                    yield Optional.empty();
                }
            }
            case EUC_JP -> {
                int cell = index % EUC_ROWS_CELLS;
                byte lead = (byte) (0xF5 + cell / 94);
                byte trail = (byte) (0xA1 + cell % 94);
                yield Optional.of(
                        index < EUC_ROWS_CELLS ? new byte[] {lead, trail} : new byte[] {(byte) 0x8F, lead, trail});
            }
            case UTF_8 -> Optional.empty();
        };
    }

    /** How a private-use code point was written in the source, e.g. {@code CP932 0xF040}; empty when not known. */
    public Optional<String> legacyCode(int codePoint) {
        return userDefinedBytes(codePoint).map(bytes -> {
            StringBuilder s = new StringBuilder(label.equals("windows-31j") ? "CP932 0x" : label + " 0x");
            for (byte b : bytes) {
                s.append(String.format("%02X", b & 0xFF));
            }
            return s.toString();
        });
    }
}
