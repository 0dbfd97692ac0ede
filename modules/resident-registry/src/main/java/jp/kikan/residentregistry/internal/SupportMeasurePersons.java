package jp.kikan.residentregistry.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The 併せて支援を求める者 of the bound tenant's support measures. */
interface SupportMeasurePersons extends JpaRepository<SupportMeasurePerson, UUID> {

    @Query("select p from ResidentRegistrySupportMeasurePerson p where p.measureId in :measures order by p.atenabango")
    List<SupportMeasurePerson> ofMeasures(@Param("measures") Collection<UUID> measures);
}
