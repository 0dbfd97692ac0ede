package jp.kikan.residentregistry;

import java.util.List;

/**
 * データ移行 into the registry: stores migrated versions in bulk for the bound tenant, in one transaction per batch.
 *
 * <p>A batch id is {@code <run>/<number>} ({@link #batchId(String, int)}): everything before the last {@code /} names
 * the import run, which an operator repeats under the same name after an interruption or with a corrected file. Each
 * person's versions carry a digest of their content (all but batch id and source). A person already stored by any
 * batch of the same run is {@code unchanged} when the digest is the same (a re-run is a no-op, also when corrected
 * records before it moved it into another batch), and refused ({@code changed-after-import}) when it differs: a
 * migrated person is never overwritten. A person already in the registry from elsewhere (entered through the API, or
 * stored by another run) is refused ({@code already-in-registry}).
 */
public interface RegistryImport {

    /** The separator between run name and batch number in a batch id. */
    String RUN_SEPARATOR = "/";

    /** The batch id of batch {@code number} of run {@code run}, e.g. {@code wakaba-2026/000017}. */
    static String batchId(String run, int number) {
        return run + RUN_SEPARATOR + String.format("%06d", number);
    }

    /** The run a batch id belongs to: the part before the last {@code /}, or the whole id without one. */
    static String runOf(String batchId) {
        int slash = batchId.lastIndexOf(RUN_SEPARATOR);
        return slash < 0 ? batchId : batchId.substring(0, slash);
    }

    /**
     * Stores {@code versions} (all versions of each person they name, one batch) in one transaction.
     *
     * @return what was stored, what was already there from the same run, and the persons refused
     */
    Outcome load(String batchId, List<ImportedVersion> versions);

    /**
     * After a bulk import, outside any transaction: refreshes the database's statistics of the registry's table
     * (ANALYZE), so that queries plan for the rows just imported at once rather than for the table before it (autovacuum
     * would do it only later; until then an as-of query on a freshly imported registry can take seconds).
     */
    void refreshStatistics();

    /**
     * A person refused by the load.
     *
     * @param source where the person's first version came from (for the report)
     * @param code   stable code: {@code already-in-registry}, {@code changed-after-import}, {@code non-resident-pool},
     *     {@code duplicate-my-number}
     * @param reason Japanese explanation
     */
    record Refusal(String atenabango, String source, String code, String reason) {}

    /**
     * @param inserted         versions stored now
     * @param unchanged        versions already stored, with the same content, by an earlier batch of the same run
     * @param refused          persons not stored, with the reason
     * @param unchangedPersons the 宛名番号 of the persons whose versions were {@code unchanged}
     */
    record Outcome(int inserted, int unchanged, List<Refusal> refused, List<String> unchangedPersons) {

        public Outcome {
            refused = List.copyOf(refused);
            unchangedPersons = List.copyOf(unchangedPersons);
        }
    }
}
