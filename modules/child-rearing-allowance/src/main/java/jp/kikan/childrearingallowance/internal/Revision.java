package jp.kikan.childrearingallowance.internal;

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
 * 額改定: made (確定) on a 額改定請求 or 額改定届, or proposed (提案) from a registry event and confirmed or withdrawn by
 * the clerk (児童扶養手当法 第8条).
 */
@Entity(name = "ChildRearingAllowanceRevision")
@Table(schema = "child_rearing_allowance", name = "revision")
class Revision {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    @Column(name = "entitlement_id", insertable = false, updatable = false)
    @Nullable
    UUID entitlementId;

    String kubun = "ZOGAKU";
    String jotai = "TEIAN";
    String jiyu = "SHUSSEI";
    LocalDate jiyuYmd = LocalDate.EPOCH;
    String jidoAtenabango = "";

    @Nullable
    LocalDate seikyuYmd;

    @Nullable
    LocalDate kaiteiYm;

    @Nullable
    String konkyo;

    @Nullable
    String riyu;

    @Nullable
    UUID sourceEventId;

    Instant createdAt = Instant.EPOCH;

    protected Revision() {}

    Revision(String kubun, String jotai, String jiyu, LocalDate jiyuYmd, String child, Instant now) {
        this.kubun = kubun;
        this.jotai = jotai;
        this.jiyu = jiyu;
        this.jiyuYmd = jiyuYmd;
        this.jidoAtenabango = child;
        this.createdAt = now;
    }
}
