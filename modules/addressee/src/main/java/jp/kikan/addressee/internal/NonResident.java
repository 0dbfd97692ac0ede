package jp.kikan.addressee.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.addressee.Addressee;
import jp.kikan.platform.text.SearchNormalizer;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * 住登外者 (a person the municipality deals with who is not on its resident registry) with the 住登外者宛名番号. The number is unique within
 * the tenant (the table key is tenant and number).
 */
@Entity(name = "AddresseeNonResident")
@Table(schema = "addressee", name = "non_resident")
class NonResident {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    String atenabango = "";

    String shimei = "";

    @Nullable
    String shimeiFurigana;

    String searchName = "";

    @Nullable
    String searchKana;

    @Nullable
    LocalDate seinengappi;

    /** 生年月日の不詳表記; {@link #seinengappi} is then the 補完日. */
    @Nullable
    String seinengappiFusho;

    String seibetsu = "0";

    @Nullable
    String jusho;

    @Nullable
    String searchAddress;

    @Nullable
    String gyomuid;

    Instant recordedAt = Instant.EPOCH;
    String recordedBy = "";

    @Nullable
    String batchId;

    protected NonResident() {}

    NonResident(
            String atenabango,
            String shimei,
            @Nullable String furigana,
            @Nullable LocalDate seinengappi,
            String seibetsu,
            @Nullable String jusho,
            @Nullable String gyomuid,
            Instant recordedAt,
            String recordedBy) {
        this.atenabango = atenabango;
        this.shimei = shimei;
        this.shimeiFurigana = furigana;
        this.searchName = SearchNormalizer.normalize(shimei);
        this.searchKana = furigana == null ? null : SearchNormalizer.normalize(furigana);
        this.seinengappi = seinengappi;
        this.seibetsu = seibetsu;
        this.jusho = jusho;
        this.searchAddress = jusho == null ? null : SearchNormalizer.normalize(jusho);
        this.gyomuid = gyomuid;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    Addressee toAddressee() {
        return new Addressee(atenabango, false, shimei, shimeiFurigana, seinengappi, seinengappiFusho, seibetsu, jusho);
    }
}
