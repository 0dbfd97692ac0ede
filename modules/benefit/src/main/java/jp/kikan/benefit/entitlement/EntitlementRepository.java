package jp.kikan.benefit.entitlement;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/**
 * The 受給資格 of a law in the bound tenant (Hibernate adds the tenant to every query; row-level security checks it
 * again). A law declares its repository as a subinterface for its entity; the queries name the entity through
 * {@code #{#entityName}}.
 *
 * @param <E> the law's 受給資格
 */
@NoRepositoryBean
public interface EntitlementRepository<E extends EntitlementRecord<?, ?, ?, ?>> extends JpaRepository<E, UUID> {

    /** The entitlement, locked until the end of the transaction so that changes to one 受給資格 run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from #{#entityName} e where e.id = :id")
    Optional<E> lock(@Param("id") UUID id);

    /** The 受給者's 受給資格 that is claimed or granted (there is at most one). */
    default Optional<E> findActive(String recipient) {
        return findOf(recipient, Set.of(Phase.CLAIMED, Phase.GRANTED));
    }

    @Query("select e from #{#entityName} e where e.jukyushaAtenabango = :recipient and e.phase in :phases")
    Optional<E> findOf(@Param("recipient") String recipient, @Param("phases") Collection<Phase> phases);

    /** The granted 受給資格 of any of {@code recipients}. */
    default List<E> findGrantedOf(Collection<String> recipients) {
        return findIn(recipients, Phase.GRANTED);
    }

    @Query("select e from #{#entityName} e where e.jukyushaAtenabango in :recipients and e.phase = :phase")
    List<E> findIn(@Param("recipients") Collection<String> recipients, @Param("phase") Phase phase);

    /** The claimed or granted 受給資格 that count {@code child} (now or earlier). */
    default List<E> findActiveWithChild(String child) {
        return findWithChild(child, Set.of(Phase.CLAIMED, Phase.GRANTED));
    }

    @Query("select distinct e from #{#entityName} e join e.children c where c.atenabango = :child"
            + " and e.phase in :phases")
    List<E> findWithChild(@Param("child") String child, @Param("phases") Collection<Phase> phases);

    /** 受給資格 of (or with a child) {@code atenabango} and in {@code phase}, either optional, newest first. */
    @Query("select distinct e from #{#entityName} e left join e.children c"
            + " where (:atenabango is null or e.jukyushaAtenabango = :atenabango or c.atenabango = :atenabango)"
            + " and (:phase is null or e.phase = :phase) order by e.createdAt desc")
    List<E> search(
            @Param("atenabango") @Nullable String atenabango, @Param("phase") @Nullable Phase phase, Pageable page);

    /** Every 受給資格 that may have months to pay: granted, or ended after being granted. */
    @Query("select e from #{#entityName} e where e.ninteiYmd is not null order by e.createdAt")
    List<E> findPayable();

    /** The 額改定 proposals waiting for the clerk, with their 受給者, oldest first. */
    default List<Object[]> pendingProposals(Pageable page) {
        return revisionsIn(RevisionRecord.State.TEIAN, page);
    }

    @Query("select r, e.jukyushaAtenabango from #{#entityName} e join e.revisions r"
            + " where r.jotai = :state order by r.createdAt")
    List<Object[]> revisionsIn(@Param("state") RevisionRecord.State state, Pageable page);

    /** How many 額改定 proposals wait for the clerk (a count, no person read). */
    @Query("select count(r) from #{#entityName} e join e.revisions r where r.jotai = :state")
    long countRevisionsIn(@Param("state") RevisionRecord.State state);

    /** How many 受給資格 are in {@code phase} (a count, no person read). */
    @Query("select count(e) from #{#entityName} e where e.phase = :phase")
    long countInPhase(@Param("phase") Phase phase);
}
