package jp.kikan.migration.core.validation;

/** The standard's data types (基本データリスト 凡例: データ型) that the resident registry's items use. */
public enum ItemType {
    /** 半角文字列. */
    X,
    /** 全角文字列. */
    N,
    /** 整数 ({@code 9}). */
    NUMBER,
    /** 西暦 {@code YYYY-MM-DD}; 不詳日 only where the item allows it. */
    DATE;

    public static ItemType parse(String text) {
        return switch (text) {
            case "X" -> X;
            case "N" -> N;
            case "9" -> NUMBER;
            case "DATE" -> DATE;
            default -> throw new IllegalArgumentException("unknown type " + text);
        };
    }
}
