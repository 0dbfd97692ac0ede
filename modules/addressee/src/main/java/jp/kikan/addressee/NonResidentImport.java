package jp.kikan.addressee;

import java.util.List;

/**
 * データ移行 of 住登外者 (住登外者宛名番号管理, 業務 031): stores migrated 住登外者 in bulk for the bound tenant, in the
 * caller's transaction (one per batch), keeping their legacy 住登外者宛名番号 and keeping the numbering sequence above
 * them.
 *
 * <p>Batch ids and re-runs work as in the resident registry's import: {@code <run>/<number>}, everything before the
 * last {@code /} names the run. A 住登外者 stored by the same run with the same content (digest) is {@code unchanged};
 * with other content it is refused ({@code changed-after-import}); a number already given to someone else (by the
 * API or by another run) is refused ({@code already-numbered}); a number not beginning with 8 is refused
 * ({@code resident-pool}): that pool belongs to the resident registry.
 */
public interface NonResidentImport {

    /** Stores {@code persons} (one batch). */
    Outcome load(String batchId, List<ImportedNonResident> persons);

    /** After a bulk import, outside any transaction: refreshes the database's statistics of the 住登外者 table. */
    void refreshStatistics();

    /**
     * A 住登外者 refused by the load.
     *
     * @param code   stable code: {@code already-numbered}, {@code changed-after-import}, {@code resident-pool}
     * @param reason Japanese explanation
     */
    record Refusal(String atenabango, String source, String code, String reason) {}

    /**
     * @param inserted         persons stored now
     * @param unchanged        persons already stored, with the same content, by the same run
     * @param refused          persons not stored, with the reason
     * @param unchangedPersons the 宛名番号 of the unchanged persons
     */
    record Outcome(int inserted, int unchanged, List<Refusal> refused, List<String> unchangedPersons) {

        public Outcome {
            refused = List.copyOf(refused);
            unchangedPersons = List.copyOf(unchangedPersons);
        }
    }
}
