package jp.kikan.migration.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import jp.kikan.migration.core.model.Normalisation;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static GaijiTable table() throws IOException {
        return GaijiTable.read(
                new StringReader("legacy_code\tcharacter_id\tunicode\tnote\n"
                        + "CP932:F040\tMJ000001\tU+9AD9\t髙\n"
                        + "U+E001\t-\tU+8FBB U+E0100\t辻 with IVS\n"
                        + "&#xE002;\tGJ000001\tU+10DE92\tGJ 追加文字\n"),
                "gaiji.tsv");
    }

    private static TextCleaner cleaner(SourceEncoding encoding) throws IOException {
        return new TextCleaner(table(), encoding);
    }

    @Test
    void widensHalfWidthKanaAndAsciiInFullWidthItems() throws IOException {
        TextCleaner.Cleaned c = cleaner(SourceEncoding.UTF_8).clean("ﾀｶﾊｼ ｶﾞｯｺｳ 1番6号", true);
        assertThat(c.value()).isEqualTo("タカハシ　ガッコウ　１番６号");
        assertThat(c.issues()).isEmpty();
        assertThat(c.applied()).containsExactlyInAnyOrder(Normalisation.KANA_WIDENED, Normalisation.ASCII_WIDENED);
    }

    @Test
    void narrowsFullWidthAlphanumericsInHalfWidthItems() throws IOException {
        TextCleaner.Cleaned c = cleaner(SourceEncoding.UTF_8).clean("１２３ＡＢ", false);
        assertThat(c.value()).isEqualTo("123AB");
        assertThat(c.applied()).containsExactly(Normalisation.ALNUM_NARROWED);
        assertThat(cleaner(SourceEncoding.UTF_8).clean("ｱ12", false).issues())
                .extracting(TextIssue::code)
                .containsExactly("not-half-width");
    }

    @Test
    void keepsCompatibilityIdeographsAndVariationSelectors() throws IOException {
        String name = "山\uFA11　\uFA19子　辻\uDB40\uDD00";
        TextCleaner.Cleaned c = cleaner(SourceEncoding.UTF_8).clean(name, true);
        assertThat(c.value()).isEqualTo(name);
        assertThat(c.applied()).isEmpty();
        assertThat(TextCleaner.length(name)).isEqualTo(7);
    }

    @Test
    void mapsGaijiThroughTheTable() throws IOException {
        TextCleaner.Cleaned c = cleaner(SourceEncoding.CP932).clean("\uE000橋　\uE001", true);
        assertThat(c.value()).isEqualTo("髙橋　辻\uDB40\uDD00");
        assertThat(c.applied()).containsExactly(Normalisation.GAIJI_MAPPED);
        TextCleaner.Cleaned reference = cleaner(SourceEncoding.UTF_8).clean("&#xE002;田", true);
        assertThat(reference.value())
                .isEqualTo(new StringBuilder()
                        .appendCodePoint(0x10DE92)
                        .append("田")
                        .toString());
    }

    @Test
    void neverDropsAnUnmappedGaiji() throws IOException {
        TextCleaner.Cleaned c = cleaner(SourceEncoding.CP932).clean("山\uE0FF太", true);
        assertThat(c.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("unmapped-character");
            assertThat(i.position()).isEqualTo(2);
            assertThat(i.message()).contains("U+E0FF").contains("CP932 0xF184");
        });
        assertThat(c.value()).contains("\uE0FF");
        assertThat(cleaner(SourceEncoding.EUC_JP).clean("\uE000\uE001", true).issues())
                .isEmpty();
        assertThat(cleaner(SourceEncoding.EUC_JP)
                        .clean("\uE003", true)
                        .issues()
                        .get(0)
                        .message())
                .contains("EUC-JP 0xF5A4");
        assertThat(cleaner(SourceEncoding.UTF_8)
                        .clean("田&#xE0FF;", true)
                        .issues()
                        .get(0)
                        .message())
                .contains("&#xE0FF;");
    }

    @Test
    void decodesReferencesToOrdinaryCharacters() throws IOException {
        TextCleaner.Cleaned c = cleaner(SourceEncoding.CP932).clean("&#x20BB7;田　&#39641;橋　A&B", true);
        assertThat(c.value()).isEqualTo("𠮷田　髙橋　Ａ＆Ｂ");
        assertThat(c.applied()).contains(Normalisation.NCR_DECODED);
    }

    @Test
    void reportsReplacementAndControlCharacters() throws IOException {
        assertThat(cleaner(SourceEncoding.UTF_8).clean("山\uFFFD", true).issues())
                .extracting(TextIssue::code)
                .containsExactly("replacement-character");
        assertThat(cleaner(SourceEncoding.UTF_8).clean("山\t田", true).issues())
                .extracting(TextIssue::code)
                .containsExactly("invalid-character");
        assertThat(cleaner(SourceEncoding.UTF_8).clean("café", true).issues())
                .extracting(TextIssue::code)
                .containsExactly("not-full-width");
    }

    @Test
    void keepsPlane16GjCharactersAndSaysSo() throws IOException {
        String gj = new StringBuilder("田").appendCodePoint(0x10DE92).toString();
        TextCleaner.Cleaned c = cleaner(SourceEncoding.UTF_8).clean(gj, true);
        assertThat(c.value()).isEqualTo(gj);
        assertThat(c.applied()).containsExactly(Normalisation.GJ_KEPT);
    }
}
