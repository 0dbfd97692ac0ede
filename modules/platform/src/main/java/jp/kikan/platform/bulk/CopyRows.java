package jp.kikan.platform.bulk;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's COPY text format, built field by field: {@code null} is {@code \N}, and backslash, tab, newline
 * and carriage return are escaped, so no value can break a row or a field.
 */
public final class CopyRows {

    private final StringBuilder text;
    private int rows;
    private boolean rowOpen;

    /** Room for about {@code rows} rows of {@code charsPerRow} characters. */
    public CopyRows(int rows, int charsPerRow) {
        this.text = new StringBuilder(Math.max(16, rows * charsPerRow));
    }

    /** The next field of the current row (a row starts with its first field). */
    public CopyRows field(@Nullable Object value) {
        if (rowOpen) {
            text.append('\t');
        }
        rowOpen = true;
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof LocalDate || value instanceof Number) {
            text.append(value);
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** Ends the current row. */
    public CopyRows endRow() {
        if (!rowOpen) {
            throw new IllegalStateException("a row needs at least one field");
        }
        text.append('\n');
        rowOpen = false;
        rows++;
        return this;
    }

    /** Rows ended so far. */
    public int rows() {
        return rows;
    }

    /** The COPY text of the rows ended so far. */
    public String text() {
        if (rowOpen) {
            throw new IllegalStateException("the last row is not ended");
        }
        return text.toString();
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
