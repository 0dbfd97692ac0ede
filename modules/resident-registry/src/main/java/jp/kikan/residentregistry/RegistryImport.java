package jp.kikan.residentregistry;

import java.util.List;

/**
 * データ移行 into the registry: stores migrated versions in bulk for the bound tenant, in one transaction per batch.
 * Re-running a batch is a no-op; a person already in the registry from elsewhere (entered through the API, or by
 * another batch) is refused, never overwritten.
 */
public interface RegistryImport {

    /**
     * Stores {@code versions} (all versions of each person they name, one batch) in one transaction.
     *
     * @return what was stored, what was already there from the same batch, and the persons refused
     */
    Outcome load(String batchId, List<ImportedVersion> versions);

    /** A person refused by the load, with the reason in Japanese. */
    record Refusal(String atenabango, String source, String code, String reason) {}

    /**
     * @param inserted  versions stored now
     * @param unchanged versions already stored by an earlier run of the same batch (a re-run)
     * @param refused   persons not stored, with the reason
     */
    record Outcome(int inserted, int unchanged, List<Refusal> refused) {}
}
