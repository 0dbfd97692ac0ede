package jp.kikan.childallowance.internal;

import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childallowance.domain.InvalidInput;
import jp.kikan.childallowance.domain.MonthlyAmounts;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 認定 or 却下 of a 児童手当 認定請求: a 認定 needs the amount of the 支給開始月 to be computable. */
@Service
class Decisions {

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final MonthlyAmounts amounts;

    Decisions(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle, MonthlyAmounts amounts) {
        this.lifecycle = lifecycle;
        this.amounts = amounts;
    }

    @Transactional
    Entitlement decide(UUID id, EntitlementLifecycle.Decision decision, @Nullable String ifMatch) {
        return lifecycle.decide(id, decision, ifMatch, e -> {
            try {
                amounts.of(e.start(), e.spans(), e.income());
            } catch (InvalidInput invalid) {
                throw ProblemException.unprocessable(
                        invalid.code(),
                        "支給開始月（" + e.start() + "）の額を算定できません: " + invalid.reason(),
                        new InvalidParam(invalid.field(), invalid.code(), invalid.reason()));
            }
            return "";
        });
    }
}
