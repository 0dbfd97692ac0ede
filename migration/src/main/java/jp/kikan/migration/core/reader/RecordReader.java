package jp.kikan.migration.core.reader;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import jp.kikan.migration.core.model.Problem;
import org.jspecify.annotations.Nullable;

/** Pulls the records of one legacy file in order, one at a time. */
public interface RecordReader extends Closeable {

    /** The file name, as records name it. */
    String fileName();

    /** The item names: the CSV header row as written (trimmed), or the layout's items. */
    List<String> itemNames();

    /**
     * The next record, or null at the end.
     *
     * @throws MalformedFileException when the file cannot be read on (e.g. an unclosed CSV quote)
     */
    @Nullable
    SourceRecord next() throws IOException;

    /** Problems of the file itself (e.g. undecodable bytes in the header row). */
    List<Problem> fileProblems();

    /** Empty lines skipped so far (not records). */
    long emptyLines();

    /** Bytes consumed so far, for progress. */
    long bytesRead();
}
