package jp.kikan.migration.residentregistry.loader;

import jp.kikan.residentregistry.ResidentAddress;
import org.jspecify.annotations.Nullable;

/**
 * A past address of a resident from the one-line text of a 異動履歴 row ({@code idomae_jusho}, {@code idogo_jusho}),
 * structured as the registry stores addresses. The legacy history keeps addresses on one line, so the structure is
 * inferred: the current address when the text is the current address; else, within the same municipality (the text
 * begins with its 都道府県 and 市区郡町村名), the 町字 up to the first digit (with a following 丁目), the 番地号 after it and
 * the rest as 方書; the 町字コード only when the 町字 is the current one. An address elsewhere is kept whole in 町字.
 */
final class HistoryAddress {

    private HistoryAddress() {}

    /** The address the text names, with {@code current} (the resident's current address) as the reference. */
    static ResidentAddress parse(String text, ResidentAddress current) {
        String line = text.strip();
        if (compact(line).equals(compact(current.oneLine()))) {
            return current;
        }
        String prefecture = current.todofuken();
        String city = current.shikugunchosonmei();
        String head = (prefecture == null ? "" : prefecture) + (city == null ? "" : city);
        if (head.isEmpty() || !line.startsWith(head)) {
            return new ResidentAddress(null, null, null, null, line, null, null);
        }
        String rest = line.substring(head.length());
        int digit = firstDigit(rest);
        String choaza = digit < 0 ? rest : rest.substring(0, digit);
        String after = digit < 0 ? "" : rest.substring(digit);
        if (after.length() > 0) {
            int number = numberPrefix(after);
            if (after.startsWith("丁目", number)) {
                choaza = choaza + after.substring(0, number + 2);
                after = after.substring(number + 2);
            }
        }
        int banchiEnd = banchiPrefix(after);
        String banchi = after.substring(0, banchiEnd).strip();
        String katagaki = after.substring(banchiEnd).strip();
        String code = choaza.equals(current.choaza()) ? current.choazakodo() : null;
        return new ResidentAddress(
                current.shikuchosonkodo(),
                code,
                prefecture,
                city,
                choaza.isEmpty() ? null : choaza,
                banchi.isEmpty() ? null : banchi,
                katagaki.isEmpty() ? null : katagaki);
    }

    private static String compact(String s) {
        return s.replace(" ", "").replace("　", "");
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int numberPrefix(String s) {
        int i = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The length of the leading 番地号: digits, 番, 番地, 号, and の or a hyphen between digits. */
    private static int banchiPrefix(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean joiner = "の－-‐".indexOf(c) >= 0 && i + 1 < s.length() && isDigit(s.charAt(i + 1));
            if (isDigit(c) || "番地号".indexOf(c) >= 0 || joiner) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The address on one line, or null. */
    static @Nullable String oneLine(@Nullable ResidentAddress address) {
        return address == null ? null : address.oneLine();
    }
}
