package jp.kikan.migration.core.validation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import jp.kikan.migration.core.reader.MalformedFileException;
import jp.kikan.migration.core.reader.RecordReader;
import jp.kikan.migration.core.reader.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * The records of one file with their checks, in file order: this thread reads chunks of records ahead, a pool checks
 * them (the business's record check, a function of the record alone), and {@link #next} hands them on in the order
 * read. Whatever keeps state across records (duplicates, references, the sink) stays on the consumer's thread.
 *
 * <p>When the reader fails part-way ({@link MalformedFileException}), every record read before the failure is still
 * handed on, then {@link #next} throws the failure.
 */
public final class CheckedReader {

    /** Records per chunk handed to the pool. */
    private static final int CHUNK = 512;

    /** A record and its check. */
    public record Checked(SourceRecord source, CheckedRecord checked) {}

    private record Chunk(
            List<SourceRecord> records,
            long bytesRead,
            @Nullable MalformedFileException failure) {}

    private record Done(Chunk chunk, List<CheckedRecord> checked) {}

    private final RecordReader reader;
    private final Function<SourceRecord, CheckedRecord> check;
    private final ExecutorService pool;
    private final int ahead;
    private final ArrayDeque<Future<Done>> pending = new ArrayDeque<>();
    private @Nullable Done current;
    private int index;
    private boolean exhausted;
    private long bytesRead;

    /**
     * @param check the check of one record (for 住民記録, {@code RecordValidator#check} with the file's binding)
     * @param ahead chunks read and being checked ahead of the consumer
     */
    public CheckedReader(
            RecordReader reader, Function<SourceRecord, CheckedRecord> check, ExecutorService pool, int ahead) {
        this.reader = reader;
        this.check = check;
        this.pool = pool;
        this.ahead = ahead;
    }

    /** The next record with its check, or null at the end of the file. */
    @Nullable
    public Checked next() throws IOException {
        while (true) {
            Done done = current;
            if (done != null && index < done.checked().size()) {
                int i = index++;
                bytesRead = done.chunk().bytesRead();
                return new Checked(done.chunk().records().get(i), done.checked().get(i));
            }
            if (done != null && done.chunk().failure() != null) {
                throw done.chunk().failure();
            }
            fill();
            Future<Done> next = pending.poll();
            if (next == null) {
                current = null;
                return null;
            }
            current = await(next);
            index = 0;
        }
    }

    /** Bytes of the file consumed up to the record last handed on (approximately: to the end of its chunk). */
    public long bytesRead() {
        return bytesRead;
    }

    private void fill() throws IOException {
        while (!exhausted && pending.size() < ahead) {
            List<SourceRecord> chunk = new ArrayList<>(CHUNK);
            MalformedFileException failure = null;
            try {
                SourceRecord record;
                while (chunk.size() < CHUNK && (record = reader.next()) != null) {
                    chunk.add(record);
                }
                exhausted = chunk.size() < CHUNK;
            } catch (MalformedFileException e) {
                failure = e;
                exhausted = true;
            }
            Chunk read = new Chunk(chunk, reader.bytesRead(), failure);
            pending.add(pool.submit(() -> {
                List<CheckedRecord> checked = new ArrayList<>(read.records().size());
                for (SourceRecord r : read.records()) {
                    checked.add(check.apply(r));
                }
                return new Done(read, checked);
            }));
        }
    }

    private static Done await(Future<Done> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking records", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IOException(cause);
        }
    }
}
