package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The 所得 of one 所得年 as it was given (an amount or its parts, with the 扶養義務者), kept as the API's JSON so that
 * the amount of each month is computed with the deductions of that month's law.
 */
@Entity(name = "ChildRearingAllowanceIncome")
@Table(schema = "child_rearing_allowance", name = "income_year")
class IncomeRecord {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    int shotokuNen;
    String naiyo = "{}";
    Instant recordedAt = Instant.EPOCH;

    protected IncomeRecord() {}

    IncomeRecord(int year, String json, Instant now) {
        this.shotokuNen = year;
        this.naiyo = json;
        this.recordedAt = now;
    }
}
