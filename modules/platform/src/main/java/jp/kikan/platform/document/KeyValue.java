package jp.kikan.platform.document;

import java.util.Objects;

/**
 * One row of a 項目 | 内容 table, e.g. 氏名 | 髙橋　﨑子. Either text may hold line breaks ({@code \n}); long text wraps
 * inside its cell.
 */
public record KeyValue(String key, String value) {

    public KeyValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    public static KeyValue of(String key, String value) {
        return new KeyValue(key, value);
    }
}
