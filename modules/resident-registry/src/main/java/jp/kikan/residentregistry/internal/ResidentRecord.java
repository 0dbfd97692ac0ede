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
import java.util.UUID;
import jp.kikan.platform.text.SearchNormalizer;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.ResidentAddress;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * 住民票 (one version of one resident's record, 住民基本台帳法 第7条; 外国人住民 第30条の45).
 *
 * <p>A registry is a history: each 異動 adds a version whose {@code validFrom} is the 異動日 (legal effect) and whose
 * {@code recordedAt} is the 処理日時. The version in force on a date D is the latest one (by 異動日, then version)
 * with {@code validFrom <= D}. A correction (職権修正, 回復) never changes a version: it sets {@code supersededAt} on
 * the wrong ones and adds corrected copies, so "as known at time T" still finds what was believed then.
 * {@code current} marks the latest version of the timeline as known now.
 *
 * <p>Fields are package-private: the registry's services in this package are its only writers.
 */
@Entity(name = "ResidentRegistryRecord")
@Table(schema = "resident_registry", name = "resident_record")
@IdClass(ResidentRecord.Key.class)
public class ResidentRecord {

    /** Identity of a version: 宛名番号 + 履歴番号. */
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
    @Nullable
    String tenantCode; // filled by Hibernate from the bound tenant

    @Id
    String atenabango = "";

    @Id
    int version;

    String jotai = RecordStatus.RESIDENT.code();
    String idojiyu = ChangeReason.MIGRATION.code();

    @Nullable
    UUID idoId;

    LocalDate validFrom = LocalDate.EPOCH;

    @Nullable
    LocalDate todokedeYmd;

    boolean todokedeKigenKeika;
    Instant recordedAt = Instant.EPOCH;

    @Nullable
    Instant supersededAt;

    boolean isCurrent;

    @Nullable
    String shuseiJiyu;

    @Nullable
    String batchId;

    String shimei = "";
    String shimeiFurigana = "";
    String searchName = "";
    String searchKana = "";

    @Nullable
    String searchGiven;

    @Nullable
    String searchGivenKana;

    LocalDate seinengappi = LocalDate.EPOCH;

    /**
     * 生年月日の不詳表記 (e.g. 「昭和45年不詳」), when the birth date is partly unknown; {@link #seinengappi} is then the 補完日
     * (the first day of the known part).
     */
    @Nullable
    String seinengappiFusho;

    String seibetsu = "0";
    String setaibango = "";
    String zokugara = "";
    boolean setainushi;

    @Nullable
    LocalDate juminninattaYmd;

    @Nullable
    LocalDate juteiYmd;

    @Nullable
    String jushoShikuchosonkodo;

    @Nullable
    String jushoChoazakodo;

    @Nullable
    String jushoTodofuken;

    @Nullable
    String jushoShikugunchosonmei;

    @Nullable
    String jushoChoaza;

    @Nullable
    String jushoBanchigohyoki;

    @Nullable
    String jushoKatagaki;

    @Nullable
    String searchAddress;

    @Nullable
    String tennyumaeJusho;

    @Nullable
    String idomaeJusho;

    @Nullable
    LocalDate tenshutsuYoteiYmd;

    @Nullable
    String tenshutsusakiJusho;

    @Nullable
    LocalDate shojoYmd;

    @Nullable
    String shojoJiyu;

    @Nullable
    String honseki;

    @Nullable
    String hittosha;

    @Nullable
    String kokuseki;

    @Column(name = "hojin30jo45_kubun")
    @Nullable
    String hojin30jo45Kubun;

    @Nullable
    String zairyushikaku;

    @Nullable
    String zairyukikan;

    @Nullable
    LocalDate zairyukikanManryoYmd;

    @Nullable
    String zairyukadoBango;

    @Nullable
    String tsusho;

    @Nullable
    String tsushoFurigana;

    @Nullable
    String searchTsusho;

    @Nullable
    String juminhyoCode;

    @Nullable
    String kojinbango;

    boolean senkyoninMeibo;
    boolean kokuho;
    boolean koki;
    boolean kaigo;
    boolean kokunen;
    boolean jidoteate;

    protected ResidentRecord() {}

    /** A first version (記載) of a resident. */
    public static ResidentRecord first(String atenabango, LocalDate validFrom, Instant recordedAt) {
        ResidentRecord r = new ResidentRecord();
        r.atenabango = atenabango;
        r.version = 1;
        r.validFrom = validFrom;
        r.recordedAt = recordedAt;
        r.isCurrent = true;
        return r;
    }

    /**
     * A copy of this version's content as version {@code version}, in force from {@code validFrom}, recorded at
     * {@code recordedAt} for {@code reason}. The 届出 and correction details are not copied.
     */
    ResidentRecord next(int version, LocalDate validFrom, Instant recordedAt, ChangeReason reason, UUID idoId) {
        ResidentRecord r = new ResidentRecord();
        r.atenabango = atenabango;
        r.version = version;
        r.jotai = jotai;
        r.idojiyu = reason.code();
        r.idoId = idoId;
        r.validFrom = validFrom;
        r.recordedAt = recordedAt;
        r.isCurrent = true;
        r.batchId = null;
        r.shimei = shimei;
        r.shimeiFurigana = shimeiFurigana;
        r.searchName = searchName;
        r.searchKana = searchKana;
        r.searchGiven = searchGiven;
        r.searchGivenKana = searchGivenKana;
        r.seinengappi = seinengappi;
        r.seinengappiFusho = seinengappiFusho;
        r.seibetsu = seibetsu;
        r.setaibango = setaibango;
        r.zokugara = zokugara;
        r.setainushi = setainushi;
        r.juminninattaYmd = juminninattaYmd;
        r.juteiYmd = juteiYmd;
        r.jushoShikuchosonkodo = jushoShikuchosonkodo;
        r.jushoChoazakodo = jushoChoazakodo;
        r.jushoTodofuken = jushoTodofuken;
        r.jushoShikugunchosonmei = jushoShikugunchosonmei;
        r.jushoChoaza = jushoChoaza;
        r.jushoBanchigohyoki = jushoBanchigohyoki;
        r.jushoKatagaki = jushoKatagaki;
        r.searchAddress = searchAddress;
        r.tennyumaeJusho = tennyumaeJusho;
        r.idomaeJusho = idomaeJusho;
        r.tenshutsuYoteiYmd = tenshutsuYoteiYmd;
        r.tenshutsusakiJusho = tenshutsusakiJusho;
        r.shojoYmd = shojoYmd;
        r.shojoJiyu = shojoJiyu;
        r.honseki = honseki;
        r.hittosha = hittosha;
        r.kokuseki = kokuseki;
        r.hojin30jo45Kubun = hojin30jo45Kubun;
        r.zairyushikaku = zairyushikaku;
        r.zairyukikan = zairyukikan;
        r.zairyukikanManryoYmd = zairyukikanManryoYmd;
        r.zairyukadoBango = zairyukadoBango;
        r.tsusho = tsusho;
        r.tsushoFurigana = tsushoFurigana;
        r.searchTsusho = searchTsusho;
        r.juminhyoCode = juminhyoCode;
        r.kojinbango = kojinbango;
        r.senkyoninMeibo = senkyoninMeibo;
        r.kokuho = kokuho;
        r.koki = koki;
        r.kaigo = kaigo;
        r.kokunen = kokunen;
        r.jidoteate = jidoteate;
        return r;
    }

    public String atenabango() {
        return atenabango;
    }

    public int version() {
        return version;
    }

    RecordStatus status() {
        return RecordStatus.ofCode(jotai);
    }

    ChangeReason reason() {
        return ChangeReason.byCode(idojiyu).orElse(ChangeReason.MIGRATION);
    }

    ResidentAddress address() {
        return new ResidentAddress(
                jushoShikuchosonkodo,
                jushoChoazakodo,
                jushoTodofuken,
                jushoShikugunchosonmei,
                jushoChoaza,
                jushoBanchigohyoki,
                jushoKatagaki);
    }

    boolean foreignResident() {
        return kokuseki != null;
    }

    /** Sets the name with its reading, and the search keys. */
    public ResidentRecord name(String shimei, String furigana) {
        this.shimei = shimei;
        this.shimeiFurigana = furigana;
        refreshSearchKeys();
        return this;
    }

    /**
     * Recomputes the search keys from the name, reading and 通称 (whole and given name, normalised by
     * {@link SearchNormalizer}) and from the address within the municipality (町字, 番地号, 方書).
     */
    void refreshSearchKeys() {
        this.searchName = SearchNormalizer.normalize(shimei);
        this.searchKana = SearchNormalizer.normalize(shimeiFurigana);
        this.searchGiven = givenName(shimei);
        this.searchGivenKana = givenName(shimeiFurigana);
        this.searchTsusho = tsusho == null ? null : SearchNormalizer.normalize(tsusho);
        StringBuilder local = new StringBuilder();
        for (String part : new @Nullable String[] {jushoChoaza, jushoBanchigohyoki, jushoKatagaki}) {
            if (part != null) {
                local.append(part);
            }
        }
        this.searchAddress = SearchNormalizer.normalize(local.toString());
    }

    /** The normalised part of a name after its first space (名), or {@code null} when it has none. */
    private static @Nullable String givenName(String name) {
        String[] parts = name.strip().split("[\\s　]+", 2);
        return parts.length < 2 ? null : SearchNormalizer.normalize(parts[1]);
    }

    /** 生年月日 (exact: any 不詳表記 is cleared) and 性別. */
    public ResidentRecord person(LocalDate seinengappi, String seibetsu) {
        this.seinengappi = seinengappi;
        this.seinengappiFusho = null;
        this.seibetsu = seibetsu;
        return this;
    }

    public ResidentRecord household(String setaibango, String zokugara, boolean setainushi) {
        this.setaibango = setaibango;
        this.zokugara = zokugara;
        this.setainushi = setainushi;
        return this;
    }

    /** Sets the address, the normalised address search key, and (for a first entry) 住定日 and 住民となった年月日. */
    public ResidentRecord address(
            String shikuchosonkodo,
            String choazakodo,
            String todofuken,
            String shikugunchosonmei,
            String choaza,
            String banchigohyoki,
            @Nullable String katagaki,
            LocalDate juminninattaYmd) {
        address(new ResidentAddress(
                shikuchosonkodo, choazakodo, todofuken, shikugunchosonmei, choaza, banchigohyoki, katagaki));
        this.juminninattaYmd = juminninattaYmd;
        this.juteiYmd = juminninattaYmd;
        return this;
    }

    void address(ResidentAddress a) {
        this.jushoShikuchosonkodo = a.shikuchosonkodo();
        this.jushoChoazakodo = a.choazakodo();
        this.jushoTodofuken = a.todofuken();
        this.jushoShikugunchosonmei = a.shikugunchosonmei();
        this.jushoChoaza = a.choaza();
        this.jushoBanchigohyoki = a.banchigohyoki();
        this.jushoKatagaki = a.katagaki();
        refreshSearchKeys();
    }
}
