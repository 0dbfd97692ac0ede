package jp.kikan.platform.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kikan.platform.document.MissingGlyphException.MissingCharacter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    private static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 11, 27, 10, 30, 0, 0, ZoneId.of("Asia/Tokyo"));
    private static final String ADDRESS = "東京都若葉市中央一丁目1番2号　若葉ハイツ101号室";
    private static final int HOUSEHOLD = 40;

    private static PdfDocument juminhyo() {
        List<List<String>> members = new ArrayList<>();
        members.add(List.of("髙橋　﨑子", "世帯主", "昭和55年4月1日", "令和2年4月1日"));
        members.add(List.of("渡邊　太郎", "夫", "昭和53年10月10日", "令和2年4月1日"));
        for (int i = 3; i <= HOUSEHOLD; i++) {
            members.add(List.of("若葉　第" + i + "子", "子", "平成" + (i - 2) + "年1月" + (i % 28 + 1) + "日", "令和2年4月1日"));
        }
        return PdfDocument.a4(new DocumentInfo("住民票の写し", "東京都若葉市", ISSUED))
                .title("住民票の写し")
                .keyValueTable(List.of(
                        KeyValue.of("住所", ADDRESS), KeyValue.of("世帯主", "髙橋　﨑子"), KeyValue.of("本籍", "東京都若葉市中央一丁目1番地")))
                .table(
                        List.of(
                                Column.of("氏名", 3),
                                Column.of("続柄", 1.5f),
                                Column.of("生年月日", 2.5f),
                                Column.of("住民となった年月日", 3)),
                        members)
                .paragraph("この写しは、世帯全員の住民票の原本と相違ないことを証明する。")
                .rightAligned("令和8年11月27日", "東京都若葉市長")
                .note("住民基本台帳法第12条第1項の規定による請求に基づき交付");
    }

    @Test
    @DisplayName("住民票の写し: every name, the address and the 和暦 date come back exactly from the PDF text")
    void rendersJapaneseTextThatExtractsExactly() throws IOException {
        byte[] pdf = juminhyo().render();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("住民票の写し", "髙橋　﨑子", "渡邊　太郎", ADDRESS, "令和8年11月27日", "東京都若葉市長")
                    .contains("この写しは、世帯全員の住民票の原本と相違ないことを証明する。")
                    .contains("住民基本台帳法第12条第1項の規定による請求に基づき交付")
                    .contains("若葉　第" + HOUSEHOLD + "子");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(text).contains("1 / 2", "2 / 2");
        }
    }

    @Test
    @DisplayName("A listing that spans pages repeats its header row on the next page")
    void repeatsTheHeaderOnTheNextPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(juminhyo().render())) {
            PDFTextStripper secondPage = new PDFTextStripper();
            secondPage.setStartPage(2);
            secondPage.setEndPage(2);
            String text = secondPage.getText(document);
            assertThat(text).contains("氏名", "住民となった年月日", "若葉　第" + HOUSEHOLD + "子");
            assertThat(text).doesNotContain("渡邊　太郎");
        }
    }

    @Test
    @DisplayName("The font is embedded as a subset (IPAexMincho, TrueType), and the file stays small")
    void embedsAFontSubset() throws IOException {
        byte[] pdf = juminhyo().render();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.getName()).matches("[A-Z]{6}\\+IPAexMincho");
                    assertThat(font.isEmbedded()).isTrue();
                    PDCIDFont cidFont = ((PDType0Font) font).getDescendantFont();
                    assertThat(cidFont.getFontDescriptor().getFontFile2()).isNotNull();
                }
            }
        }
        assertThat(pdf.length).isLessThan(150_000);
    }

    @Test
    @DisplayName("Title, author (the municipality), creation date and language are set in the PDF")
    void setsTheDocumentInformation() throws IOException {
        try (PDDocument document = Loader.loadPDF(juminhyo().render())) {
            var information = document.getDocumentInformation();
            assertThat(information.getTitle()).isEqualTo("住民票の写し");
            assertThat(information.getAuthor()).isEqualTo("東京都若葉市");
            assertThat(information.getCreationDate().toInstant()).isEqualTo(ISSUED.toInstant());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ja");
        }
    }

    @Test
    @DisplayName("A character the font lacks fails the render and is named as U+XXXX with its place, never dropped")
    void refusesCharactersTheFontLacks() {
        PdfDocument document = PdfDocument.a4(new DocumentInfo("住民票の写し", "東京都若葉市", ISSUED))
                .title("住民票の写し")
                .paragraph("外字 \uDBF7\uDE92 を含む")
                .table(List.of(Column.of("氏名", 1)), List.of(List.of("吉田"), List.of("\uD842\uDFB7田　一郎")));

        assertThatThrownBy(document::render)
                .isInstanceOfSatisfying(MissingGlyphException.class, e -> assertThat(e.missing())
                        .containsExactly(
                                new MissingCharacter(0x10DE92, "paragraph 1"),
                                new MissingCharacter(0x20BB7, "table 1, row 2, column 氏名")))
                .hasMessageContaining("U+10DE92 in paragraph 1")
                .hasMessageContaining("U+20BB7 in table 1, row 2, column 氏名")
                .hasMessageNotContaining("一郎");
    }

    @Test
    @DisplayName("IVS: 葛 + U+E0101 is drawn as its base character 葛; supplementary characters (𩸽) are one glyph")
    void rendersTheBaseCharacterOfAnIdeographicVariationSequence() throws IOException {
        byte[] pdf = PdfDocument.a4(new DocumentInfo("通知書", "東京都若葉市", ISSUED))
                .paragraph("東京都葛\uDB40\uDD01飾区 𩸽")
                .keyValueTable(List.of(KeyValue.of("氏名", "葛\uDB40\uDD01西　花子")))
                .render();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("東京都葛飾区 𩸽", "葛西　花子").doesNotContain("\uDB40\uDD01");
        }
    }

    @Test
    @DisplayName("Long text wraps inside the margins and keeps every character")
    void wrapsLongParagraphs() throws IOException {
        String sentence = "住民基本台帳法の規定により、本人又は同一の世帯に属する者の請求に基づき交付する。";
        byte[] pdf = PdfDocument.a4(new DocumentInfo("通知書", "東京都若葉市", ISSUED))
                .paragraph(sentence.repeat(4))
                .render();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            String joined = text.replaceAll("\\R", "");
            assertThat(text.lines().filter(line -> !line.isBlank()).count()).isGreaterThan(3);
            assertThat(joined).contains(sentence.repeat(4));
        }
    }

    @Test
    @DisplayName("Documents rendered on several threads at once share the font safely")
    void rendersConcurrently() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "渡邊　第" + i + "郎";
                texts.add(threads.submit(() -> {
                    byte[] pdf = PdfDocument.a4(new DocumentInfo("通知書", "東京都若葉市", ISSUED))
                            .keyValueTable(List.of(KeyValue.of("氏名", name), KeyValue.of("住所", ADDRESS)))
                            .render();
                    try (PDDocument document = Loader.loadPDF(pdf)) {
                        return new PDFTextStripper().getText(document);
                    }
                }));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("渡邊　第" + i + "郎", ADDRESS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    @DisplayName("A row with the wrong number of cells is refused when added")
    void refusesRaggedRows() {
        PdfDocument document = PdfDocument.a4(new DocumentInfo("一覧", "東京都若葉市", ISSUED));
        assertThatThrownBy(
                        () -> document.table(List.of(Column.of("氏名", 1), Column.of("続柄", 1)), List.of(List.of("髙橋"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 1");
    }
}
