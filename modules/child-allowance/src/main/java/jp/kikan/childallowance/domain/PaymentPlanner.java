package jp.kikan.childallowance.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kikan.benefit.MonthsOwed;
import jp.kikan.benefit.StatusReports;
import jp.kikan.platform.parameter.LegalParameters;

/**
 * The payment of one 受給資格 in a payment run for a 支払期月 (児童手当法 第8条第4項). The run pays every month of the
 * 支給期間 up to the month before the 支払期月 that is owed and not paid yet: the months regularly due, and months due
 * earlier (遡及, a 認定 made late, a 額改定 that raised an already paid month: 第8条第4項ただし書 「前支払期月に支払う
 * べきであつた児童手当」); which months those are, 本払, 差額 and 過払, is the benefit module's {@link MonthsOwed}. This
 * law gives each month's amount, {@link MonthlyAmounts} at the law of that month, and the reasons to hold one.
 *
 * <p>Months are held back when a required 現況届 of their year is missing (from the 6月分, 第26条 and 施行規則 第4条;
 * 差止め), or when the 受給者 died and no 未支払の児童手当 was claimed (第12条). From the months paid, the 申出 are taken:
 * 学校給食費等 (第21条, for a child up to 中学校修了) first, then 寄附 (第20条); never more than the month paid.
 */
public final class PaymentPlanner {

    private final MonthlyAmounts amounts;
    private final PaymentSchedule schedule;
    private final Parameters parameters;

    public PaymentPlanner(MonthlyAmounts amounts, LegalParameters parameters) {
        this.amounts = Objects.requireNonNull(amounts, "amounts");
        this.schedule = new PaymentSchedule(parameters);
        this.parameters = new Parameters(parameters);
    }

    /** 児童手当's 支払期月. */
    public PaymentSchedule schedule() {
        return schedule;
    }

    /** Whether {@code month} is a 支払期月. */
    public boolean isPaymentMonth(YearMonth month) {
        return schedule.isPaymentMonth(month);
    }

    /** The plan of the run for {@code paymentMonth}: the months owed ({@link MonthsOwed}) under this law. */
    public PaymentPlan plan(YearMonth paymentMonth, EntitlementFacts facts) {
        MonthsOwed.Result<Void, PaymentPlan.Hold.Reason> owed =
                MonthsOwed.of(paymentMonth, facts.start(), facts.end(), facts.paid(), rules(facts));
        List<PaymentPlan.Month> paid = owed.months().stream()
                .map(m -> new PaymentPlan.Month(
                        m.month(),
                        m.due(),
                        m.paidBefore(),
                        m.amount(),
                        PaymentPlan.Month.Kind.valueOf(m.kind().name())))
                .toList();
        List<PaymentPlan.Deduction> deductions =
                facts.recipientDeceased() ? List.of() : deductions(paid, facts.offers());
        long deducted =
                deductions.stream().mapToLong(PaymentPlan.Deduction::amount).sum();
        return new PaymentPlan(
                paid,
                owed.holds().stream()
                        .map(h -> new PaymentPlan.Hold(h.month(), h.amount(), h.reason()))
                        .toList(),
                owed.overpaid().stream()
                        .map(o -> new PaymentPlan.Overpaid(o.month(), o.amount()))
                        .toList(),
                deductions,
                owed.gross(),
                deducted,
                owed.gross() - deducted);
    }

    /** Each month's amount at its law; a month owed is held for a missing 現況届 or an unclaimed 未支払 (第12条). */
    private MonthsOwed.Rules<Void, PaymentPlan.Hold.Reason> rules(EntitlementFacts facts) {
        return new MonthsOwed.Rules<>() {
            @Override
            public MonthsOwed.Due<Void, PaymentPlan.Hold.Reason> due(YearMonth month) {
                return MonthsOwed.Due.of(
                        amounts.of(month, facts.children(), facts.income()).total(), null);
            }

            @Override
            public Optional<PaymentPlan.Hold.Reason> held(YearMonth month) {
                if (statusReportMissing(facts, month)) {
                    return Optional.of(PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING);
                }
                if (facts.recipientDeceased() && !facts.unpaidClaimed()) {
                    return Optional.of(PaymentPlan.Hold.Reason.UNPAID_NOT_CLAIMED);
                }
                return Optional.empty();
            }
        };
    }

    /**
     * Whether {@code month} is held back for a missing 現況届: its year's 現況届 (about 6月1日, covering the 6月分 to
     * the 5月分 of the next year) is required of this 受給者, the entitlement was claimed before that 6月1日, and the
     * report was not filed.
     */
    public boolean statusReportMissing(EntitlementFacts facts, YearMonth month) {
        return facts.statusReportRequired()
                && StatusReports.missing(month, referenceMonth(month), facts.claimDate(), facts.statusReportYears());
    }

    /** The year of the 現況届 that covers {@code month}: the 6月分 to the next 5月分 belong to one year's report. */
    public int statusReportYear(YearMonth month) {
        return StatusReports.yearOf(month, referenceMonth(month));
    }

    /** 6 (June): the 現況届 is due on 6月1日 (施行規則 第4条). */
    private int referenceMonth(YearMonth month) {
        return parameters.integer(Parameters.STATUS_REPORT_MONTH, month.atDay(1));
    }

    private List<PaymentPlan.Deduction> deductions(
            List<PaymentPlan.Month> months, List<EntitlementFacts.Offer> offers) {
        List<EntitlementFacts.Offer> ordered = offers.stream()
                .sorted(Comparator.comparing(EntitlementFacts.Offer::kind).thenComparing(EntitlementFacts.Offer::from))
                .toList();
        List<PaymentPlan.Deduction> out = new ArrayList<>();
        for (PaymentPlan.Month month : months) {
            long remaining = month.amount();
            for (EntitlementFacts.Offer offer : ordered) {
                if (remaining == 0 || !offer.covers(month.month())) {
                    continue;
                }
                if (offer.kind() == EntitlementFacts.Offer.Kind.SCHOOL_FEE
                        && (offer.childBirthDate() == null
                                || !amounts.beforeJuniorHighEnd(offer.childBirthDate(), month.month()))) {
                    continue;
                }
                Long monthly = offer.monthly();
                long amount = monthly == null ? remaining : Math.min(monthly, remaining);
                if (amount > 0) {
                    out.add(new PaymentPlan.Deduction(offer.id(), offer.kind(), month.month(), amount));
                    remaining -= amount;
                }
            }
        }
        return out;
    }
}
