package jp.kikan.migration.core.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.migration.core.text.StrictDecoder;
import org.jspecify.annotations.Nullable;

/**
 * Reads a fixed-width legacy file by its {@link FixedWidthLayout}: each record's bytes are sliced at the layout's byte
 * offsets first and each slice decoded on its own, so a full-width character cut by a wrong offset shows up as
 * undecodable bytes where it was cut instead of shifting every later item. Padding spaces (ASCII and U+3000) are
 * removed at both ends. A record whose length differs from the layout's is reported ({@code record-length}); empty
 * lines are skipped and counted.
 */
public final class FixedWidthRecordReader implements RecordReader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final String fileName;
    private final FixedWidthLayout layout;
    private final StrictDecoder decoder;
    private final List<String> names;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long bufferBase;
    private byte[] record;
    private long line;
    private long emptyLines;
    private boolean endOfInput;

    public FixedWidthRecordReader(Path path, FixedWidthLayout layout) throws IOException {
        this(Files.newInputStream(path), path.getFileName().toString(), layout);
    }

    public FixedWidthRecordReader(InputStream in, String fileName, FixedWidthLayout layout) {
        this.in = in;
        this.fileName = fileName;
        this.layout = layout;
        this.decoder = new StrictDecoder(layout.encoding());
        this.names = layout.itemNames();
        this.record = new byte[layout.recordLength() + 16];
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> itemNames() {
        return names;
    }

    @Override
    public @Nullable SourceRecord next() throws IOException {
        while (true) {
            long start = bufferBase + position;
            int length = layout.terminator() == FixedWidthLayout.Terminator.LINE ? readLine() : readFixed();
            if (length < 0) {
                return null;
            }
            line++;
            if (length == 0) {
                emptyLines++;
                continue;
            }
            SourceRef source = new SourceRef(fileName, line);
            List<Problem> problems = new ArrayList<>(0);
            if (length != layout.recordLength()) {
                problems.add(new Problem(
                        fileName,
                        line,
                        "",
                        "record-length",
                        "レコード長が " + length + " バイトです（レイアウトでは " + layout.recordLength() + " バイト）"));
            }
            List<StrictDecoder.Undecodable> undecodable = new ArrayList<>(0);
            String[] values = new String[names.size()];
            for (int i = 0; i < values.length; i++) {
                FixedWidthLayout.Item item = layout.items().get(i);
                int from = item.offset();
                int to = Math.min(from + item.length(), length);
                if (from >= length) {
                    values[i] = "";
                    continue;
                }
                String text = decoder.decode(record, from, to - from, start + from, undecodable);
                values[i] = stripPadding(text);
                for (StrictDecoder.Undecodable u : undecodable) {
                    problems.add(
                            new Problem(fileName, line, item.name(), "malformed-bytes", u.message(layout.encoding())));
                }
                undecodable.clear();
            }
            return new SourceRecord(source, names, Arrays.asList(values), problems);
        }
    }

    static String stripPadding(String text) {
        int begin = 0;
        int end = text.length();
        while (begin < end && isPadding(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isPadding(text.charAt(end - 1))) {
            end--;
        }
        return begin == 0 && end == text.length() ? text : text.substring(begin, end);
    }

    private static boolean isPadding(char c) {
        return c == ' ' || c == '\u3000';
    }

    /** Copies the next line (without CR LF) into {@code record}; its length, or -1 at the end. */
    private int readLine() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position >= limit && !refill()) {
                break;
            }
            any = true;
            int lf = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    lf = i;
                    break;
                }
            }
            int end = lf >= 0 ? lf : limit;
            length = append(length, end - position);
            position = lf >= 0 ? lf + 1 : limit;
            if (lf >= 0) {
                break;
            }
        }
        if (!any) {
            return -1;
        }
        if (length > 0 && record[length - 1] == '\r') {
            length--;
        }
        return length;
    }

    /** Copies the next {@code recordLength} bytes (fewer at the end) into {@code record}; -1 at the end. */
    private int readFixed() throws IOException {
        int length = 0;
        while (length < layout.recordLength()) {
            if (position >= limit && !refill()) {
                break;
            }
            int n = Math.min(layout.recordLength() - length, limit - position);
            length = append(length, n);
            position += n;
        }
        return length == 0 ? -1 : length;
    }

    private int append(int length, int n) {
        if (length + n > record.length) {
            record = Arrays.copyOf(record, Math.max(record.length * 2, length + n));
        }
        System.arraycopy(buffer, position, record, length, n);
        return length + n;
    }

    private boolean refill() throws IOException {
        if (endOfInput) {
            return false;
        }
        bufferBase += limit;
        position = 0;
        limit = 0;
        int n = in.readNBytes(buffer, 0, BUFFER);
        if (n <= 0) {
            endOfInput = true;
            return false;
        }
        limit = n;
        return true;
    }

    @Override
    public List<Problem> fileProblems() {
        return List.of();
    }

    @Override
    public long emptyLines() {
        return emptyLines;
    }

    @Override
    public long bytesRead() {
        return bufferBase + position;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
