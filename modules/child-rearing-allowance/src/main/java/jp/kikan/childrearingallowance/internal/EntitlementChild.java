package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.kikan.childrearingallowance.domain.ChildSpan;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A 対象児童 (監護等児童) on a 受給資格 from {@code kaishiYm} to {@code shuryoYm} (児童扶養手当法 第4条, 第5条). */
@Entity(name = "ChildRearingAllowanceChild")
@Table(schema = "child_rearing_allowance", name = "entitlement_child")
class EntitlementChild {

    @TenantId
    @Column(name = "tenant_code", nullable = false, updatable = false)
    @Nullable
    String tenantCode;

    @Id
    UUID id = UUID.randomUUID();

    int position;
    String atenabango = "";
    LocalDate seinengappi = LocalDate.EPOCH;
    LocalDate kaishiYm = LocalDate.EPOCH;

    @Nullable
    LocalDate shuryoYm;

    @Nullable
    String shuryoJiyu;

    protected EntitlementChild() {}

    EntitlementChild(int position, String atenabango, LocalDate birth, YearMonth from) {
        this.position = position;
        this.atenabango = atenabango;
        this.seinengappi = birth;
        this.kaishiYm = from.atDay(1);
    }

    ChildSpan span() {
        return new ChildSpan(
                atenabango, seinengappi, YearMonth.from(kaishiYm), shuryoYm == null ? null : YearMonth.from(shuryoYm));
    }

    void end(YearMonth last, String reason) {
        this.shuryoYm = last.atDay(1);
        this.shuryoJiyu = reason;
    }
}
