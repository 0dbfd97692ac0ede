package jp.kikan.childallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.benefit.entitlement.ChildRecord;
import jp.kikan.childallowance.domain.Child;
import jp.kikan.childallowance.domain.ChildSpan;

/**
 * A child on a 児童手当 受給資格 over months: a 支給要件児童 (監護し生計を同じくする, 児童手当法 第4条) or one counted for
 * the rank only (監護相当・生計費の負担, confirmed by 確認書, 第6条).
 */
@Entity(name = "ChildAllowanceChild")
@Table(schema = "child_allowance", name = "entitlement_child")
class EntitlementChild extends ChildRecord {

    String kangoKubun = "KANGO_SEIKEI";
    boolean kakunin;

    protected EntitlementChild() {}

    EntitlementChild(
            int position, String atenabango, LocalDate birth, Child.Care care, boolean confirmed, YearMonth from) {
        super(position, atenabango, birth, from);
        this.kangoKubun = care == Child.Care.SUPPORTED ? "KANGO_SEIKEI" : "TASHI_SANTEI_NOMI";
        this.kakunin = confirmed;
    }

    Child.Care care() {
        return kangoKubun.equals("KANGO_SEIKEI") ? Child.Care.SUPPORTED : Child.Care.COUNTED_FOR_RANK_ONLY;
    }

    /** Whether the 確認書 was received (for a child counted for the rank only). */
    boolean confirmed() {
        return kakunin;
    }

    ChildSpan span() {
        return new ChildSpan(atenabango(), birthDate(), care(), kakunin, from(), until());
    }
}
