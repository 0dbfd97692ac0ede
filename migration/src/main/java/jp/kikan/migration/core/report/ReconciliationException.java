package jp.kikan.migration.core.report;

/**
 * The counts of a run do not add up (read ≠ accepted + rejected, or the loader received a different number of records
 * than were accepted). Always a bug: the run must not be trusted. Carries the report so that it can still be written
 * for diagnosis.
 */
public class ReconciliationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient RunReport report;

    public ReconciliationException(String message, RunReport report) {
        super(message);
        this.report = report;
    }

    public RunReport report() {
        return report;
    }
}
