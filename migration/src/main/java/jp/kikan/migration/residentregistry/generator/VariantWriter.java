package jp.kikan.migration.residentregistry.generator;

import java.io.Closeable;
import java.io.IOException;
import jp.kikan.migration.residentregistry.model.DataGroup;

/** Writes the records of one variant of a synthetic set (CSV or fixed width) into its folder. */
interface VariantWriter extends Closeable {

    /** {@code csv} or {@code fixed}. */
    String format();

    /** The encoding's label. */
    String encoding();

    String fileName(DataGroup group);

    /** The 1-based line of the record with this 0-based index in its file. */
    long line(long index);

    void write(GeneratedRecord record) throws IOException;
}
