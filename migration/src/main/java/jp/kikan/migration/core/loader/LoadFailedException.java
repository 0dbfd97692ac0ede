package jp.kikan.migration.core.loader;

/**
 * A batch could not be stored (the database failed, or the run was stopped). The batches before it are committed; the
 * run started again under the same name finds them stored and goes on from there.
 */
public class LoadFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String batchId;

    public LoadFailedException(String batchId, Throwable cause) {
        super("バッチ " + batchId + " を格納できませんでした（それより前のバッチは格納済みです。同じ移行名で再実行すると続きから格納します）: " + cause, cause);
        this.batchId = batchId;
    }

    /** The batch that failed. */
    public String batchId() {
        return batchId;
    }
}
