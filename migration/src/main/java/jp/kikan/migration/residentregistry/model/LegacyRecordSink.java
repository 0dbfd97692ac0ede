package jp.kikan.migration.residentregistry.model;

/**
 * Receives the accepted records of a run: the 世帯, then the 住登外者, then each 住民 immediately followed by its own
 * 異動履歴 rows (when the set has both files; a history file without a 住民 file comes last on its own), each file in
 * line order. So a loader has a resident's whole history when the next resident begins. Only records that passed every
 * check reach it; rejected ones are in the run report. The loader implements this; every method defaults to ignoring
 * the record.
 */
public interface LegacyRecordSink {

    default void household(LegacyHousehold household) {}

    default void resident(LegacyResident resident) {}

    default void nonResident(LegacyNonResident nonResident) {}

    default void history(LegacyHistoryRow row) {}
}
