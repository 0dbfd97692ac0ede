package jp.kikan.migration.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kikan.migration.core.model.Normalisation;
import org.jspecify.annotations.Nullable;

/**
 * Cleans one value by the standard's character types, changing only what {@link Normalisation} documents and
 * reporting everything else.
 *
 * <p>In order: numeric character references (<code>&amp;#x9AD9;</code>, <code>&amp;#39641;</code>) that legacy exports write for
 * characters outside their encoding become the character; a BMP or Plane-15 private-use character (外字) is replaced
 * through the {@link GaijiTable} or, when the table has no row for it, reported as {@code unmapped-character} with its
 * code and position (and kept, so the record is rejected, not altered); U+FFFD (an earlier lossy conversion) and
 * control characters are reported. Then, for N (全角) items, 半角カナ runs are widened by NFKC and half-width ASCII
 * letters, digits, signs and the space are widened to their full-width forms; for X (半角) items, full-width ASCII forms
 * are narrowed. Nothing else is normalised: in particular not by NFKC as a whole, which would turn CJK compatibility
 * ideographs into their unified forms (﨑 U+FA11 → 崎, 神 U+FA19 → 神) and so change how a person's name is written —
 * those are distinct characters in 戸籍 and in the 行政事務標準文字, and IVS selectors must stay as they are.
 */
public final class TextCleaner {

    /** The result: the cleaned value, the issues found (empty when acceptable) and the normalisations applied. */
    public record Cleaned(String value, List<TextIssue> issues, Set<Normalisation> applied) {}

    private static final int MAX_REFERENCE_LENGTH = 12;

    private final GaijiTable gaiji;
    private final SourceEncoding encoding;

    public TextCleaner(GaijiTable gaiji, SourceEncoding encoding) {
        this.gaiji = gaiji;
        this.encoding = encoding;
    }

    /** Cleans {@code value}: {@code fullWidth} for N (全角) items, false for X (半角) items. */
    public Cleaned clean(String value, boolean fullWidth) {
        if (isClean(value, fullWidth)) {
            return new Cleaned(value, List.of(), Set.of());
        }
        StringBuilder out = new StringBuilder(value.length());
        List<TextIssue> issues = new ArrayList<>();
        EnumSet<Normalisation> applied = EnumSet.noneOf(Normalisation.class);
        int position = 0;
        int i = 0;
        while (i < value.length()) {
            position++;
            int cp = value.codePointAt(i);
            int next = i + Character.charCount(cp);
            @Nullable String reference = null;
            if (cp == '&' && fullWidth) {
                int end = referenceEnd(value, i);
                if (end > 0) {
                    reference = value.substring(i, end);
                    cp = referenceCodePoint(reference);
                    next = end;
                    if (!GaijiTable.isLegacyPrivateUse(cp)) {
                        applied.add(Normalisation.NCR_DECODED);
                    }
                }
            }
            if (GaijiTable.isLegacyPrivateUse(cp)) {
                Optional<GaijiMapping> mapping = gaiji.lookup(cp);
                if (mapping.isPresent()) {
                    out.append(mapping.get().replacement());
                    applied.add(Normalisation.GAIJI_MAPPED);
                } else {
                    issues.add(new TextIssue("unmapped-character", position, unmappedMessage(cp, reference, position)));
                    out.appendCodePoint(cp);
                }
            } else if (GaijiTable.isGjPrivateUse(cp)) {
                out.appendCodePoint(cp);
                applied.add(Normalisation.GJ_KEPT);
            } else if (cp == 0xFFFD) {
                issues.add(new TextIssue(
                        "replacement-character", position, position + "文字目に置換文字 U+FFFD があります（以前の文字コード変換で文字が失われています）"));
            } else if (Character.getType(cp) == Character.CONTROL) {
                issues.add(
                        new TextIssue("invalid-character", position, position + "文字目に制御文字 " + codeText(cp) + " があります"));
            } else if (fullWidth) {
                if (isHalfWidthKana(cp)) {
                    int end = next;
                    while (end < value.length() && isHalfWidthKana(value.charAt(end))) {
                        end++;
                    }
                    out.append(Normalizer.normalize(value.substring(i, end), Normalizer.Form.NFKC));
                    position += end - next;
                    next = end;
                    applied.add(Normalisation.KANA_WIDENED);
                } else if (cp == ' ') {
                    out.append('\u3000');
                    applied.add(Normalisation.ASCII_WIDENED);
                } else if (cp > 0x20 && cp < 0x7F) {
                    out.appendCodePoint(cp + 0xFEE0);
                    applied.add(Normalisation.ASCII_WIDENED);
                } else if (cp < 0x100 || (cp >= 0xFF61 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE)) {
                    issues.add(new TextIssue(
                            "not-full-width", position, position + "文字目の " + codeText(cp) + " は全角文字ではありません"));
                    out.appendCodePoint(cp);
                } else {
                    out.appendCodePoint(cp);
                }
            } else {
                if (cp >= 0xFF01 && cp <= 0xFF5E) {
                    out.appendCodePoint(cp - 0xFEE0);
                    applied.add(Normalisation.ALNUM_NARROWED);
                } else if (cp >= 0x20 && cp < 0x7F) {
                    out.appendCodePoint(cp);
                } else {
                    issues.add(new TextIssue(
                            "not-half-width", position, position + "文字目の " + codeText(cp) + " は半角英数字・記号ではありません"));
                    out.appendCodePoint(cp);
                }
            }
            i = next;
        }
        return new Cleaned(out.toString(), List.copyOf(issues), applied);
    }

