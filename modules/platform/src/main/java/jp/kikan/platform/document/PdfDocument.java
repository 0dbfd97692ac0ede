package jp.kikan.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A 帳票 (printed form) as PDF: A4 portrait pages with Japanese text in an embedded subset of IPAex明朝, filled from
 * top to bottom in the order of the calls, with automatic page breaks and "1 / 2" page numbers in the footer.
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.a4(new DocumentInfo("住民票の写し", "東京都若葉市", now))
 *         .title("住民票の写し")
 *         .keyValueTable(List.of(KeyValue.of("氏名", "髙橋　﨑子"), KeyValue.of("住所", address)))
 *         .table(List.of(Column.of("氏名", 3), Column.of("続柄", 1)), rows)
 *         .rightAligned("令和8年11月27日", "東京都若葉市長")
 *         .note("この写しは、住民票の原本と相違ないことを証明する。")
 *         .render();
 * }</pre>
 *
 * <p><b>No character is lost.</b> {@link #render()} first checks every code point against the font and throws a
 * {@link MissingGlyphException} naming each one the font lacks (as {@code U+XXXX} with its place); it never drops or
 * substitutes a character. The font covers JIS X 0208 and JIS X 0213:2004 (髙, 﨑, 𩸽 ...), not every character of
 * the 行政事務標準文字 (𠮷 U+20BB7 is missing). Supplementary characters are handled as one code point each.
 *
 * <p><b>IVS.</b> An ideographic variation sequence (a base character followed by a variation selector U+E0100–U+E01EF
 * or U+FE00–U+FE0F, e.g. 葛 + U+E0101) is drawn as its base character in the font's default form; the selector is not
 * drawn and does not fail the check. The printed glyph may therefore differ from the registered variant: a form that
 * must show the exact 異体字 needs an MJ font (a later decision). Text extracted from the PDF holds the base character
 * only.
 *
 * <p>Line breaks ({@code \n}) in any text start a new line; long lines wrap at any character, with simple 禁則処理.
 *
 * <p>A builder serves one document on one thread; {@link #render()} may be called again after further additions.
 * Rendering is thread-safe across builders: the font file is read and parsed once per JVM, a parsed font serves one
 * document at a time, and each document embeds its own subset.
 */
public final class PdfDocument {

    private static final float DEFAULT_MARGIN_MM = 20f;

    private final DocumentInfo info;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private float marginMillimetres = DEFAULT_MARGIN_MM;

    private PdfDocument(DocumentInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    /** A new A4 portrait document with 20 mm margins. */
    public static PdfDocument a4(DocumentInfo info) {
        return new PdfDocument(info);
    }

    /** The margin on all four sides, 10 to 40 mm (default 20); the page number sits in the bottom margin. */
    public PdfDocument margins(float millimetres) {
        if (!(millimetres >= 10 && millimetres <= 40)) {
            throw new IllegalArgumentException("Margins must be between 10 and 40 mm: " + millimetres);
        }
        this.marginMillimetres = millimetres;
        return this;
    }

    /** The form's name, centred in large type (e.g. 住民票の写し). */
    public PdfDocument title(String text) {
        return add(new Block.Text(
                text, Block.TITLE_SIZE, Block.TITLE_SIZE * 1.4f, Block.Align.CENTRE, 14f, place("title")));
    }

    /** A paragraph of body text (10.5 pt), wrapped to the width between the margins. */
    public PdfDocument paragraph(String text) {
        return add(new Block.Text(
                text, Block.BODY_SIZE, Block.BODY_SIZE * 1.6f, Block.Align.LEFT, 6f, place("paragraph")));
    }

    /**
     * A two-column 項目 | 内容 table with borders, the 項目 column shaded and about a quarter of the width; long 内容
     * wraps inside its cell.
     */
    public PdfDocument keyValueTable(List<KeyValue> rows) {
        List<List<String>> cells =
                rows.stream().map(row -> List.of(row.key(), row.value())).toList();
        return add(new TableBlock(
                List.of(Column.of("項目", 1), Column.of("内容", 3)), cells, false, true, place("key/value table")));
    }

    /**
     * A listing with a shaded header row, repeated on every page the table spans (世帯連記式: one row per person).
     * Each row holds one text per column; cells wrap.
     *
     * @throws IllegalArgumentException if a row's cell count differs from the column count
     */
    public PdfDocument table(List<Column> columns, List<List<String>> rows) {
        return add(new TableBlock(columns, rows, true, false, place("table")));
    }

    /** Lines set flush right and kept together, e.g. the issue date and the issuer (令和8年11月27日 / 東京都若葉市長). */
    public PdfDocument rightAligned(String... lines) {
        String location = place("right-aligned lines");
        List<Block.Text> texts = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            float gap = i == lines.length - 1 ? 6f : 0f;
            texts.add(new Block.Text(
                    lines[i],
                    Block.BODY_SIZE,
                    Block.BODY_SIZE * 1.6f,
                    Block.Align.RIGHT,
                    gap,
                    location + ", line " + (i + 1)));
        }
        return add(new Block.Lines(texts));
    }

    /** A small note (8 pt), e.g. a 注意書き or the legal basis of the form. */
    public PdfDocument note(String text) {
        return add(new Block.Text(text, Block.NOTE_SIZE, Block.NOTE_SIZE * 1.5f, Block.Align.LEFT, 2f, place("note")));
    }

    /** Vertical space; none is carried over to a new page. */
    public PdfDocument space(float millimetres) {
        if (!(millimetres > 0)) {
            throw new IllegalArgumentException("Space must be positive: " + millimetres);
        }
        return add(new Block.Space(millimetres * Pages.MM));
    }

    /** Continues on a new page (nothing happens at the top of an empty page). */
    public PdfDocument pageBreak() {
        return add(new Block.PageBreak());
    }

    /**
     * The PDF file: checked against the font, laid out, the font subset embedded, the document information (title,
     * author, creation date, language ja) set.
     *
     * @throws MissingGlyphException if any text holds a character the font cannot show
     */
    public byte[] render() {
        EmbeddedFont font = EmbeddedFont.get();
        GlyphCheck check = new GlyphCheck(font);
        blocks.forEach(block -> block.check(check));
        check.throwIfMissing();
        try {
            return font.lend(this::renderWith);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF document " + info.title(), e);
        }
    }

    private byte[] renderWith(TrueTypeFont font) throws IOException {
        try (PDDocument document = new PDDocument()) {
            describe(document);
            Pages pages = new Pages(document, EmbeddedFont.embed(document, font), marginMillimetres * Pages.MM);
            for (Block block : blocks) {
                block.draw(pages);
            }
            pages.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        }
    }

    private void describe(PDDocument document) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(info.title());
        information.setAuthor(info.author());
        information.setCreationDate(GregorianCalendar.from(info.created()));
        information.setProducer("Kikan (Apache PDFBox)");
        document.getDocumentCatalog().setLanguage("ja");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private PdfDocument add(Block block) {
        blocks.add(block);
        return this;
    }

    private String place(String kind) {
        return kind + " " + counts.merge(kind, 1, Integer::sum);
    }
}
