package jp.kikan.childallowance.internal;

import java.time.YearMonth;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.childallowance.domain.InvalidInput;
import jp.kikan.childallowance.domain.MonthAmount;
import jp.kikan.childallowance.domain.MonthlyAmounts;
import jp.kikan.platform.problem.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The amount of a month of a 児童手当 受給資格, whether the month is paid or not, its reading audited. */
@Service
class AmountQueries {

    /** A month's amount and whether the month is within the 支給期間. */
    record MonthlyView(MonthAmount amount, boolean inPeriod) {}

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final MonthlyAmounts amounts;

    AmountQueries(EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle, MonthlyAmounts amounts) {
        this.lifecycle = lifecycle;
        this.amounts = amounts;
    }

    /** The amount of one month of the 受給資格, whether the month is paid or not. */
    @Transactional(readOnly = true)
    MonthlyView amount(UUID id, YearMonth month) {
        Entitlement e = lifecycle.find(id);
        MonthAmount amount;
        try {
            amount = amounts.of(month, e.spans(), e.income());
        } catch (InvalidInput invalid) {
            throw ProblemException.invalidField(
                    invalid.field().equals("taisho_ym") ? "taishoYm" : invalid.field(), invalid);
        }
        lifecycle.amountRead(e);
        return new MonthlyView(amount, e.paysFor(month));
    }
}
