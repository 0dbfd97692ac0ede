package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The support measures of the bound tenant, and who they restrict. */
interface SupportMeasures extends JpaRepository<SupportMeasure, java.util.UUID> {

    /** The measures the person applied for or is named in as one of the 併せて支援を求める者, newest first. */
    @Query("select m from ResidentRegistrySupportMeasure m where m.atenabango = :atenabango or m.id in"
            + " (select p.measureId from ResidentRegistrySupportMeasurePerson p where p.atenabango = :atenabango)"
            + " order by m.kaishiYmd desc")
    List<SupportMeasure> ofPerson(@Param("atenabango") String atenabango);

    /**
     * Of {@code people}, the applicants of a measure in force on {@code date} and the 併せて支援を求める者 named in one,
     * in one query (every read of the registry asks this).
     */
    @Query("select m.atenabango from ResidentRegistrySupportMeasure m where m.atenabango in :people"
            + " and m.kaishiYmd <= :date and (m.shuryoYmd is null or m.shuryoYmd >= :date)"
            + " union select p.atenabango from ResidentRegistrySupportMeasurePerson p, ResidentRegistrySupportMeasure n"
            + " where p.measureId = n.id and p.atenabango in :people"
            + " and n.kaishiYmd <= :date and (n.shuryoYmd is null or n.shuryoYmd >= :date)")
    List<String> restrictedAmong(@Param("people") Collection<String> people, @Param("date") LocalDate date);

    /**
     * Those of {@code people} under a measure in force on {@code date}: its applicant or one of the 併せて支援を求める者
     * named in its 申出.
     */
    default Set<String> restricted(Collection<String> people, LocalDate date) {
        if (people.isEmpty()) {
            return Set.of();
        }
        return restrictedAmong(people, date).stream().collect(Collectors.toSet());
    }

    default boolean isRestricted(String atenabango, LocalDate date) {
        return !restricted(List.of(atenabango), date).isEmpty();
    }
}
