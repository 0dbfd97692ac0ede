package jp.kikan.addressee.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The 住登外者 of the bound tenant. */
interface NonResidents extends JpaRepository<NonResident, String> {

    @Query("select n from AddresseeNonResident n where n.atenabango = :atenabango")
    Optional<NonResident> findByNumber(@Param("atenabango") String atenabango);

    @Query("select n from AddresseeNonResident n where (n.searchName like :name or n.searchKana like :name)"
            + " and (cast(:birth as localdate) is null or n.seinengappi = :birth) order by n.searchKana, n.atenabango")
    List<NonResident> search(@Param("name") String likeName, @Param("birth") @Nullable LocalDate birth, Pageable page);

    /** Candidates for 名寄せ: the same normalised name or reading with the same birth date, or the same name and address. */
    @Query(
            "select n from AddresseeNonResident n where ((n.searchName = :name or n.searchKana = :kana) and n.seinengappi = :birth)"
                    + " or (n.searchName = :name and n.searchAddress = :address)")
    List<NonResident> candidates(
            @Param("name") String name,
            @Param("kana") @Nullable String kana,
            @Param("birth") @Nullable LocalDate birth,
            @Param("address") @Nullable String address);

    @Query(value = "SELECT nextval('addressee.non_resident_seq')", nativeQuery = true)
    long nextNumber();
}
