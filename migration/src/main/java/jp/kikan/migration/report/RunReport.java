package jp.kikan.migration.report;

import java.util.Comparator;
import java.util.List;

/**
 * The report of one run.
 *
 * @param startedAt  ISO instant of the start: the only value that differs between two runs over the same input
 * @param input      the folder's name
 * @param complete   false when a file could not be read to its end (see {@link FileReport#error()})
 * @param reconciled true when every file reconciles ({@link FileReport#reconciled()}); a run that does not is a bug
 *     and fails with {@link ReconciliationException}
 * @param notes      fixed Japanese notes on what the checks rest on (code lists to be verified …)
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
        return new RunReport(
                VERSION,
                "kikan-migration",
                startedAt,
                input,
                complete,
                reconciled,
                new Totals(read, accepted, rejected, duplicates),
                files,
                notes,
                sorted);
    }
}
