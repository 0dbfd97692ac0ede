package jp.kikan.platform.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A framed table: a listing with a header row repeated on every page it spans, or a 項目 | 内容 table without header
 * and with the 項目 column shaded. Rows move to the next page whole; a row taller than a page is split between lines.
 */
record TableBlock(
        List<Column> columns, List<List<String>> rows, boolean header, boolean shadeFirstColumn, String location)
        implements Block {

    static final float SIZE = 10f;
    static final float LEADING = SIZE * 1.4f;
    static final float PADDING = 4f;
    static final float GAP_AFTER = 10f;

    TableBlock {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns.size()) {
                throw new IllegalArgumentException("Row " + (r + 1) + " of " + location + " has "
                        + rows.get(r).size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    @Override
    public void check(GlyphCheck check) {
        for (Column column : columns) {
            if (header) {
                check.check(column.header(), location + ", header " + column.header());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                check.check(rows.get(r).get(c), location + ", row " + (r + 1) + ", column " + columnName(c));
            }
        }
    }

    @Override
    public void draw(Pages pages) throws IOException {
        float[] widths = columnWidths(pages.width());
        List<List<String>> headerCells = header
                ? wrap(pages, widths, columns.stream().map(Column::header).toList())
                : List.of();
        float headerHeight = header ? height(lineCount(headerCells, 0)) : 0;
        List<List<List<String>>> wrappedRows = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            wrappedRows.add(wrap(pages, widths, row));
        }
        float firstRow = wrappedRows.isEmpty() ? height(1) : height(lineCount(wrappedRows.get(0), 0));
        pages.reserve(headerHeight + Math.min(firstRow, pages.pageBody() - headerHeight));
        boolean topOfPage = pages.fresh();
        drawHeader(pages, widths, headerCells);
        for (List<List<String>> cells : wrappedRows) {
            int offset = 0;
            while (true) {
                int remaining = lineCount(cells, offset);
                if (height(remaining) <= pages.available()) {
                    drawRow(pages, widths, cells, offset, remaining, false);
                    break;
                }
                int fit = (int) ((pages.available() - 2 * PADDING) / LEADING);
                boolean fitsFreshPage = height(remaining) <= pages.pageBody() - headerHeight;
                if (fit < 1 && topOfPage) {
                    throw new IllegalStateException("The header of " + location + " leaves no room on a page");
                }
                if (fit >= 1 && (topOfPage || !fitsFreshPage)) {
                    drawRow(pages, widths, cells, offset, fit, false);
                    offset += fit;
                }
                pages.newPage();
                drawHeader(pages, widths, headerCells);
                topOfPage = true;
            }
            topOfPage = false;
        }
        if (GAP_AFTER <= pages.available()) {
            pages.down(GAP_AFTER);
        }
    }

    private String columnName(int c) {
        String name = columns.get(c).header();
        return name.isBlank() ? String.valueOf(c + 1) : name;
    }

    private float[] columnWidths(float tableWidth) {
        float total = 0;
        for (Column column : columns) {
            total += column.weight();
        }
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = tableWidth * columns.get(c).weight() / total;
        }
        return widths;
    }

    private static List<List<String>> wrap(Pages pages, float[] widths, List<String> texts) {
        List<List<String>> cells = new ArrayList<>(texts.size());
        for (int c = 0; c < texts.size(); c++) {
            cells.add(pages.wrap(texts.get(c), widths[c] - 2 * PADDING, SIZE));
        }
        return cells;
    }

    private static int lineCount(List<List<String>> cells, int offset) {
        int max = 1;
        for (List<String> lines : cells) {
            max = Math.max(max, lines.size() - offset);
        }
        return max;
    }

    private static float height(int lines) {
        return lines * LEADING + 2 * PADDING;
    }

    private void drawHeader(Pages pages, float[] widths, List<List<String>> headerCells) throws IOException {
        if (header) {
            drawRow(pages, widths, headerCells, 0, lineCount(headerCells, 0), true);
        }
    }

    private void drawRow(Pages pages, float[] widths, List<List<String>> cells, int offset, int lines, boolean isHeader)
            throws IOException {
        float top = pages.y();
        float h = height(lines);
        float x = pages.left();
        for (int c = 0; c < cells.size(); c++) {
            pages.cell(x, top, widths[c], h, isHeader || (shadeFirstColumn && c == 0));
            List<String> cell = cells.get(c);
            for (int i = 0; i < lines && offset + i < cell.size(); i++) {
                pages.text(cell.get(offset + i), x + PADDING, top - PADDING - i * LEADING, SIZE, LEADING);
            }
            x += widths[c];
        }
        pages.down(h);
    }
}
