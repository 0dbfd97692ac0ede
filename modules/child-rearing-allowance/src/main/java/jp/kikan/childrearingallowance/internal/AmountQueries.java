package jp.kikan.childrearingallowance.internal;

import java.time.YearMonth;
import jp.kikan.childrearingallowance.domain.InvalidInput;
import jp.kikan.childrearingallowance.domain.MonthAmount;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.Refusal;
import org.springframework.stereotype.Component;

/**
 * The decision and amount of a month of a 児童扶養手当 受給資格 under the law of that month, from the 所得 of the year
 * that decides it; the kit reads the 受給資格 and audits the reading ({@code EntitlementLifecycle.amount}).
 */
@Component
class AmountQueries {

    private final IncomeRules incomes;

    AmountQueries(IncomeRules incomes) {
        this.incomes = incomes;
    }

    /**
     * The decision and amount of {@code month}, whether the month is paid or not: 400 naming {@code taishoYm} if out of
     * range, 422 {@code income-not-recorded} if the 所得 of the deciding year is not recorded.
     */
    MonthAmount of(Entitlement e, YearMonth month) {
        MonthAmount amount;
        try {
            amount = incomes.of(e, month);
        } catch (InvalidInput invalid) {
            throw ProblemException.invalidField(
                    invalid.field().equals("taisho_ym") ? "taishoYm" : invalid.field(), invalid);
        }
        if (amount.status() == MonthAmount.Status.INCOME_MISSING) {
            throw Refusal.of(
                    "income-not-recorded",
                    "taishoYm",
                    month + "分は" + amount.incomeYear() + "年の所得で判定しますが、その所得は記録されていません（現況届又は認定時に記録します）。");
        }
        return amount;
    }
}
