package jp.kikan.platform.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. Japanese text may break between any two characters, with two cheap
 * courtesies of 禁則処理 (JIS X 4051): closing punctuation and small kana do not start a line (行頭禁則; the character
 * before them moves down with them) and opening brackets do not end one (行末禁則). Runs of ASCII letters and digits
 * (101, ABC) stay whole unless one alone is wider than the line.
 */
final class LineBreaker {

    /** Advance widths in thousandths of the font size. */
    interface Widths {
        float of(int codePoint);
    }

    private static final String NO_LINE_START = "、。，．,.)）]］｝〕〉》」』】〙〗〟’”｠»ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻‐゠–〜～？！?!・：；:;";
    private static final String NO_LINE_END = "(（[［｛〔〈《「『【〘〖〝‘“｟«";

    private LineBreaker() {}

    /** The lines of {@code text} (explicit line breaks kept) at {@code fontSize}, each at most {@code maxWidth} wide. */
    static List<String> wrap(String text, float maxWidth, float fontSize, Widths widths) {
        float max = maxWidth * 1000f / fontSize;
        List<String> lines = new ArrayList<>();
        for (String line : GlyphCheck.drawnLines(text)) {
            wrapLine(line.codePoints().toArray(), max, widths, lines);
        }
        return lines;
    }

    private static void wrapLine(int[] cps, float max, Widths widths, List<String> lines) {
        int start = 0;
        float width = 0;
        for (int i = 0; i < cps.length; i++) {
            float w = widths.of(cps[i]);
            while (width + w > max && i > start) {
                int end = breakBefore(cps, start, i);
                lines.add(new String(cps, start, end - start));
                start = end;
                width = 0;
                for (int k = start; k < i; k++) {
                    width += widths.of(cps[k]);
                }
            }
            width += w;
        }
        lines.add(new String(cps, start, cps.length - start));
    }

    /** Where the line that starts at {@code start} ends when {@code cps[next]} no longer fits ({@code start < next}). */
    static int breakBefore(int[] cps, int start, int next) {
        int end = next;
        if (isWordChar(cps[end])) {
            int wordStart = end;
            while (wordStart > start && isWordChar(cps[wordStart - 1])) {
                wordStart--;
            }
            if (wordStart > start) {
                end = wordStart;
            }
        }
        while (end > start + 1 && NO_LINE_START.indexOf(cps[end]) >= 0) {
            end--;
        }
        while (end > start + 1 && NO_LINE_END.indexOf(cps[end - 1]) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean isWordChar(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }
}
