package jp.kikan.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * 検索用正規化: folds a name or address so that spellings a searcher considers the same compare equal. For search keys
 * only; never store or print the result. Follows the 文字要件 of the 標準化 (データ要件・連携要件標準仕様書: N = 全角,
 * X = 半角英数) and the 常用漢字表 (平成22年内閣告示第2号) for 旧字体 → 新字体.
 *
 * <p>{@link #normalize(String)} applies, in order: removal of variation selectors (IVS U+E0100–U+E01EF, U+FE00–U+FE0F),
 * Unicode NFKC (半角カナ → 全角カナ with 濁点/半濁点 composed, 全角英数 → 半角, ㍻ → 平成), removal of all white space
 * (full-width and ASCII), the 旧字/異体字 table {@code variant-folds.tsv} (e.g. 髙 → 高, 﨑 → 崎, 齋/齊/斎 → 斉,
 * 𠮷 → 吉), and ひらがな → カタカナ. The long vowel mark ー and small kana (ッ, ャ) are kept: ヤマダ and ヤマダー differ.
 */
public final class SearchNormalizer {

    private static final Map<Integer, String> FOLDS = loadFolds();

    private SearchNormalizer() {}

    /** The search key for {@code text}, e.g. 「やまだ　たろう」 → 「ヤマダタロウ」, 「髙橋」 → 「高橋」. */
    public static String normalize(String text) {
        String s = Normalizer.normalize(stripVariationSelectors(text), Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return;
            }
            String fold = FOLDS.get(cp);
            if (fold != null) {
                out.append(fold);
            } else {
                out.appendCodePoint(hiraganaToKatakana(cp));
            }
        });
        return out.toString();
    }

    /**
     * 半角カナ and ひらがな to 全角カタカナ (ｶﾞｯｺｳ → ガッコウ, がっこう → ガッコウ); every other character unchanged.
     */
    public static String toFullWidthKatakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isHalfWidthKana(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                out.append(Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFKC));
                i = end;
            } else {
                int cp = text.codePointAt(i);
                out.appendCodePoint(hiraganaToKatakana(cp));
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /**
     * True when every character is full-width (the standard's N type): no ASCII or Latin-1, no 半角カナ, no other
     * half-width form (U+FF61–U+FFDC, U+FFE8–U+FFEE). An empty string is full-width; length limits are separate.
     */
    public static boolean isFullWidth(String text) {
        return text.codePoints()
                .noneMatch(cp -> cp < 0x100 || (cp >= 0xFF61 && cp <= 0xFFDC) || (cp >= 0xFFE8 && cp <= 0xFFEE));
    }

    /** True when every character is {@code [0-9A-Za-z]} (the standard's X type as used for codes and 宛名番号). */
    public static boolean isHalfWidthAlnum(String text) {
        return text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    }

    private static boolean isHalfWidthKana(char c) {
        return c >= 0xFF61 && c <= 0xFF9F;
    }

    private static int hiraganaToKatakana(int cp) {
        // ぁ..ゖ and ゝゞ sit 0x60 below ァ..ヶ and ヽヾ.
        return (cp >= 0x3041 && cp <= 0x3096) || cp == 0x309D || cp == 0x309E ? cp + 0x60 : cp;
    }

    private static String stripVariationSelectors(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !(cp >= 0xE0100 && cp <= 0xE01EF) && !(cp >= 0xFE00 && cp <= 0xFE0F))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Map<Integer, String> loadFolds() {
        InputStream in = SearchNormalizer.class.getResourceAsStream("variant-folds.tsv");
        if (in == null) {
            throw new IllegalStateException("variant-folds.tsv missing from the classpath");
        }
        Map<Integer, String> folds = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                // Keys go through NFKC like the input does, so a compatibility ideograph in the file still matches.
                String key = Normalizer.normalize(f[0], Normalizer.Form.NFKC);
                if (key.codePointCount(0, key.length()) != 1 || key.equals(f[1])) {
                    throw new IllegalStateException("bad fold line: " + line);
                }
                folds.put(key.codePointAt(0), f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(folds);
    }
}
