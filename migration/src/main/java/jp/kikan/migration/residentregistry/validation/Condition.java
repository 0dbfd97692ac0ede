package jp.kikan.migration.residentregistry.validation;

import java.util.Locale;

/** When a 条件付き必須 item is required. */
public enum Condition {
    /** 住民種別 is 2 (外国人住民). */
    FOREIGNER("外国人住民"),
    /** The 異動事由 is a 住基法 notification (届出): category {@code todokede}. */
    NOTIFICATION("届出による異動"),
    /** The address is in Japan: no 国名コード. */
    DOMESTIC("国内の住所"),
    /** The address is abroad: a 国名コード is given. */
    OVERSEAS("国外の住所");

    private final String description;

    Condition(String description) {
        this.description = description;
    }

    /** Japanese, e.g. 外国人住民, for 「…の場合は必須です」. */
    public String description() {
        return description;
    }

    static Condition parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
