package jp.kikan.migration.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import jp.kikan.migration.ProgressPrinter;
import jp.kikan.migration.core.loader.LoadFailedException;
import jp.kikan.migration.core.report.ReconciliationException;
import jp.kikan.migration.core.report.ReportWriter;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.loader.LoadingSink;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.security.StaffUser;
import org.springframework.core.env.PropertyResolver;

/**
 * The import from the command line of the application jar: options from the properties {@code
 * kikan.migration.import.*} ({@code folder}, {@code tenant}, {@code run-name}, {@code encoding}, {@code report},
 * {@code batch-size}, {@code parallel-batches}, {@code quiet}, and {@code operator}: the name the audit records give
 * as the actor, {@code cli:<name>}, by default the operating-system user's), progress on stderr, {@code report.json}
 * and {@code report.md} in the report folder, a summary on stdout, and an exit code like {@code validate}'s: 0 every
 * record stored, 1 some rejected, 2 a file could not be read to its end (nothing stored), 3 the counts do not
 * reconcile, 4 a batch could not be stored (the ones before it are; run again), 64 usage error.
 */
public final class MigrationCommand {

    static final String PREFIX = "kikan.migration.import.";

    /** The audit actor of a command-line run: this, then the operator's name. */
    static final String OPERATOR_PREFIX = "cli:";

    static final int OK = 0;
    static final int REJECTIONS = 1;
    static final int INCOMPLETE = 2;
    static final int NOT_RECONCILED = 3;
    static final int LOAD_FAILED = 4;
    static final int USAGE = 64;

    private final MigrationImports imports;

    public MigrationCommand(MigrationImports imports) {
        this.imports = imports;
    }

    /** Runs the import the properties describe; returns the exit code. */
    public int execute(PropertyResolver properties, PrintStream out, PrintStream err) {
        String folder = properties.getProperty(PREFIX + "folder", "");
        String tenant = properties.getProperty(PREFIX + "tenant", "");
        String run = properties.getProperty(PREFIX + "run-name", "");
        if (folder.isBlank() || tenant.isBlank() || run.isBlank()) {
            err.println("error: --" + PREFIX + "folder, --" + PREFIX + "tenant and --" + PREFIX
                    + "run-name are required (see migration/README.md)");
            return USAGE;
        }
        MigrationImports.Request request;
        try {
            request = new MigrationImports.Request(
                    tenant,
                    Path.of(folder),
                    SourceEncoding.of(properties.getProperty(PREFIX + "encoding", "UTF-8")),
                    run,
                    Integer.parseInt(properties.getProperty(
                            PREFIX + "batch-size", Integer.toString(LoadingSink.DEFAULT_BATCH_SIZE))),
                    Integer.parseInt(properties.getProperty(
                            PREFIX + "parallel-batches", Integer.toString(LoadingSink.DEFAULT_PARALLEL_BATCHES))));
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        Path reports = Path.of(properties.getProperty(
                PREFIX + "report", Path.of("migration-report", run).toString()));
        boolean quiet = Boolean.parseBoolean(properties.getProperty(PREFIX + "quiet", "false"));
        ProgressListener progress = quiet ? ProgressListener.NONE : new ProgressPrinter(err);
        String name = properties
                .getProperty(PREFIX + "operator", System.getProperty("user.name", ""))
                .strip();
        if (name.isEmpty()) {
            err.println("error: --" + PREFIX + "operator is required when the operating-system user is unknown");
            return USAGE;
        }
        StaffUser operator = new StaffUser(OPERATOR_PREFIX + name, name, tenant, Set.of("migration:operator"));
        return CurrentStaff.callAs(operator, () -> run(request, reports, progress, out, err));
    }

    /** The import on behalf of the operator; its exit code. */
    private int run(
            MigrationImports.Request request,
            Path reports,
            ProgressListener progress,
            PrintStream out,
            PrintStream err) {
        long start = System.nanoTime();
        RunReport report;
        try {
            report = imports.run(request, progress);
        } catch (ImportRefusedException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (ReconciliationException e) {
            write(e.report(), reports, err);
            err.println("error: " + e.getMessage());
            return NOT_RECONCILED;
        } catch (LoadFailedException e) {
            err.println("error: " + e.getMessage());
            return LOAD_FAILED;
        } catch (IOException e) {
            err.println("error: " + e);
            return INCOMPLETE;
        }
        Path json = write(report, reports, err);
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        var load = report.load();
        out.printf(
                Locale.ROOT,
                "read %d, accepted %d (stored now %d, already stored %d), rejected %d (duplicates %d) in %.1f s,"
                        + " %.0f records/s → %s and report.md%n",
                report.totals().read(),
                report.totals().accepted(),
                load == null ? 0 : load.records().inserted(),
                load == null ? 0 : load.records().unchanged(),
                report.totals().rejected(),
                report.totals().duplicates(),
                seconds,
                report.totals().read() / seconds,
                json);
        if (!report.complete()) {
            report.files().stream()
                    .filter(f -> f.error() != null)
                    .forEach(f -> err.println("error: " + f.file() + ": " + f.error() + " (nothing stored)"));
            return INCOMPLETE;
        }
        return report.totals().rejected() > 0 ? REJECTIONS : OK;
    }

    private static Path write(RunReport report, Path folder, PrintStream err) {
        try {
            return ReportWriter.write(report, folder);
        } catch (IOException e) {
            err.println("error: cannot write the report to " + folder + ": " + e);
            return folder.resolve("report.json");
        }
    }
}
