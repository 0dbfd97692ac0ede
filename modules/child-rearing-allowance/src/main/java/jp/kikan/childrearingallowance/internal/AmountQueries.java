package jp.kikan.childrearingallowance.internal;

import java.time.YearMonth;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childrearingallowance.domain.InvalidInput;
import jp.kikan.childrearingallowance.domain.MonthAmount;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The amount of a month of a 児童扶養手当 受給資格, whether the month is paid or not, its reading audited. */
@Service
class AmountQueries {

    /** A month's decision and amount, and whether the month is within the 支給期間. */
    record MonthlyView(MonthAmount amount, boolean inPeriod) {}

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final IncomeRules incomes;

    AmountQueries(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle, IncomeRules incomes) {
        this.lifecycle = lifecycle;
        this.incomes = incomes;
    }

    @Transactional(readOnly = true)
    MonthlyView amount(UUID id, YearMonth month) {
        Entitlement e = lifecycle.find(id);
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
        lifecycle.amountRead(e);
        return new MonthlyView(amount, e.paysFor(month));
    }
}
