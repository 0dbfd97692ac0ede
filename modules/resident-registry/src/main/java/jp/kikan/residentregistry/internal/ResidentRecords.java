package jp.kikan.residentregistry.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The 住民票 versions of the bound tenant. JPQL queries get the tenant from Hibernate; native ones name it, and
 * row-level security checks it a second time.
 */
interface ResidentRecords extends JpaRepository<ResidentRecord, ResidentRecord.Key> {

    @Query("select r from ResidentRegistryRecord r where r.atenabango = :atenabango and r.isCurrent = true")
    Optional<ResidentRecord> findCurrent(@Param("atenabango") String atenabango);

    /** The current version, locked until the end of the transaction so that 異動 of one person run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ResidentRegistryRecord r where r.atenabango = :atenabango and r.isCurrent = true")
    Optional<ResidentRecord> lockCurrent(@Param("atenabango") String atenabango);

    @Query("select r from ResidentRegistryRecord r where r.setaibango = :setaibango and r.isCurrent = true"
            + " and r.jotai <> 'SHOJO' order by r.setainushi desc, r.seinengappi, r.atenabango")
    List<ResidentRecord> findCurrentMembers(@Param("setaibango") String setaibango);

    /** The versions believed now (not superseded), in timeline order. */
    @Query("select r from ResidentRegistryRecord r where r.atenabango = :atenabango and r.supersededAt is null"
            + " order by r.validFrom, r.version")
    List<ResidentRecord> believedTimeline(@Param("atenabango") String atenabango);

    @Query("select coalesce(max(r.version), 0) from ResidentRegistryRecord r where r.atenabango = :atenabango")
    int maxVersion(@Param("atenabango") String atenabango);

    @Query("select count(r) from ResidentRegistryRecord r")
    long countAll();

    @Query(value = "SELECT nextval('resident_registry.atenabango_seq')", nativeQuery = true)
    long nextAtenabango();

    @Query(value = "SELECT nextval('resident_registry.setaibango_seq')", nativeQuery = true)
    long nextSetaibango();

    @Query("select count(r) > 0 from ResidentRegistryRecord r where r.isCurrent = true and r.jotai <> 'SHOJO'"
            + " and r.kojinbango = :kojinbango")
    boolean myNumberInUse(@Param("kojinbango") String kojinbango);

    @Query("select count(r) > 0 from ResidentRegistryRecord r where r.isCurrent = true and r.juminhyoCode = :code")
    boolean residentCodeInUse(@Param("code") String code);
}
