package jp.kikan.childrearingallowance.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 認定 or 却下 of a 児童扶養手当 認定請求: a 認定 records the 所得 given with it and needs the 所得 of the 支給開始月's
 * 所得年 (第9条第1項); the history says the first month's decision.
 */
@Service
class Decisions {

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final IncomeRules incomes;

    Decisions(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle, IncomeRules incomes) {
        this.lifecycle = lifecycle;
        this.incomes = incomes;
    }

    @Transactional
    Entitlement decide(
            UUID id, EntitlementLifecycle.Decision decision, List<GivenIncome> given, @Nullable String ifMatch) {
        return lifecycle.decide(id, decision, ifMatch, e -> {
            incomes.record(e, given, Instant.now());
            return "（" + IncomeRules.summary(incomes.firstMonth(e)) + "）";
        });
    }
}
