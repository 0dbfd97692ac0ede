package jp.kikan.addressee.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.time.BirthDateRange;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The 住登外者 of the bound tenant. */
interface NonResidents extends JpaRepository<NonResident, String> {

    @Query("select n from AddresseeNonResident n where n.atenabango = :atenabango")
    Optional<NonResident> findByNumber(@Param("atenabango") String atenabango);

    /**
     * 住登外者 whose name or reading is like {@code likeName} and, when {@code birth} is given, born that day or with a
     * partly unknown birth date that may be that day ({@code supplemented}: its {@link
     * BirthDateRange#supplementedDates}; empty without a birth date).
     */
    @Query("select n from AddresseeNonResident n where (n.searchName like :name or n.searchKana like :name)"
            + " and (cast(:birth as localdate) is null or n.seinengappi = :birth"
            + " or (n.seinengappiFusho is not null and n.seinengappi in :supplemented))"
            + " order by n.searchKana, n.atenabango")
    List<NonResident> search(
            @Param("name") String likeName,
            @Param("birth") @Nullable LocalDate birth,
            @Param("supplemented") List<LocalDate> supplemented,
            Pageable page);

    /**
     * Candidates for 名寄せ: the same normalised name or reading with a birth date that may be the same, or the same name
     * and address. The person's birth date is {@code from} to {@code to} (a {@link BirthDateRange}, with its {@link
     * BirthDateRange#supplementedDates}); none when {@code from} is null.
     */
    @Query("select n from AddresseeNonResident n where ((n.searchName = :name or n.searchKana = :kana)"
            + " and (n.seinengappi between :from and :to"
            + " or (n.seinengappiFusho is not null and n.seinengappi in :supplemented)))"
            + " or (n.searchName = :name and n.searchAddress = :address)")
    List<NonResident> candidates(
            @Param("name") String name,
            @Param("kana") @Nullable String kana,
            @Param("from") @Nullable LocalDate from,
            @Param("to") @Nullable LocalDate to,
            @Param("supplemented") List<LocalDate> supplemented,
            @Param("address") @Nullable String address);

    /** {@link #candidates} for a birth date range (or none). */
    default List<NonResident> candidates(
            String name, @Nullable String kana, @Nullable BirthDateRange birth, @Nullable String address) {
        return candidates(
                name,
                kana,
                birth == null ? null : birth.first(),
                birth == null ? null : birth.last(),
                birth == null ? List.of() : birth.supplementedDates(),
                address);
    }

    @Query(value = "SELECT nextval('addressee.non_resident_seq')", nativeQuery = true)
    long nextNumber();
}
