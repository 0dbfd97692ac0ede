package jp.kikan.platform.identifier;

/** ASCII digit checks shared by the identifiers (full-width digits are the caller's job to normalise). */
final class Digits {

    private Digits() {}

    static boolean isDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static int at(String s, int index) {
        return s.charAt(index) - '0';
    }

    /** All but the last four characters replaced by '*'. */
    static String mask(String s) {
        return "*".repeat(s.length() - 4) + s.substring(s.length() - 4);
    }
}
