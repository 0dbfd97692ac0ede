package jp.kikan.migration.core.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The counts of one file.
 *
 * @param read              records read (not the header, not empty lines)
 * @param accepted          records that passed every check (and, after a load, were stored now or before)
 * @param rejected          records rejected by a check or refused by the load (each once, whatever the reasons)
 * @param duplicates        rejected records that duplicate another: {@code duplicate-key} or {@code duplicate-suspected}
 *     within the set, or a load refusal for data already in Kikan ({@link #DUPLICATE_CODES})
 * @param emitted           records handed to the loader; null when the run had no loader (validation only)
 * @param load              what the loader did with the records handed to it (those it refused are counted as
 *     rejected, no longer as accepted); null without a load
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
        @Nullable LoadCounts load,
        SortedMap<String, Long> rejectedByReason,
        SortedMap<String, Long> normalisations,
        List<String> notices,
        @Nullable String error) {

    public FileReport {
        rejectedByReason = new TreeMap<>(rejectedByReason);
        normalisations = new TreeMap<>(normalisations);
        notices = List.copyOf(notices);
    }

    /** The reason codes that make a rejected record a duplicate (of a record in the set, or of data in Kikan). */
    public static final Set<String> DUPLICATE_CODES = Set.of(
            "duplicate-key", "duplicate-suspected", "already-in-registry", "already-numbered", "duplicate-my-number");

    /**
     * read = accepted + rejected; with a loader, emitted = accepted (+ refused by the load); after a load, accepted =
     * inserted + unchanged.
     */
    public boolean reconciled() {
        long refused = load == null ? 0 : load.refused();
        return read == accepted + rejected
                && (emitted == null || emitted == accepted + refused)
                && (load == null || load.inserted() + load.unchanged() == accepted);
    }

    /**
     * This file after its load: the refused records move from accepted to rejected, their reasons and duplicates
     * added.
     *
     * @param refusedByReason code → refused records with that reason
     * @param duplicates      refused records that duplicate data already in Kikan
     */
    public FileReport withLoad(LoadCounts counts, Map<String, Long> refusedByReason, long duplicates) {
        TreeMap<String, Long> reasons = new TreeMap<>(rejectedByReason);
        refusedByReason.forEach((code, n) -> reasons.merge(code, n, Long::sum));
        return new FileReport(
                file,
                group,
                format,
                encoding,
                layout,
                read,
                accepted - counts.refused(),
                rejected + counts.refused(),
                this.duplicates + duplicates,
                emptyLines,
                emitted,
                counts,
                reasons,
                normalisations,
                notices,
                error);
    }
}
