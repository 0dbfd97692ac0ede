package jp.kikan.platform.document;

import java.io.IOException;
import java.util.List;

/** A part of a document, in the order the builder received it: checked against the font first, then drawn. */
sealed interface Block permits Block.Text, Block.Lines, Block.Space, Block.PageBreak, TableBlock {

    float BODY_SIZE = 10.5f;
    float TITLE_SIZE = 18f;
    float NOTE_SIZE = 8f;

    void check(GlyphCheck check);

    void draw(Pages pages) throws IOException;

    /** How a run of text sits between the margins. */
    enum Align {
        LEFT,
        CENTRE,
        RIGHT
    }

    /**
     * Wrapped text: the title (centred, large), a paragraph or a note (small).
     *
     * @param gapAfter space below the block, in points
     */
    record Text(String text, float size, float leading, Align align, float gapAfter, String location) implements Block {

        @Override
        public void check(GlyphCheck check) {
            check.check(text, location);
        }

        @Override
        public void draw(Pages pages) throws IOException {
            for (String line : pages.wrap(text, pages.width(), size)) {
                pages.reserve(leading);
                float x =
                        switch (align) {
                            case LEFT -> pages.left();
                            case CENTRE -> pages.left() + (pages.width() - pages.textWidth(line, size)) / 2;
                            case RIGHT -> pages.right() - pages.textWidth(line, size);
                        };
                pages.text(line, x, pages.y(), size, leading);
                pages.down(leading);
            }
            if (gapAfter <= pages.available()) {
                pages.down(gapAfter);
            }
        }
    }

    /** Several right-aligned lines kept together, e.g. the issue date above the issuer (令和8年11月27日 / 東京都若葉市長). */
    record Lines(List<Text> lines) implements Block {

        public Lines {
            lines = List.copyOf(lines);
        }

        @Override
        public void check(GlyphCheck check) {
            lines.forEach(line -> line.check(check));
        }

        @Override
        public void draw(Pages pages) throws IOException {
            float height = 0;
            for (Text line : lines) {
                height += line.leading()
                        * pages.wrap(line.text(), pages.width(), line.size()).size();
            }
            if (height <= pages.pageBody()) {
                pages.reserve(height);
            }
            for (Text line : lines) {
                line.draw(pages);
            }
        }
    }

    /** Vertical space; dropped at a page break. */
    record Space(float points) implements Block {

        @Override
        public void check(GlyphCheck check) {}

        @Override
        public void draw(Pages pages) throws IOException {
            if (points > pages.available()) {
                pages.newPage();
            } else {
                pages.down(points);
            }
        }
    }

    /** Starts a new page unless the current one is still empty. */
    record PageBreak() implements Block {

        @Override
        public void check(GlyphCheck check) {}

        @Override
        public void draw(Pages pages) throws IOException {
            if (!pages.fresh()) {
                pages.newPage();
            }
        }
    }
}
