package jp.kikan.residentregistry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The residents (住民票 versions) of the bound tenant; Hibernate adds the tenant to every query. */
interface ResidentRecords extends JpaRepository<ResidentRecord, ResidentRecord.Key> {

    @Query("select r from ResidentRegistryRecord r where r.atenabango = :atenabango and r.supersededAt is null")
    Optional<ResidentRecord> findCurrent(@Param("atenabango") String atenabango);

    @Query("select r from ResidentRegistryRecord r where r.setaibango = :setaibango and r.supersededAt is null "
            + "order by r.setainushi desc, r.seinengappi")
    List<ResidentRecord> findCurrentMembers(@Param("setaibango") String setaibango);

    @Query("select r from ResidentRegistryRecord r where r.supersededAt is null"
            + " and (:name is null or r.searchName like concat('%', cast(:name as string), '%')"
            + "      or r.searchKana like concat('%', cast(:name as string), '%'))"
            + " and (cast(:birthDate as localdate) is null or r.seinengappi = :birthDate)"
            + " and (:setaibango is null or r.setaibango = :setaibango)"
            + " order by r.searchKana, r.atenabango")
    Page<ResidentRecord> search(
            @Param("name") @Nullable String name,
            @Param("birthDate") @Nullable LocalDate birthDate,
            @Param("setaibango") @Nullable String setaibango,
            Pageable page);

    @Query("select count(r) from ResidentRegistryRecord r")
    long countAll();
}
