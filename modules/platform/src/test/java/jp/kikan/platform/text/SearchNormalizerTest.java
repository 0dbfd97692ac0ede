package jp.kikan.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ｶﾞｯｺｳ, ガッコウ",
        "ﾊﾟﾝ, パン",
        "やまだ　たろう, ヤマダタロウ",
        "ヤマダ タロウ, ヤマダタロウ",
        "ＡＢＣ１２３, ABC123",
        "ｷｬﾝﾌﾟｰ, キャンプー",
        "ゞ, ヾ"
    })
    @DisplayName("データ要件・連携要件標準仕様書 文字要件: 幅・かなの違いを検索で同一視")
    void widthAndKana(String input, String expected) {
        assertThat(SearchNormalizer.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "髙橋, 高橋", "山﨑, 山崎", "山嵜, 山崎", "齋藤, 斉藤", "齊藤, 斉藤", "斎藤, 斉藤", "渡邊, 渡辺", "渡邉, 渡辺", "澤田, 沢田", "濱田, 浜田", "廣瀬, 広瀬",
        "櫻井, 桜井", "小嶋, 小島", "冨田, 富田", "槇原, 槙原", "𠮷田, 吉田", "國分, 国分"
    })
    @DisplayName("常用漢字表 (平成22年内閣告示第2号) の旧字体と名前の異体字を新字に寄せる")
    void variantFolds(String input, String expected) {
        assertThat(SearchNormalizer.normalize(input)).isEqualTo(expected);
    }

    @Test
    @DisplayName("文字要件: IVS (異体字セレクタ) は検索キーから除く")
    void ivsStripped() {
        assertThat(SearchNormalizer.normalize("葛\uDB40\uDD00飾")).isEqualTo("葛飾");
        assertThat(SearchNormalizer.normalize("辻\uFE00")).isEqualTo("辻");
    }

    @Test
    @DisplayName("全角カタカナへの変換 (半角カナ・ひらがな)")
    void toFullWidthKatakana() {
        assertThat(SearchNormalizer.toFullWidthKatakana("ｶﾞｯｺｳ")).isEqualTo("ガッコウ");
        assertThat(SearchNormalizer.toFullWidthKatakana("やまだ ﾀﾛｳ ABC")).isEqualTo("ヤマダ タロウ ABC");
    }

    @Test
    @DisplayName("データ要件・連携要件標準仕様書: N型 (全角) と X型 (半角英数) の判定")
    void dataTypes() {
        assertThat(SearchNormalizer.isFullWidth("山田　太郎")).isTrue();
        assertThat(SearchNormalizer.isFullWidth("ＡＢＣ")).isTrue();
        assertThat(SearchNormalizer.isFullWidth("山田 太郎")).isFalse();
        assertThat(SearchNormalizer.isFullWidth("ﾔﾏﾀﾞ")).isFalse();
        assertThat(SearchNormalizer.isHalfWidthAlnum("A12b")).isTrue();
        assertThat(SearchNormalizer.isHalfWidthAlnum("A-12")).isFalse();
        assertThat(SearchNormalizer.isHalfWidthAlnum("１２")).isFalse();
    }
}
