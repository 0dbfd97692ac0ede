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

    @Query("select m.atenabango from ResidentRegistrySupportMeasure m where m.atenabango in :people"
            + " and m.kaishiYmd <= :date and (m.shuryoYmd is null or m.shuryoYmd >= :date)")
    List<String> restrictedAmong(@Param("people") Collection<String> people, @Param("date") LocalDate date);

    @Query("select p.atenabango from ResidentRegistrySupportMeasurePerson p, ResidentRegistrySupportMeasure m"
            + " where p.measureId = m.id and p.atenabango in :people"
            + " and m.kaishiYmd <= :date and (m.shuryoYmd is null or m.shuryoYmd >= :date)")
    List<String> accompanyingAmong(@Param("people") Collection<String> people, @Param("date") LocalDate date);

    /**
     * Those of {@code people} under a measure in force on {@code date}: its applicant or one of the 併せて支援を求める者
     * named in its 申出.
     */
    default Set<String> restricted(Collection<String> people, LocalDate date) {
        if (people.isEmpty()) {
            return Set.of();
        }
        Set<String> out = restrictedAmong(people, date).stream().collect(Collectors.toSet());
        out.addAll(accompanyingAmong(people, date));
        return out;
    }

    default boolean isRestricted(String atenabango, LocalDate date) {
        return !restricted(List.of(atenabango), date).isEmpty();
    }
}
