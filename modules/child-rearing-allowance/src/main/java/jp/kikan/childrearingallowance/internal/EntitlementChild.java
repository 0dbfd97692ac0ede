package jp.kikan.childrearingallowance.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kikan.benefit.entitlement.ChildRecord;
import jp.kikan.childrearingallowance.domain.ChildSpan;

/** A 対象児童 (監護等児童) on a 児童扶養手当 受給資格 over months (児童扶養手当法 第4条, 第5条). */
@Entity(name = "ChildRearingAllowanceChild")
@Table(schema = "child_rearing_allowance", name = "entitlement_child")
class EntitlementChild extends ChildRecord {

    protected EntitlementChild() {}

    EntitlementChild(int position, String atenabango, LocalDate birth, YearMonth from) {
        super(position, atenabango, birth, from);
    }

    ChildSpan span() {
        return new ChildSpan(atenabango(), birthDate(), from(), until());
    }
}