    /** Length in characters as the standard counts 桁数: code points, an IVS selector not counted separately. */
    public static int length(String value) {
        int n = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!isVariationSelector(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    private static boolean isClean(String value, boolean fullWidth) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (fullWidth) {
                if (c < 0x100
                        || (c >= 0xFF61 && c <= 0xFFDC)
                        || (c >= 0xFFE8 && c <= 0xFFEE)
                        || Character.isSurrogate(c)
                        || (c >= 0xE000 && c <= 0xF8FF)
                        || c == 0xFFFD
                        || Character.getType(c) == Character.CONTROL) {
                    return false;
                }
            } else if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private String unmappedMessage(int cp, @Nullable String reference, int position) {
        String code = reference != null
                ? "文字参照 " + reference
                : codeText(cp) + encoding.legacyCode(cp).map(c -> "（" + c + "）").orElse("");
        return position + "文字目の外字 " + code + " は外字対応表にありません";
    }

    private static String codeText(int cp) {
        return String.format("U+%04X", cp);
    }

    /** The end (exclusive) of a numeric character reference starting at {@code start}, or -1. */
    private static int referenceEnd(String value, int start) {
        if (!value.startsWith("&#", start)) {
            return -1;
        }
        int semicolon = value.indexOf(';', start);
        if (semicolon < 0 || semicolon - start > MAX_REFERENCE_LENGTH) {
            return -1;
        }
        String body = value.substring(start + 2, semicolon);
        boolean hex = body.startsWith("x") || body.startsWith("X");
        String digits = hex ? body.substring(1) : body;
        if (digits.isEmpty()) {
            return -1;
        }
        for (int k = 0; k < digits.length(); k++) {
            if (Character.digit(digits.charAt(k), hex ? 16 : 10) < 0) {
                return -1;
            }
        }
        int cp = referenceCodePoint(value.substring(start, semicolon + 1));
        return Character.isValidCodePoint(cp) && cp >= 0x20 ? semicolon + 1 : -1;
    }

    private static int referenceCodePoint(String reference) {
        String body = reference.substring(2, reference.length() - 1);
        try {
            return body.startsWith("x") || body.startsWith("X")
                    ? Integer.parseInt(body.substring(1), 16)
                    : Integer.parseInt(body);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isHalfWidthKana(int c) {
        return c >= 0xFF61 && c <= 0xFF9F;
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
