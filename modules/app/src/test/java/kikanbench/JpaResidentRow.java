package kikanbench;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The JPA baseline of the migration benchmark: the registry's table as a team would map it without thinking, one
 * entity per version, saved with Spring Data's {@code saveAll}. Outside {@code jp.kikan} so that the application's own
 * persistence unit never sees it (the benchmark builds a persistence unit of its own for it).
 */
@Entity
@Table(schema = "resident_registry", name = "resident_record")
@IdClass(JpaResidentRow.Key.class)
public class JpaResidentRow {

    @Id
    @Column(name = "tenant_code")
    public String tenantCode;

    @Id
    public String atenabango;

    @Id
    public int version;

    public String jotai;
    public String idojiyu;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "is_current")
    public boolean current;

    @Column(name = "batch_id")
    public String batchId;

    public String shimei;

    @Column(name = "shimei_furigana")
    public String shimeiFurigana;

    @Column(name = "search_name")
    public String searchName;

    @Column(name = "search_kana")
    public String searchKana;

    @Column(name = "search_given")
    public String searchGiven;

    @Column(name = "search_given_kana")
    public String searchGivenKana;

    public LocalDate seinengappi;
    public String seibetsu;
    public String setaibango;
    public String zokugara;
    public boolean setainushi;

    @Column(name = "juminninatta_ymd")
    public LocalDate juminninattaYmd;

    @Column(name = "jusho_shikuchosonkodo")
    public String jushoShikuchosonkodo;

    @Column(name = "jusho_choazakodo")
    public String jushoChoazakodo;

    @Column(name = "jusho_todofuken")
    public String jushoTodofuken;

    @Column(name = "jusho_shikugunchosonmei")
    public String jushoShikugunchosonmei;

    @Column(name = "jusho_choaza")
    public String jushoChoaza;

    @Column(name = "jusho_banchigohyoki")
    public String jushoBanchigohyoki;

    @Column(name = "search_address")
    public String searchAddress;

    @Column(name = "juminhyo_code")
    public String juminhyoCode;

    public String kojinbango;

    /** The composite key. */
    public static class Key implements Serializable {
        public String tenantCode;
        public String atenabango;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.tenantCode.equals(tenantCode)
                    && k.atenabango.equals(atenabango)
                    && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantCode, atenabango, version);
        }
    }
}
