package jp.kikan.residentregistry.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * 住民票 (one version of one resident's record, 住民基本台帳法 第7条). A change adds a version: {@code validFrom}
 * is the 異動日 (legal effect), {@code recordedAt} the 処理日時; {@code supersededAt} is set when a later version
 * replaces what was known. The current record is the version with no {@code supersededAt}.
 */
@Entity(name = "ResidentRegistryRecord")
@Table(schema = "resident_registry", name = "resident_record")
@IdClass(ResidentRecord.Key.class)
public class ResidentRecord {

    /** Identity of a version: 宛名番号 + version number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String atenabango = "";
        int version;

        public Key() {}

        public Key(String atenabango, int version) {
            this.atenabango = atenabango;
            this.version = version;
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Key k && k.atenabango.equals(atenabango) && k.version == version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(atenabango, version);
        }
    }

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    private @Nullable String tenantCode; // filled by Hibernate from the bound tenant

    @Id
    private String atenabango = "";

    @Id
    private int version;

    private String shimei = "";
    private String shimeiFurigana = "";
    private String searchName = "";
    private String searchKana = "";
    private LocalDate seinengappi = LocalDate.EPOCH;
    private String seibetsu = "0";
    private String setaibango = "";
    private String zokugara = "";
    private boolean setainushi;
    private @Nullable LocalDate juminninattaYmd;
    private @Nullable String jushoShikuchosonkodo;
    private @Nullable String jushoChoazakodo;
    private @Nullable String jushoTodofuken;
    private @Nullable String jushoShikugunchosonmei;
    private @Nullable String jushoChoaza;
    private @Nullable String jushoBanchigohyoki;
    private @Nullable String jushoKatagaki;
    private LocalDate validFrom = LocalDate.EPOCH;
    private Instant recordedAt = Instant.EPOCH;
    private @Nullable Instant supersededAt;

    protected ResidentRecord() {}

    /** A first version (記載) of a resident. */
    public static ResidentRecord first(String atenabango, LocalDate validFrom, Instant recordedAt) {
        ResidentRecord r = new ResidentRecord();
        r.atenabango = atenabango;
        r.version = 1;
        r.validFrom = validFrom;
        r.recordedAt = recordedAt;
        return r;
    }

    public String atenabango() {
        return atenabango;
    }

    public int version() {
        return version;
    }

    public String shimei() {
        return shimei;
    }

    public String shimeiFurigana() {
        return shimeiFurigana;
    }

    public LocalDate seinengappi() {
        return seinengappi;
    }

    public String seibetsu() {
        return seibetsu;
    }

    public String setaibango() {
        return setaibango;
    }

    public String zokugara() {
        return zokugara;
    }

    public boolean setainushi() {
        return setainushi;
    }

    public @Nullable LocalDate juminninattaYmd() {
        return juminninattaYmd;
    }

    public @Nullable String jushoShikuchosonkodo() {
        return jushoShikuchosonkodo;
    }

    public @Nullable String jushoChoazakodo() {
        return jushoChoazakodo;
    }

    public @Nullable String jushoTodofuken() {
        return jushoTodofuken;
    }

    public @Nullable String jushoShikugunchosonmei() {
        return jushoShikugunchosonmei;
    }

    public @Nullable String jushoChoaza() {
        return jushoChoaza;
    }

    public @Nullable String jushoBanchigohyoki() {
        return jushoBanchigohyoki;
    }

    public @Nullable String jushoKatagaki() {
        return jushoKatagaki;
    }

    public @Nullable String tenantCode() {
        return tenantCode;
    }

    /** Sets the name with its reading and the normalised search keys. */
    public ResidentRecord name(String shimei, String furigana, String searchName, String searchKana) {
        this.shimei = shimei;
        this.shimeiFurigana = furigana;
        this.searchName = searchName;
        this.searchKana = searchKana;
        return this;
    }

    public ResidentRecord person(LocalDate seinengappi, String seibetsu) {
        this.seinengappi = seinengappi;
        this.seibetsu = seibetsu;
        return this;
    }

    public ResidentRecord household(String setaibango, String zokugara, boolean setainushi) {
        this.setaibango = setaibango;
        this.zokugara = zokugara;
        this.setainushi = setainushi;
        return this;
    }

    public ResidentRecord address(
            String shikuchosonkodo,
            String choazakodo,
            String todofuken,
            String shikugunchosonmei,
            String choaza,
            String banchigohyoki,
            @Nullable String katagaki,
            LocalDate juminninattaYmd) {
        this.jushoShikuchosonkodo = shikuchosonkodo;
        this.jushoChoazakodo = choazakodo;
        this.jushoTodofuken = todofuken;
        this.jushoShikugunchosonmei = shikugunchosonmei;
        this.jushoChoaza = choaza;
        this.jushoBanchigohyoki = banchigohyoki;
        this.jushoKatagaki = katagaki;
        this.juminninattaYmd = juminninattaYmd;
        return this;
    }
}
