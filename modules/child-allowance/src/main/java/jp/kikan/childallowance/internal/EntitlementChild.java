package jp.kikan.childallowance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.ChildSpan;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A child on a 受給資格 from {@code kaishiYm} to {@code shuryoYm} (児童手当法 第4条, 第6条). */
@Entity(name = "ChildAllowanceChild")
@Table(schema = "child_allowance", name = "entitlement_child")
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
    String kangoKubun = "KANGO_SEIKEI";
    boolean kakunin;
    LocalDate kaishiYm = LocalDate.EPOCH;

    @Nullable
    LocalDate shuryoYm;

    @Nullable
    String shuryoJiyu;

    protected EntitlementChild() {}

    EntitlementChild(
            int position, String atenabango, LocalDate birth, Child.Care care, boolean confirmed, YearMonth from) {
        this.position = position;
        this.atenabango = atenabango;
        this.seinengappi = birth;
        this.kangoKubun = care == Child.Care.SUPPORTED ? "KANGO_SEIKEI" : "TASHI_SANTEI_NOMI";
        this.kakunin = confirmed;
        this.kaishiYm = from.atDay(1);
    }

    Child.Care care() {
        return kangoKubun.equals("KANGO_SEIKEI") ? Child.Care.SUPPORTED : Child.Care.COUNTED_FOR_RANK_ONLY;
    }

    ChildSpan span() {
        return new ChildSpan(
                atenabango,
                seinengappi,
                care(),
                kakunin,
                YearMonth.from(kaishiYm),
                shuryoYm == null ? null : YearMonth.from(shuryoYm));
    }

    /** Ends the child's counting with {@code last} (the month before the 減額改定). */
    void end(YearMonth last, String reason) {
        this.shuryoYm = last.atDay(1);
        this.shuryoJiyu = reason;
    }
}
