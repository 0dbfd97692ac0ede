package jp.kikan.migration.report;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The counts of one file.
 *
 * @param read              records read (not the header, not empty lines)
 * @param accepted          records that passed every check
 * @param rejected          records rejected (each once, whatever the number of reasons)
 * @param duplicates        rejected records with a {@code duplicate-key} or {@code duplicate-suspected} reason
 * @param emitted           records handed to the loader; null when the run had no loader (validation only)
 * @param rejectedByReason  code → records with that reason (a record with two reasons counts under both)
 * @param normalisations    normalisation code → fields changed
 * @param notices           Japanese notices about the file (columns, header)
 * @param error             why reading stopped before the end, or null when the file was read to its end
 */
public record FileReport(
        String file,
        String group,
        String format,
        String encoding,
        @Nullable String layout,
        long read,
        long accepted,
        long rejected,
        long duplicates,
        long emptyLines,
        @Nullable Long emitted,
        SortedMap<String, Long> rejectedByReason,
        SortedMap<String, Long> normalisations,
        List<String> notices,
        @Nullable String error) {

    public FileReport {
        rejectedByReason = new TreeMap<>(rejectedByReason);
        normalisations = new TreeMap<>(normalisations);
        notices = List.copyOf(notices);
    }

    /** read = accepted + rejected, and emitted = accepted when there was a loader. */
    public boolean reconciled() {
        return read == accepted + rejected && (emitted == null || emitted == accepted);
    }
}
