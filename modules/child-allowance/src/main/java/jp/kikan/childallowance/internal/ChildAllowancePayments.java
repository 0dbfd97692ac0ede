package jp.kikan.childallowance.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kikan.benefit.BenefitLaw;
import jp.kikan.benefit.MonthsOwed;
import jp.kikan.benefit.Payable;
import jp.kikan.benefit.PaymentKind;
import jp.kikan.benefit.PaymentSchedule;
import jp.kikan.benefit.Plan;
import jp.kikan.childallowance.domain.EntitlementFacts;
import jp.kikan.childallowance.domain.PaymentPlan;
import jp.kikan.childallowance.domain.PaymentPlanner;
import jp.kikan.platform.Business;
import org.springframework.stereotype.Component;

/**
 * 児童手当 as the benefit module pays it (児童手当法 第8条第4項): its 支払期月, its payable 受給資格, and for each the plan
 * of {@link PaymentPlanner} in the ledger's codes — paid to the 未支払 請求者 after the 受給者's death (第12条), less the
 * 申出 (寄附 第20条, 学校給食費等 第21条), months held for a missing 現況届 or an unclaimed 未支払.
 */
@Component
class ChildAllowancePayments implements BenefitLaw {

    private final ChildAllowanceEntitlements entitlements;
    private final PaymentPlanner planner;

    ChildAllowancePayments(ChildAllowanceEntitlements entitlements, PaymentPlanner planner) {
        this.entitlements = entitlements;
        this.planner = planner;
    }

    @Override
    public Business business() {
        return ChildAllowanceLaw.BUSINESS;
    }

    @Override
    public PaymentSchedule paymentMonths() {
        return planner.schedule();
    }

    @Override
    public List<Payable> payable() {
        return entitlements.findPayable().stream()
                .map(e -> new Payable(
                        e.id(),
                        e.recipient(),
                        e.start(),
                        (month, paid) -> inLedgerTerms(e, planner.plan(month, facts(e, paid)))))
                .toList();
    }

    /** The law's plan as the ledger records it: to the 未支払 請求者 once one claimed, with the ledger's codes. */
    private static Plan inLedgerTerms(Entitlement e, PaymentPlan plan) {
        String claimant = e.unpaidClaimant();
        return new Plan(
                claimant != null ? claimant : e.recipient(),
                claimant != null ? PaymentKind.MISHIHARAI : PaymentKind.TEIKI,
                plan.months().stream()
                        .map(m -> new Plan.Month(
                                m.month(), MonthsOwed.Kind.valueOf(m.kind().name()), m.due(), m.amount(), null))
                        .toList(),
                plan.deductions().stream()
                        .map(d -> new Plan.Deduction(d.offer(), deductionCode(d), d.month(), d.amount()))
                        .toList(),
                plan.holds().stream()
                        .map(h -> new Plan.Hold(h.month(), holdCode(h.reason()), h.amount()))
                        .toList(),
                plan.overpaid().stream()
                        .map(o -> new MonthsOwed.Overpaid(o.month(), o.amount()))
                        .toList());
    }

    private static EntitlementFacts facts(Entitlement e, Map<YearMonth, Long> paid) {
        Set<Integer> years = e.statusReports().stream().map(StatusReport::year).collect(Collectors.toSet());
        return new EntitlementFacts(
                e.start(),
                e.end(),
                e.claimDate(),
                e.spans(),
                e.income(),
                e.statusReportReason() != null,
                years,
                e.endedByDeath(),
                e.unpaidClaimant() != null,
                e.offers().stream().map(Offer::facts).toList(),
                paid);
    }

    private static String deductionCode(PaymentPlan.Deduction d) {
        return d.kind() == EntitlementFacts.Offer.Kind.DONATION ? "KIFU" : "GAKKO_KYUSHOKUHI_TO";
    }

    private static String holdCode(PaymentPlan.Hold.Reason reason) {
        return reason == PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING ? "GENKYO_TODOKE_MITEI" : "MISHIHARAI_MISEIKYU";
    }
}
