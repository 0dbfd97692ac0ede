package jp.kikan.childallowance.internal;

import java.time.YearMonth;
import jp.kikan.childallowance.domain.InvalidInput;
import jp.kikan.childallowance.domain.MonthAmount;
import jp.kikan.childallowance.domain.MonthlyAmounts;
import jp.kikan.platform.problem.ProblemException;
import org.springframework.stereotype.Component;

/**
 * The amount of a month of a 児童手当 受給資格 under the law of that month, over its children's spans and its 所得;
 * the kit reads the 受給資格 and audits the reading ({@code EntitlementLifecycle.amount}).
 */
@Component
class AmountQueries {

    private final MonthlyAmounts amounts;

    AmountQueries(MonthlyAmounts amounts) {
        this.amounts = amounts;
    }

    /** The amount of {@code month}, whether the month is paid or not (400 naming {@code taishoYm} if out of range). */
    MonthAmount of(Entitlement e, YearMonth month) {
        try {
            return amounts.of(month, e.spans(), e.income());
        } catch (InvalidInput invalid) {
            throw ProblemException.invalidField(
                    invalid.field().equals("taisho_ym") ? "taishoYm" : invalid.field(), invalid);
        }
    }
}
