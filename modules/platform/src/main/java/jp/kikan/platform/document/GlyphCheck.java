package jp.kikan.platform.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kikan.platform.document.MissingGlyphException.MissingCharacter;

/**
 * Checks every code point of a document's text against the font before anything is drawn, and knows which code points
 * are not drawn on purpose: line breaks, and the variation selectors of an IVS (異体字セレクタ), whose base character
 * is drawn in the font's default form.
 */
final class GlyphCheck {

    private final EmbeddedFont font;
    private final Set<MissingCharacter> missing = new LinkedHashSet<>();

    GlyphCheck(EmbeddedFont font) {
        this.font = font;
    }

    /** Records every character of {@code text} that the font cannot show, with {@code location}. */
    void check(String text, String location) {
        text.codePoints()
                .filter(cp -> !isLineBreak(cp) && !isVariationSelector(cp) && !font.covers(cp))
                .forEach(cp -> missing.add(new MissingCharacter(cp, location)));
    }

    /** @throws MissingGlyphException if any checked text held a character the font lacks */
    void throwIfMissing() {
        if (!missing.isEmpty()) {
            throw new MissingGlyphException(font.name(), new ArrayList<>(missing));
        }
    }

    /** The text as drawn: variation selectors removed (the base characters stay), one entry per line. */
    static List<String> drawnLines(String text) {
        StringBuilder drawn = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isVariationSelector(cp)).forEach(drawn::appendCodePoint);
        return List.of(drawn.toString().split("\r\n|\r|\n", -1));
    }

    static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r';
    }
}
