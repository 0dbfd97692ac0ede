package jp.kikan.platform.identifier;

import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 宛名番号: the number a municipality gives each person it deals with, item {@code atenabango} X(15) of the
 * 共通機能標準仕様書 (デジタル庁) and the データ要件・連携要件標準仕様書. Both pools, 住民宛名番号 (assigned by 住民記録) and
 * 住登外者宛名番号, share this format and never overlap within one 団体.
 *
 * <p>Rule applied: one to fifteen half-width alphanumeric characters {@code [0-9A-Za-z]}. Leading zeros are
 * significant; the value is compared as written.
 */
public final class AddresseeNumber {

    /** The standard's length X(15). */
    public static final int MAX_LENGTH = 15;

    private final String value;

    private AddresseeNumber(String value) {
        this.value = value;
    }

    /**
     * @throws InvalidValueException {@code required}, {@code too-long} or {@code format}
     */
    public static AddresseeNumber of(String value) {
        if (value.isEmpty()) {
            throw new InvalidValueException("required", "宛名番号を入力してください");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("too-long", "宛名番号は15文字以内で入力してください");
        }
        if (!isAlphanumeric(value)) {
            throw new InvalidValueException("format", "宛名番号は半角英数字で入力してください");
        }
        return new AddresseeNumber(value);
    }

    /** True when {@code value} is one to fifteen characters of {@code [0-9A-Za-z]}. */
    public static boolean isValid(@Nullable String value) {
        return value != null && !value.isEmpty() && value.length() <= MAX_LENGTH && isAlphanumeric(value);
    }

    private static boolean isAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AddresseeNumber other && other.value.equals(value);
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
