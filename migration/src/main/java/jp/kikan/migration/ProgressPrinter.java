package jp.kikan.migration;

import java.io.PrintStream;
import java.util.Locale;
import jp.kikan.migration.core.validation.ProgressListener;

/** Prints records/s, MB/s and the remaining time on stderr, at most once a second. */
public final class ProgressPrinter implements ProgressListener {

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastPrint;

    public ProgressPrinter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void progress(String phase, String file, long records, long bytesDone, long bytesTotal) {
        long now = System.nanoTime();
        if (now - lastPrint < 1_000_000_000L && !"file".equals(phase)) {
            return;
        }
        lastPrint = now;
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        double bytesPerSecond = bytesDone / seconds;
        long remaining = bytesPerSecond > 0 ? (long) ((bytesTotal - bytesDone) / bytesPerSecond) : 0;
        err.printf(
                Locale.ROOT,
                "%-6s %-16s %,12d records  %,10.0f records/s  %6.1f MB/s  %3.0f%%  ETA %ds%n",
                phase,
                file,
                records,
                records / seconds,
                bytesPerSecond / 1e6,
                bytesTotal > 0 ? 100.0 * bytesDone / bytesTotal : 100.0,
                remaining);
    }
}
