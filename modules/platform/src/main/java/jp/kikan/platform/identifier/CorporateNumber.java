package jp.kikan.platform.identifier;

import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 法人番号 (Corporate Number): a one-digit 検査用数字 followed by the twelve-digit 基礎番号, 番号法 (法人番号の章) and
 * 法人番号の指定等に関する省令 第2条.
 *
 * <p>The check digit comes FIRST: CD = 9 − (Σ Pn·Qn mod 9), with Pn the n-th digit of the 基礎番号 counted from the
 * right and Qn = 1 when n is odd, 2 when n is even (by position, not by the digit's parity). The number is public
 * (国税庁 publishes it), so {@link #toString()} returns it.
 */
public final class CorporateNumber {

    private final String value;

    private CorporateNumber(String value) {
        this.value = value;
    }

    /**
     * @param value thirteen ASCII digits
     * @throws InvalidValueException {@code format} or {@code check-digit}
     */
    public static CorporateNumber of(String value) {
        if (!Digits.isDigits(value, 13)) {
            throw new InvalidValueException("format", "法人番号は13桁の半角数字で入力してください");
        }
        if (checkDigit(value.substring(1)) != Digits.at(value, 0)) {
            throw new InvalidValueException("check-digit", "法人番号の検査用数字が一致しません");
        }
        return new CorporateNumber(value);
    }

    /** True when {@code value} is thirteen digits with a correct leading check digit. */
    public static boolean isValid(@Nullable String value) {
        return value != null && Digits.isDigits(value, 13) && checkDigit(value.substring(1)) == Digits.at(value, 0);
    }

    /** The check digit for a twelve-digit 基礎番号. */
    static int checkDigit(String base) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int p = Digits.at(base, 12 - n);
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - (sum % 9);
    }

    /** All thirteen digits. */
    public String value() {
        return value;
    }

    /** The twelve-digit 基礎番号 without the check digit. */
    public String baseNumber() {
        return value.substring(1);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CorporateNumber other && other.value.equals(value);
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
