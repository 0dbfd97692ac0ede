package jp.kikan.migration.residentregistry.reader;

import java.io.IOException;
import java.nio.file.Path;
import jp.kikan.migration.core.reader.CsvRecordReader;
import jp.kikan.migration.core.reader.FixedWidthLayout;
import jp.kikan.migration.core.reader.FixedWidthRecordReader;
import jp.kikan.migration.core.reader.RecordReader;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.residentregistry.model.DataGroup;
import org.jspecify.annotations.Nullable;

/**
 * One file of a legacy set: its data group, encoding and, for a fixed-width file, its layout (CSV otherwise).
 *
 * @param layoutName the layout file's name, for the report; null for CSV
 */
public record LegacyFile(
        Path path,
        DataGroup group,
        SourceEncoding encoding,
        @Nullable FixedWidthLayout layout,
        @Nullable String layoutName) {

    public String name() {
        return path.getFileName().toString();
    }

    /** {@code csv} or {@code fixed}. */
    public String format() {
        return layout == null ? "csv" : "fixed";
    }

    public RecordReader open() throws IOException {
        FixedWidthLayout l = layout;
        return l == null ? new CsvRecordReader(path, encoding) : new FixedWidthRecordReader(path, l);
    }
}
