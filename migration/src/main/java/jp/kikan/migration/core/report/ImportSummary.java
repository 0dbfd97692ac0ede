package jp.kikan.migration.core.report;

/**
 * The load of a run (an import, not a validation only).
 *
 * @param tenant            団体コード the run stored into
 * @param run               the run's name (its batch ids are {@code <run>/<number>})
 * @param batchSize         persons per batch (one transaction each)
 * @param batches           batches loaded
 * @param records           records over all files: stored now, already stored by the same run, refused
 * @param versionsInserted  住民票 versions stored now
 * @param versionsUnchanged 住民票 versions already stored by the same run
 */
public record ImportSummary(
        String tenant,
        String run,
        int batchSize,
        int batches,
        LoadCounts records,
        long versionsInserted,
        long versionsUnchanged) {}
