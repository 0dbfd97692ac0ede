package jp.kikan.platform.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The A4 portrait pages of one document and a cursor that moves down them: blocks ask for room, and a new page starts
 * when what they need does not fit above the bottom margin. Page numbers ("1 / 2") are written at the end, when the
 * count is known. One instance per render, never shared.
 */
final class Pages {

    static final float MM = 72f / 25.4f;
    private static final float FOOTER_SIZE = 8f;
    private static final float RULE_WIDTH = 0.5f;

    private final PDDocument document;
    private final PDType0Font font;
    private final float margin;
    private final float ascent;
    private final Map<Integer, Float> widths = new HashMap<>();
    private @Nullable PDPageContentStream stream;
    private float y;
    private boolean fresh;

    Pages(PDDocument document, PDType0Font font, float margin) throws IOException {
        this.document = document;
        this.font = font;
        this.margin = margin;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        float fontAscent = descriptor == null ? 0 : descriptor.getAscent();
        this.ascent = fontAscent > 0 ? fontAscent / 1000f : 0.88f;
        newPage();
    }

    float left() {
        return margin;
    }

    float right() {
        return PDRectangle.A4.getWidth() - margin;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    /** Room left above the bottom margin. */
    float available() {
        return y - margin;
    }

    /** Height between the margins of a whole page. */
    float pageBody() {
        return PDRectangle.A4.getHeight() - 2 * margin;
    }

    /** Nothing has been drawn on this page yet. */
    boolean fresh() {
        return fresh;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - margin;
        fresh = true;
    }

    /** Starts a new page unless {@code height} fits on this one (or this one is still empty). */
    void reserve(float height) throws IOException {
        if (height > available() && !fresh) {
            newPage();
        }
    }

    void down(float height) {
        y -= height;
        fresh = false;
    }

    /** Lines of text wrapped to {@code maxWidth} at {@code size}. */
    List<String> wrap(String text, float maxWidth, float size) {
        return LineBreaker.wrap(text, maxWidth, size, this::unitWidth);
    }

    float textWidth(String text, float size) {
        return (float) text.codePoints().mapToDouble(this::unitWidth).sum() * size / 1000f;
    }

    /** Draws one line of text in a line box whose top is {@code top} and whose height is {@code leading}. */
    void text(String text, float x, float top, float size, float leading) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float baseline = top - (leading - size) / 2 - ascent * size;
        PDPageContentStream out = stream();
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    /** A cell: optionally shaded, always framed. {@code top} is its upper edge. */
    void cell(float x, float top, float w, float h, boolean shaded) throws IOException {
        PDPageContentStream out = stream();
        if (shaded) {
            out.setNonStrokingColor(0.9f);
            out.addRect(x, top - h, w, h);
            out.fill();
            out.setNonStrokingColor(0f);
        }
        out.setLineWidth(RULE_WIDTH);
        out.addRect(x, top - h, w, h);
        out.stroke();
    }

    /** Closes the last page and writes "n / N" centred in every page's bottom margin. */
    void finish() throws IOException {
        closeStream();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            String number = (i + 1) + " / " + count;
            float x = (PDRectangle.A4.getWidth() - textWidth(number, FOOTER_SIZE)) / 2;
            try (PDPageContentStream out =
                    new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true, true)) {
                out.beginText();
                out.setFont(font, FOOTER_SIZE);
                out.newLineAtOffset(x, margin / 2);
                out.showText(number);
                out.endText();
            }
        }
    }

    private float unitWidth(int codePoint) {
        return widths.computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private PDPageContentStream stream() {
        if (stream == null) {
            throw new IllegalStateException("The document is finished");
        }
        return stream;
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
