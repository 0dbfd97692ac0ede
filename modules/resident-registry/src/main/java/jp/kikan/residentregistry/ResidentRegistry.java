package jp.kikan.residentregistry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * 住民記録 for other businesses: what the registry said about a person or a household on a date (賦課期日, 基準日,
 * the month of a benefit), as known at a time. Reads are for the bound tenant and are recorded in the audit log
 * under the calling business's purpose.
 */
public interface ResidentRegistry {

    /**
     * The record of {@code atenabango} in force on {@code date} as known at {@code knownAt}; empty when the person was
     * not on the registry then (not yet entered, or unknown).
     */
    Optional<ResidentSnapshot> find(String atenabango, LocalDate date, Instant knownAt);

    /**
     * The records of many persons in force on {@code date} as known at {@code knownAt}, for one run of one purpose
     * (当初課税, 賦課, 支払, 定時登録 …): handed to {@code sink} in 宛名番号 order, read {@value #BATCH} at a time, so a
     * run over the whole register costs a few queries per thousand people, not one per person. Persons not on the
     * registry on {@code date} are passed over. The run is recorded as one audit entry under {@code purpose}, listing
     * every person read (the list is kept with the entry; its digest is in the chain).
     *
     * @return how many records were handed to {@code sink}
     */
    int forEachAsOf(
            Collection<String> atenabango,
            LocalDate date,
            Instant knownAt,
            String purpose,
            Consumer<ResidentSnapshot> sink);

    /** How many persons {@link #forEachAsOf} reads in one query. */
    int BATCH = 1_000;

    /** The record in force today as known now. */
    default Optional<ResidentSnapshot> findCurrent(String atenabango) {
        return find(atenabango, LocalDate.now(), Instant.now());
    }

    /** The members of household {@code setaibango} on {@code date} as known at {@code knownAt}, head first. */
    List<ResidentSnapshot> household(String setaibango, LocalDate date, Instant knownAt);

    /**
     * Residents (and removed persons) whose name or reading matches {@code name} (normalised: width, kana, 旧字) and,
     * when given, born on {@code birthDate} or with a partly unknown (不詳) birth date that may be that day ({@link
     * jp.kikan.platform.time.BirthDateRange}); for 名寄せ. At most {@code limit} results.
     */
    List<ResidentSnapshot> match(String name, @Nullable LocalDate birthDate, int limit);
}
