package jp.kikan.residentregistry.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * DV等支援措置 (住民基本台帳事務における支援措置; 住民基本台帳法 第11条の2第1項, 第12条第6項, 第12条の3第1項 and
 * 住民基本台帳事務処理要領 第5-10): while in force, the person's address is withheld from certificates and searches
 * for staff without the role {@code resident-registry:support-measures}.
 */
@Entity(name = "ResidentRegistrySupportMeasure")
@Table(schema = "resident_registry", name = "support_measure")
class SupportMeasure {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    String atenabango = "";
    String kubun = "DV";
    LocalDate kaishiYmd = LocalDate.EPOCH;

    @Nullable
    LocalDate shuryoYmd;

    Instant recordedAt = Instant.EPOCH;
    String recordedBy = "";

    protected SupportMeasure() {}

    SupportMeasure(
            String atenabango,
            String kubun,
            LocalDate kaishiYmd,
            @Nullable LocalDate shuryoYmd,
            Instant recordedAt,
            String recordedBy) {
        this.atenabango = atenabango;
        this.kubun = kubun;
        this.kaishiYmd = kaishiYmd;
        this.shuryoYmd = shuryoYmd;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    boolean inForceOn(LocalDate date) {
        return !kaishiYmd.isAfter(date) && (shuryoYmd == null || !shuryoYmd.isBefore(date));
    }
}
