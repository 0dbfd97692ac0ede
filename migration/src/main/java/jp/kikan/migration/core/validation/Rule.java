package jp.kikan.migration.core.validation;

import java.util.Locale;

/** An item's format rule beyond its type and length. */
public enum Rule {
    NONE,
    /** 宛名番号: 1–15 of {@code [0-9A-Za-z]} ({@link jp.kikan.platform.identifier.AddresseeNumber}). */
    ADDRESSEE_NUMBER,
    /** Another key of the same shape (世帯番号). */
    ALNUM,
    /** 個人番号 with its check digit ({@link jp.kikan.platform.identifier.MyNumber}). */
    MY_NUMBER,
    /** 住民票コード, format only ({@link jp.kikan.platform.identifier.ResidentCode}). */
    RESIDENT_CODE,
    /** 団体コード with its check digit; a five-digit form is completed ({@link jp.kikan.platform.identifier.LocalGovernmentCode}). */
    LOCAL_GOVERNMENT_CODE,
    /** Exactly the item's maximum length in ASCII digits (町字コード, 郵便番号). */
    DIGITS,
    /** A date that may be 不詳. */
    FUSHO_DATE;

    public static Rule parse(String text) {
        return "-".equals(text)
                ? NONE
                : valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
