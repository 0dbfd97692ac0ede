package jp.kikan.migration.validation;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import jp.kikan.migration.reader.MalformedFileException;
import jp.kikan.migration.reader.RecordReader;
import jp.kikan.migration.reader.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * The records of one file with their checks, in file order: this thread reads chunks of records ahead, a pool checks
 * them ({@link RecordValidator#check} is a function of the record alone), and {@link #next} hands them on in the order
 * read. Whatever keeps state across records (duplicates, references, the sink) stays on the consumer's thread.
 *
 * <p>When the reader fails part-way ({@link MalformedFileException}), every record read before the failure is still
 * handed on, then {@link #next} throws the failure.
 */
final class CheckedReader {

    /** Records per chunk handed to the pool. */
    private static final int CHUNK = 512;

    /** A record and its check. */
    record Checked(SourceRecord source, CheckedRecord checked) {}

    private record Chunk(
            List<SourceRecord> records,
            long bytesRead,
            @Nullable MalformedFileException failure) {}

    private record Done(Chunk chunk, List<CheckedRecord> checked) {}

    private final RecordReader reader;
    private final RecordValidator records;
    private final RecordValidator.Binding binding;
    private final ExecutorService pool;
    private final int ahead;
    private final ArrayDeque<Future<Done>> pending = new ArrayDeque<>();
    private @Nullable Done current;
    private int index;
    private boolean exhausted;
    private long bytesRead;

    /**
     * @param ahead chunks read and being checked ahead of the consumer
     */
    CheckedReader(
            RecordReader reader,
            RecordValidator records,
            RecordValidator.Binding binding,
            ExecutorService pool,
            int ahead) {
        this.reader = reader;
        this.records = records;
        this.binding = binding;
        this.pool = pool;
        this.ahead = ahead;
    }

    /** The next record with its check, or null at the end of the file. */
    @Nullable
    Checked next() throws IOException {
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
    long bytesRead() {
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
                    checked.add(records.check(binding, r));
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
