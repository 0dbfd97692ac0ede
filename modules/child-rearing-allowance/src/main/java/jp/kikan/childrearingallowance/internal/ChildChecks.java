package jp.kikan.childrearingallowance.internal;

import java.time.YearMonth;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childrearingallowance.domain.ChildFacts;
import jp.kikan.childrearingallowance.domain.ChildJudgement;
import jp.kikan.childrearingallowance.domain.DisabilityState;
import jp.kikan.childrearingallowance.domain.MonthlyAmounts;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.stereotype.Component;

/**
 * Who may be a 対象児童 of a 児童扶養手当 受給資格 from a month: a resident 児童 (18歳に達する日以後の最初の3月31日まで, or
 * under 20 in the 障害の状態 of 施行令 別表第一 recorded with the child; 児童扶養手当法 第3条第1項) who is no other 受給者's
 * 対象児童. As the kit's entry it takes a child not in a 障害の状態; {@link #with} gives the entry of a child with one.
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
        return enter(e, field, child, from, DisabilityState.none());
    }

    /** The child's line counted from {@code from} with its 障害の状態 (422 naming {@code field} if not a 児童 then). */
    EntitlementChild enter(
            Entitlement e, String field, ResidentSnapshot child, YearMonth from, DisabilityState disability) {
        ChildJudgement judged = amounts.judge(new ChildFacts(child.birthDate(), disability), from);
        if (!judged.counts()) {
            throw Refusal.of(
                    "not-a-child", field, from + "分において児童ではありません：" + judged.reason() + "（" + judged.source() + "）。");
        }
        lifecycle.requireNotCountedElsewhere(field, child.atenabango(), e.id(), c -> true);
        return new EntitlementChild(e.nextPosition(), child.atenabango(), child.birthDate(), from, disability);
    }

    /** The kit's entry for a child with {@code disability}. */
    EntitlementLifecycle.ChildEntry<Entitlement, EntitlementChild> with(DisabilityState disability) {
        return (e, field, child, from) -> enter(e, field, child, from, disability);
    }
}
