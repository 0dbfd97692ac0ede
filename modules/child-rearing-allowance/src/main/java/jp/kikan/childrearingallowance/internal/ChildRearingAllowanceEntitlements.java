package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The 受給資格 of the bound tenant (Hibernate adds the tenant to every query; row-level security checks it again). */
interface ChildRearingAllowanceEntitlements extends JpaRepository<Entitlement, UUID> {

    /** The entitlement, locked until the end of the transaction so that changes to one 受給資格 run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ChildRearingAllowanceEntitlement e where e.id = :id")
    Optional<Entitlement> lock(@Param("id") UUID id);

    @Query("select e from ChildRearingAllowanceEntitlement e where e.jukyushaAtenabango = :recipient"
            + " and e.jotai in ('SHINSEI', 'NINTEI')")
    Optional<Entitlement> findActive(@Param("recipient") String recipient);

    @Query(
            "select e from ChildRearingAllowanceEntitlement e where e.jukyushaAtenabango in :recipients and e.jotai = 'NINTEI'")
    List<Entitlement> findGrantedOf(@Param("recipients") Collection<String> recipients);

    @Query("select distinct e from ChildRearingAllowanceEntitlement e join e.children c where c.atenabango = :child"
            + " and e.jotai in ('SHINSEI', 'NINTEI')")
    List<Entitlement> findActiveWithChild(@Param("child") String child);

    @Query("select distinct e from ChildRearingAllowanceEntitlement e left join e.children c"
            + " where (:atenabango is null or e.jukyushaAtenabango = :atenabango or c.atenabango = :atenabango)"
            + " and (:jotai is null or e.jotai = :jotai) order by e.createdAt desc")
    List<Entitlement> search(
            @Param("atenabango") @Nullable String atenabango, @Param("jotai") @Nullable String jotai, Pageable page);

    /** Every 受給資格 that may have months to pay: granted, or lost after being granted. */
    @Query("select e from ChildRearingAllowanceEntitlement e where e.jotai = 'NINTEI'"
            + " or (e.jotai = 'SOSHITSU' and e.ninteiYmd is not null) order by e.createdAt")
    List<Entitlement> findPayable();

    @Query("select r, e.jukyushaAtenabango from ChildRearingAllowanceEntitlement e join e.revisions r"
            + " where r.jotai = 'TEIAN' order by r.createdAt")
    List<Object[]> pendingProposals(Pageable page);
}
