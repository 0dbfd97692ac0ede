package jp.kikan.platform.identifier;

import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 全国地方公共団体コード: two digits for the 都道府県, three for the 市区町村 (or 0 0 0 for the prefecture itself) and a
 * check digit, as defined by 総務省 「全国地方公共団体コード」.
 *
 * <p>Check digit: r = (d1·6 + d2·5 + d3·4 + d4·3 + d5·2) mod 11; CD = (11 − r) mod 10, so a remainder of 0 gives 1
 * and a remainder of 1 gives 0. Older data (J-LIS lists, some CSVs) carry only the first five digits:
 * {@link #fromFiveDigits(String)} restores the check digit. The standard's {@code shikuchosonkodo} is X(6).
 */
public final class LocalGovernmentCode {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    private final String value;

    private LocalGovernmentCode(String value) {
        this.value = value;
    }

    /**
     * @param value six ASCII digits
     * @throws InvalidValueException {@code format}, {@code prefecture} (not 01–47) or {@code check-digit}
     */
    public static LocalGovernmentCode of(String value) {
        if (!Digits.isDigits(value, 6)) {
            throw new InvalidValueException("format", "地方公共団体コードは6桁の半角数字で入力してください");
        }
        requirePrefecture(value);
        if (checkDigit(value.substring(0, 5)) != Digits.at(value, 5)) {
            throw new InvalidValueException("check-digit", "地方公共団体コードの検査数字が一致しません");
        }
        return new LocalGovernmentCode(value);
    }

    /**
     * The code for a five-digit form found in older data, with its check digit added.
     *
     * @throws InvalidValueException {@code format} or {@code prefecture}
     */
    public static LocalGovernmentCode fromFiveDigits(String fiveDigits) {
        if (!Digits.isDigits(fiveDigits, 5)) {
            throw new InvalidValueException("format", "5桁の地方公共団体コードは5桁の半角数字で入力してください");
        }
        requirePrefecture(fiveDigits);
        return new LocalGovernmentCode(fiveDigits + checkDigit(fiveDigits));
    }

    /** True when {@code value} is six digits, a prefecture 01–47 and a correct check digit. */
    public static boolean isValid(@Nullable String value) {
        return value != null
                && Digits.isDigits(value, 6)
                && isPrefecture(value)
                && checkDigit(value.substring(0, 5)) == Digits.at(value, 5);
    }

    static int checkDigit(String five) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += Digits.at(five, i) * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    private static boolean isPrefecture(String code) {
        int prefecture = Integer.parseInt(code.substring(0, 2));
        return prefecture >= 1 && prefecture <= 47;
    }

    private static void requirePrefecture(String code) {
        if (!isPrefecture(code)) {
            throw new InvalidValueException("prefecture", "都道府県コードは01から47までです");
        }
    }

    /** All six digits. */
    public String value() {
        return value;
    }

    /** The 都道府県コード, two digits ({@code 13} for 東京都). */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    /** The first five digits, as older data carry them. */
    public String fiveDigits() {
        return value.substring(0, 5);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof LocalGovernmentCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
