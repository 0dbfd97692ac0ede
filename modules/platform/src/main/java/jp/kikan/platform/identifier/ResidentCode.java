package jp.kikan.platform.identifier;

import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 住民票コード: eleven digits recorded on the 住民票, 住民基本台帳法 第7条第13号 and 住民基本台帳法施行規則 第1条
 * (ten randomly generated digits followed by one 検査数字 computed by an 算式 that the 総務大臣 determines).
 *
 * <p><strong>Format only.</strong> The 算式 itself is set by a 告示 (cited by secondary sources as 平成14年総務省告示第436号)
 * whose text we have not verified. It is believed to mirror the 個人番号 routine on ten digits, but until the text is
 * checked this type validates only that the value is eleven ASCII digits and never rejects a value for its last
 * digit. Do not add a check-digit rule without citing the 告示.
 *
 * <p>住民基本台帳法 restricts who may ask for it (告知要求の制限), so {@link #toString()} is masked.
 */
public final class ResidentCode {

    private final String value;

    private ResidentCode(String value) {
        this.value = value;
    }

    /**
     * @param value eleven ASCII digits
     * @throws InvalidValueException {@code format}
     */
    public static ResidentCode of(String value) {
        if (!Digits.isDigits(value, 11)) {
            throw new InvalidValueException("format", "住民票コードは11桁の半角数字で入力してください");
        }
        return new ResidentCode(value);
    }

    /** True when {@code value} is eleven ASCII digits (the check digit is not verified, see the class notes). */
    public static boolean isValid(@Nullable String value) {
        return value != null && Digits.isDigits(value, 11);
    }

    /** All eleven digits. */
    public String value() {
        return value;
    }

    /** The last four digits, the rest as '*'. */
    public String masked() {
        return Digits.mask(value);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ResidentCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, never the code. */
    @Override
    public String toString() {
        return masked();
    }
}
