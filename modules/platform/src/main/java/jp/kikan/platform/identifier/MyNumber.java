package jp.kikan.platform.identifier;

import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 個人番号 (My Number): eleven digits and one 検査用数字, 行政手続における特定の個人を識別するための番号の利用等に関する法律
 * (番号法) 第2条第5項, its 施行令 第8条 (structure) and 総務省令第85号 (平成26年) 第5条 (check digit).
 *
 * <p>Check digit: with Pn the n-th body digit counted from the right and Qn = n + 1 (1 ≤ n ≤ 6) or n − 5
 * (7 ≤ n ≤ 11), r = Σ Pn·Qn mod 11; the check digit is 0 when r ≤ 1, else 11 − r. From the left the weights are
 * 6,5,4,3,2,7,6,5,4,3,2.
 *
 * <p>The number may be handled only in 番号利用事務, so {@link #toString()} is masked; call {@link #value()} only where
 * the full number is lawfully needed.
 */
public final class MyNumber {

    private static final int[] WEIGHTS_FROM_LEFT = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final String value;

    private MyNumber(String value) {
        this.value = value;
    }

    /**
     * @param value twelve ASCII digits, no separators
     * @throws InvalidValueException {@code format} or {@code check-digit}
     */
    public static MyNumber of(String value) {
        if (!Digits.isDigits(value, 12)) {
            throw new InvalidValueException("format", "個人番号は12桁の半角数字で入力してください");
        }
        if (checkDigit(value.substring(0, 11)) != Digits.at(value, 11)) {
            throw new InvalidValueException("check-digit", "個人番号の検査用数字が一致しません");
        }
        return new MyNumber(value);
    }

    /** True when {@code value} is twelve digits with a correct check digit. */
    public static boolean isValid(@Nullable String value) {
        return value != null
                && Digits.isDigits(value, 12)
                && checkDigit(value.substring(0, 11)) == Digits.at(value, 11);
    }

    /** The check digit for eleven body digits (総務省令第85号 第5条). */
    static int checkDigit(String body) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += Digits.at(body, i) * WEIGHTS_FROM_LEFT[i];
        }
        int r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /** The full twelve digits. Handle as 特定個人情報. */
    public String value() {
        return value;
    }

    /** The last four digits, the rest as '*', e.g. {@code ********3214}. */
    public String masked() {
        return Digits.mask(value);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof MyNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, never the number: logs and exception messages must not reveal it. */
    @Override
    public String toString() {
        return masked();
    }
}
