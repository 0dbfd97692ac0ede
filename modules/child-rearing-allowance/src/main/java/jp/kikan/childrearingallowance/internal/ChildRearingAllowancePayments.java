package jp.kikan.childrearingallowance.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kikan.benefit.BenefitLaw;
import jp.kikan.benefit.MonthsOwed;
import jp.kikan.benefit.Payable;
import jp.kikan.benefit.PaymentKind;
import jp.kikan.benefit.PaymentSchedule;
import jp.kikan.benefit.Plan;
import jp.kikan.childrearingallowance.domain.Decision;
import jp.kikan.childrearingallowance.domain.EntitlementFacts;
import jp.kikan.childrearingallowance.domain.PaymentPlan;
import jp.kikan.childrearingallowance.domain.PaymentPlanner;
import jp.kikan.platform.Business;
import org.springframework.stereotype.Component;

/**
 * 児童扶養手当 as the benefit module pays it (児童扶養手当法 第7条第3項): the odd 支払期月, the payable 受給資格, and for each
 * the plan of {@link PaymentPlanner} in the ledger's codes — 定例 to the 受給者, each month 全部支給 or 一部支給, months
 * held while the 所得 of their 所得年 is not recorded or the August 現況届 is missing.
 */
@Component
class ChildRearingAllowancePayments implements BenefitLaw {

    private final ChildRearingAllowanceEntitlements entitlements;
    private final IncomeRules incomes;
    private final PaymentPlanner planner;
    private final PaymentSchedule schedule;

    ChildRearingAllowancePayments(
            ChildRearingAllowanceEntitlements entitlements, IncomeRules incomes, PaymentPlanner planner) {
        this.entitlements = entitlements;
        this.incomes = incomes;
        this.planner = planner;
        this.schedule = planner.schedule();
    }

    @Override
    public Business business() {
        return ChildRearingAllowanceLaw.BUSINESS;
    }

    @Override
    public PaymentSchedule paymentMonths() {
        return schedule;
    }

    @Override
    public List<Payable> payable() {
        return entitlements.findPayable().stream()
                .map(e -> new Payable(e.id(), e.recipient(), e.start(), (month, paid) -> plan(e, month, paid)))
                .toList();
    }

    private Plan plan(Entitlement e, YearMonth paymentMonth, Map<YearMonth, Long> paid) {
        EntitlementFacts facts = new EntitlementFacts(
                e.start(),
                e.end(),
                e.claimDate(),
                e.recipientKind(),
                e.spans(),
                incomes.incomes(e),
                e.statusReports().stream().map(StatusReport::year).collect(Collectors.toSet()),
                paid,
                incomes.qualification(e));
        PaymentPlan plan = planner.plan(paymentMonth, facts);
        List<Plan.Month> months = plan.months().stream()
                .map(m -> new Plan.Month(
                        m.month(),
                        m.kind() == PaymentPlan.Month.Kind.FIRST_PAYMENT
                                ? MonthsOwed.Kind.FIRST_PAYMENT
                                : MonthsOwed.Kind.DIFFERENCE,
                        m.due(),
                        m.amount(),
                        m.decision() == Decision.FULL ? "ZENBU_SHIKYU" : "ICHIBU_SHIKYU"))
                .toList();
        List<Plan.Hold> holds = plan.holds().stream()
                .map(h -> new Plan.Hold(
                        h.month(),
                        h.reason() == PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING
                                ? "GENKYO_TODOKE_MITEI"
                                : "SHOTOKU_MIKAKUNIN",
                        0))
                .toList();
        return new Plan(
                e.recipient(),
                PaymentKind.TEIKI,
                months,
                List.of(),
                holds,
                plan.overpaid().stream()
                        .map(o -> new MonthsOwed.Overpaid(o.month(), o.amount()))
                        .toList());
    }
}
