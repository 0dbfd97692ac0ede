package jp.kikan.migration.residentregistry.generator;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/** Full-width katakana to 半角カナ, as legacy systems stored readings (ガ → ｶﾞ, ー → ｰ, U+3000 → space). */
final class HalfWidthKana {

    private static final Map<Character, String> TABLE = new HashMap<>();

    static {
        for (char c = '\uFF61'; c <= '\uFF9D'; c++) {
            String full = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (full.length() == 1) {
                TABLE.putIfAbsent(full.charAt(0), String.valueOf(c));
            }
        }
        TABLE.put('\u3000', " ");
    }

    private HalfWidthKana() {}

    static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder s = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '\u3099') {
                s.append('\uFF9E');
            } else if (c == '\u309A') {
                s.append('\uFF9F');
            } else {
                String half = TABLE.get(c);
                s.append(half != null ? half : String.valueOf(c));
            }
        }
        return s.toString();
    }
}
