package jp.kikan.migration.core.model;

/**
 * The only changes a run makes to values, each documented here and counted per file in the report. Anything else that
 * does not fit is rejected, never fixed silently.
 */
public enum Normalisation {
    /** 半角カナ in an N (全角) item widened: ｶﾞｯｺｳ → ガッコウ. */
    KANA_WIDENED("kana-widened", "N項目の半角カナを全角カナにした"),
    /** Half-width letters, digits, signs and spaces in an N item widened: 1番6号 → １番６号, space → U+3000. */
    ASCII_WIDENED("ascii-widened", "N項目の半角英数字・記号・空白を全角にした"),
    /** Full-width letters and digits in an X (半角) item narrowed: １２３ → 123. */
    ALNUM_NARROWED("alnum-narrowed", "X項目の全角英数字・記号を半角にした"),
    /** A 外字 replaced by its 行政事務標準文字 from the mapping table. */
    GAIJI_MAPPED("gaiji-mapped", "外字を対応表により行政事務標準文字に置き換えた"),
    /** A numeric character reference (<code>&amp;#x9AD9;</code>) written by a legacy export replaced by its character. */
    NCR_DECODED("ncr-decoded", "数値文字参照（&#x…;）を文字にした"),
    /** A legacy code value or a code's name replaced by the Kikan code (e.g. 続柄 「妻」 → 02). */
    CODE_MAPPED("code-mapped", "旧システムのコード値・名称を Kikan のコードにした"),
    /** A five-digit 団体コード completed with its check digit. */
    LG_CODE_COMPLETED("lg-code-completed", "5桁の団体コードに検査数字を付けた"),
    /** A zero-filled date ({@code 0000000}) read as "no date". */
    ZERO_DATE_BLANK("zero-date-as-blank", "ゼロ埋めの日付を未記載とした"),
    /** Not a change: a Plane-16 private-use character kept as a GJ 追加文字 (not checked against the GJ list). */
    GJ_KEPT("gj-character-kept", "第16面の私用領域の文字を行政事務標準文字の追加文字（GJ）としてそのまま引き継いだ（GJ一覧との照合は未実施）");

    private final String code;
    private final String description;

    Normalisation(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** Stable kebab-case code used in the report. */
    public String code() {
        return code;
    }

    /** Japanese description for the report. */
    public String description() {
        return description;
    }
}
