package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The support measures of the bound tenant. */
interface SupportMeasures extends JpaRepository<SupportMeasure, java.util.UUID> {

    @Query("select m from ResidentRegistrySupportMeasure m where m.atenabango = :atenabango order by m.kaishiYmd desc")
    List<SupportMeasure> ofPerson(@Param("atenabango") String atenabango);

    @Query("select m.atenabango from ResidentRegistrySupportMeasure m where m.atenabango in :people"
            + " and m.kaishiYmd <= :date and (m.shuryoYmd is null or m.shuryoYmd >= :date)")
    List<String> restrictedAmong(@Param("people") Collection<String> people, @Param("date") LocalDate date);

    /** Those of {@code people} under a measure in force on {@code date}. */
    default Set<String> restricted(Collection<String> people, LocalDate date) {
        return people.isEmpty()
                ? Set.of()
                : restrictedAmong(people, date).stream().collect(Collectors.toSet());
    }

    default boolean isRestricted(String atenabango, LocalDate date) {
        return !restricted(List.of(atenabango), date).isEmpty();
    }
}
