package jp.kikan.migration.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The report of one run.
 *
 * @param startedAt  ISO instant of the start: the only value that differs between two runs over the same input
 * @param input      the folder's name
 * @param complete   false when a file could not be read to its end (see {@link FileReport#error()})
 * @param reconciled true when every file reconciles ({@link FileReport#reconciled()}); a run that does not is a bug
 *     and fails with {@link ReconciliationException}
 * @param load       the load of an import run (tenant, run name, batches, what was stored); null for a validation
 * @param notes      fixed Japanese notes on what the checks (and the load) rest on (code lists to be verified …)
 * @param rejections every rejected record, by file (in the run's order) and line
 */
public record RunReport(
        int reportVersion,
        String tool,
        String startedAt,
        String input,
        boolean complete,
        boolean reconciled,
        Totals totals,
        @Nullable ImportSummary load,
        List<FileReport> files,
        List<String> notes,
        List<Rejection> rejections) {

    public static final int VERSION = 1;

    public RunReport {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        rejections = List.copyOf(rejections);
    }

    /** Totals, completeness and reconciliation computed from the files; rejections sorted. */
    public static RunReport of(
            String startedAt, String input, List<FileReport> files, List<String> notes, List<Rejection> rejections) {
        return of(startedAt, input, null, files, notes, rejections);
    }

    private static RunReport of(
            String startedAt,
            String input,
            @Nullable ImportSummary load,
            List<FileReport> files,
            List<String> notes,
            List<Rejection> rejections) {
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        long duplicates = 0;
        boolean complete = true;
        boolean reconciled = true;
        for (FileReport f : files) {
            read += f.read();
            accepted += f.accepted();
            rejected += f.rejected();
            duplicates += f.duplicates();
            complete &= f.error() == null;
            reconciled &= f.reconciled();
        }
        List<String> order = files.stream().map(FileReport::file).toList();
        List<Rejection> sorted = rejections.stream()
                .sorted(Comparator.comparingInt((Rejection r) -> order.indexOf(r.file()))
                        .thenComparing(Rejection::file)
                        .thenComparingLong(Rejection::line))
                .toList();
        long listed = sorted.size();
        reconciled &= listed == rejected;
        reconciled &=
                sorted.stream().map(r -> r.file() + ":" + r.line()).distinct().count() == listed;
        if (load != null) {
            long inserted = 0;
            long unchanged = 0;
            long refused = 0;
            for (FileReport f : files) {
                LoadCounts counts = f.load();
                if (counts != null) {
                    inserted += counts.inserted();
                    unchanged += counts.unchanged();
                    refused += counts.refused();
                }
            }
            reconciled &= load.records().equals(new LoadCounts(inserted, unchanged, refused));
        }
        return new RunReport(
                VERSION,
                "kikan-migration",
                startedAt,
                input,
                complete,
                reconciled,
                new Totals(read, accepted, rejected, duplicates),
                load,
                files,
                notes,
                sorted);
    }

    /**
     * This validation report after its load: each file's refused records move from accepted to rejected (listed with
     * their file, line and reason), its inserted and unchanged records are counted, and everything reconciles again.
     *
     * @param stored      file → records stored now and records found stored by the same run (refused ones are the
     *     file's {@code refusals})
     * @param refusals    the records the load refused, each with its reasons
     * @param loadNotes   notes on what the load rests on, appended to the notes
     */
    public RunReport withLoad(
            ImportSummary summary, Map<String, long[]> stored, List<Rejection> refusals, List<String> loadNotes) {
        List<FileReport> loaded = new ArrayList<>();
        for (FileReport f : files) {
            long[] counts = stored.getOrDefault(f.file(), new long[2]);
            TreeMap<String, Long> reasons = new TreeMap<>();
            long refused = 0;
            long duplicates = 0;
            for (Rejection r : refusals) {
                if (r.file().equals(f.file())) {
                    refused++;
                    Set<String> codes = new TreeSet<>();
                    r.problems().forEach(p -> codes.add(p.code()));
                    codes.forEach(c -> reasons.merge(c, 1L, Long::sum));
                    if (codes.stream().anyMatch(FileReport.DUPLICATE_CODES::contains)) {
                        duplicates++;
                    }
                }
            }
            loaded.add(f.withLoad(new LoadCounts(counts[0], counts[1], refused), reasons, duplicates));
        }
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(refusals);
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.addAll(loadNotes);
        return of(startedAt, input, summary, loaded, allNotes, all);
    }
}
