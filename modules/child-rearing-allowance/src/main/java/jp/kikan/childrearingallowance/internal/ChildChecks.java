package jp.kikan.childrearingallowance.internal;

import java.time.YearMonth;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childrearingallowance.domain.MonthlyAmounts;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.stereotype.Component;

/**
 * Who may be a 対象児童 of a 児童扶養手当 受給資格 from a month: a resident 児童 (18歳に達する日以後の最初の3月31日まで,
 * 児童扶養手当法 第3条第1項) who is no other 受給者's 対象児童.
 */
@Component
class ChildChecks implements EntitlementLifecycle.ChildEntry<Entitlement, EntitlementChild> {

    private final MonthlyAmounts amounts;
    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;

    ChildChecks(MonthlyAmounts amounts, EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle) {
        this.amounts = amounts;
        this.lifecycle = lifecycle;
    }

    @Override
    public EntitlementChild enter(Entitlement e, String field, ResidentSnapshot child, YearMonth from) {
        if (!amounts.isChild(child.birthDate(), from)) {
            throw Refusal.of("not-a-child", field, "18歳に達する日以後の最初の3月31日を過ぎているため児童ではありません（児童扶養手当法 第3条第1項）。");
        }
        lifecycle.requireNotCountedElsewhere(field, child.atenabango(), e.id(), c -> true);
        return new EntitlementChild(e.nextPosition(), child.atenabango(), child.birthDate(), from);
    }
}
