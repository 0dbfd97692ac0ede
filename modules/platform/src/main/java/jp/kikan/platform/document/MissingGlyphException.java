package jp.kikan.platform.document;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text of a document holds characters that the embedded font cannot show, so the document was not rendered.
 *
 * <p>A PDF must never drop or replace a character of a name or an address silently. The caller decides what to do:
 * typically refuse to issue the form and ask staff to correct the record, or route it to the 外字 process. Variation
 * selectors (IVS) are not reported: the base character is shown (see {@link PdfDocument}).
 *
 * <p>The message names code points and places only, never the surrounding text: that is personal data and must not
 * reach the logs.
 */
public final class MissingGlyphException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<MissingCharacter> missing;

    MissingGlyphException(String fontName, List<MissingCharacter> missing) {
        super(message(fontName, missing));
        this.missing = List.copyOf(missing);
    }

    /** Every character the font lacks, once per place it occurs, in document order. */
    public List<MissingCharacter> missing() {
        return missing;
    }

    private static String message(String fontName, List<MissingCharacter> missing) {
        return "The font " + fontName + " has no glyph for "
                + missing.stream().map(MissingCharacter::toString).collect(Collectors.joining(", "))
                + "; the document was not rendered";
    }

    /**
     * A character the font lacks.
     *
     * @param codePoint the Unicode scalar value (a supplementary character is one code point, not two surrogates)
     * @param location where it occurs, e.g. {@code table 1, row 3, column 氏名}
     */
    public record MissingCharacter(int codePoint, String location) {

        /** {@code U+XXXX}, four to six hex digits. */
        public String notation() {
            return String.format(Locale.ROOT, "U+%04X", codePoint);
        }

        @Override
        public String toString() {
            return notation() + " in " + location;
        }
    }
}
