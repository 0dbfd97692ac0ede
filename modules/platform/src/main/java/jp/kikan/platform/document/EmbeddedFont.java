package jp.kikan.platform.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * IPAex明朝 (ipaexm.ttf 004.01, IPA Font License v1.0, shipped unmodified with its licence beside it): a TrueType font
 * covering JIS X 0208 and JIS X 0213:2004 in full.
 *
 * <p>The file is read and its character coverage computed once per JVM. A parsed fontbox font is not thread-safe and
 * costs about 10 ms, 27 MB of garbage and 19 MB retained, so parsed fonts are lent to one document at a time and kept
 * for the next (at most {@value #MAX_IDLE} idle, so concurrency above that parses extra fonts and drops them).
 */
final class EmbeddedFont {

    /** Something done with a font lent to one document; it must be finished with the font when it returns. */
    interface FontWork<T> {
        T apply(TrueTypeFont font) throws IOException;
    }

    private static final String RESOURCE = "ipaexm.ttf";
    private static final int MAX_IDLE = 2;

    private final byte[] bytes;
    private final BitSet coverage;
    private final String name;
    private final BlockingQueue<TrueTypeFont> idle = new ArrayBlockingQueue<>(MAX_IDLE);

    private EmbeddedFont(byte[] bytes, TrueTypeFont parsed) throws IOException {
        this.bytes = bytes;
        this.name = parsed.getName();
        CmapLookup cmap = Objects.requireNonNull(parsed.getUnicodeCmapLookup(), "font has no Unicode cmap");
        this.coverage = new BitSet(Character.MAX_CODE_POINT + 1);
        for (int gid = 1; gid < parsed.getNumberOfGlyphs(); gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes != null) {
                codes.forEach(coverage::set);
            }
        }
        idle.add(parsed);
    }

    static EmbeddedFont get() {
        return Holder.FONT;
    }

    /** Whether the font has a glyph for {@code codePoint}. */
    boolean covers(int codePoint) {
        return codePoint >= 0 && coverage.get(codePoint);
    }

    /** The font's PostScript name, {@code IPAexMincho}. */
    String name() {
        return name;
    }

    /** Runs {@code work} with a parsed font that no other thread uses until {@code work} returns. */
    <T> T lend(FontWork<T> work) throws IOException {
        TrueTypeFont font = idle.poll();
        if (font == null) {
            font = parse(bytes);
        }
        boolean reusable = false;
        try {
            T result = work.apply(font);
            reusable = true;
            return result;
        } finally {
            if (!reusable || !idle.offer(font)) {
                font.close();
            }
        }
    }

    /** The font for one document (horizontal writing), embedded as a subset when the document is saved. */
    static PDType0Font embed(PDDocument document, TrueTypeFont font) throws IOException {
        return PDType0Font.load(document, font, true);
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    private static final class Holder {
        static final EmbeddedFont FONT = load();
    }

    private static EmbeddedFont load() {
        try (InputStream in = Objects.requireNonNull(
                EmbeddedFont.class.getResourceAsStream(RESOURCE), "font resource " + RESOURCE + " is missing")) {
            byte[] bytes = in.readAllBytes();
            return new EmbeddedFont(bytes, parse(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded font " + RESOURCE, e);
        }
    }
}
