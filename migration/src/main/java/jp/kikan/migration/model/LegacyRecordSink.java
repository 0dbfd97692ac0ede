package jp.kikan.migration.model;

/**
 * Receives the accepted records of a run, file by file in the run's order (世帯, 住民, 住登外者, 異動履歴) and line
 * order within a file. Only records that passed every check reach it; rejected ones are in the run report. The loader
 * implements this; every method defaults to ignoring the record.
 */
public interface LegacyRecordSink {

    default void household(LegacyHousehold household) {}

    default void resident(LegacyResident resident) {}

    default void nonResident(LegacyNonResident nonResident) {}

    default void history(LegacyHistoryRow row) {}
}
