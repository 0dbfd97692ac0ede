package jp.kikan.childallowance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** 現況届 of one year (児童手当法 第26条; about the situation on 6月1日). */
@Entity(name = "ChildAllowanceStatusReport")
@Table(schema = "child_allowance", name = "status_report")
class StatusReport {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    int nendo;
    LocalDate teishutsuYmd = LocalDate.EPOCH;

    protected StatusReport() {}

    StatusReport(int nendo, LocalDate filed) {
        this.nendo = nendo;
        this.teishutsuYmd = filed;
    }
}
