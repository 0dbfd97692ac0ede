package jp.kikan.residentregistry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
