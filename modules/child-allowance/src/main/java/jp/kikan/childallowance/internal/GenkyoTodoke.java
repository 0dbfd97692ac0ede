package jp.kikan.childallowance.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Why a 受給者 must still file a 現況届: since 2022-06 the municipality checks the 6月1日 situation in the registry and
 * asks for a 現況届 only where it cannot (児童手当法 第26条, 施行規則 第4条; the cases municipalities list: DV 避難,
 * 離婚協議中, 法人である未成年後見人, 施設等受給者, 戸籍・住民票のない児童, 別居監護).
 */
final class GenkyoTodoke {

    private static final Map<String, String> JAPANESE = Map.of(
            "DV_HINAN", "配偶者からの暴力等により住民票の住所地と異なる所で受給",
            "RIKON_KYOGICHU", "離婚協議中で配偶者と別居",
            "HOJIN_KOKENNIN", "法人である未成年後見人",
            "SHISETSU_SATOOYA", "施設等受給者・里親",
            "KOSEKI_JUMIN_NASHI", "戸籍・住民票のない児童",
            "BEKKYO_KANGO", "児童と別居",
            "SONOTA", "その他市町村長が必要と認める者");

    private GenkyoTodoke() {}

    static String japanese(@Nullable String code) {
        return code == null ? "" : JAPANESE.getOrDefault(code, code);
    }
}
