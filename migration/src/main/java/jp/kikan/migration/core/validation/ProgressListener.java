package jp.kikan.migration.core.validation;

/** Told about a run's progress now and then (every few thousand records and at each file's end). */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (phase, file, records, bytesDone, bytesTotal) -> {};

    /**
     * Reports progress.
     *
     * @param phase      {@code check} (first pass) or {@code emit} (second pass, handing records to the loader)
     * @param records    records read so far in the run
     * @param bytesDone  bytes read so far over all passes
     * @param bytesTotal bytes the run will read over all passes
     */
    void progress(String phase, String file, long records, long bytesDone, long bytesTotal);
}
