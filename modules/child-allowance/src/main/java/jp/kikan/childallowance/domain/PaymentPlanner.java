package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import jp.kikan.platform.parameter.LegalParameters;

/**
 * The payment of one 受給資格 in a payment run for a 支払期月 (児童手当法 第8条第4項). The run pays every month of the
 * 支給期間 up to the month before the 支払期月 that is owed and not paid yet: the months regularly due, and months due
 * earlier (遡及, a 認定 made late, a 額改定 that raised an already paid month: 第8条第4項ただし書 「前支払期月に支払う
 * べきであつた児童手当」). Each month's amount is {@link MonthlyAmounts} at the law of that month. So a month is paid once,
 * and a later change to it is paid as the difference (差額) or listed as overpaid (過払, left to the clerk: repayment or
 * settlement is not automatic).
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

    /** Whether {@code month} is a 支払期月. */
    public boolean isPaymentMonth(YearMonth month) {
        return schedule.isPaymentMonth(month);
    }

    /** The provision of the 支払期月 in force in {@code month}. */
    public String paymentMonthSource(YearMonth month) {
        return schedule.source(month);
    }

    /** The plan of the run for {@code paymentMonth}. */
    public PaymentPlan plan(YearMonth paymentMonth, EntitlementFacts facts) {
        YearMonth last = paymentMonth.minusMonths(1);
        TreeSet<YearMonth> months = new TreeSet<>();
        YearMonth until = facts.end() == null || facts.end().isAfter(last) ? last : facts.end();
        for (YearMonth m = facts.start(); !m.isAfter(until); m = m.plusMonths(1)) {
            months.add(m);
        }
        facts.paid().keySet().stream().filter(m -> !m.isAfter(last)).forEach(months::add);

        List<PaymentPlan.Month> paid = new ArrayList<>();
        List<PaymentPlan.Hold> holds = new ArrayList<>();
        List<PaymentPlan.Overpaid> overpaid = new ArrayList<>();
        for (YearMonth month : months) {
            long due = facts.inPeriod(month)
                    ? amounts.of(month, facts.children(), facts.income()).total()
                    : 0;
            long before = facts.paid().getOrDefault(month, 0L);
            if (due > before) {
                long owed = due - before;
                if (statusReportMissing(facts, month)) {
                    holds.add(new PaymentPlan.Hold(month, owed, PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING));
                } else if (facts.recipientDeceased() && !facts.unpaidClaimed()) {
                    holds.add(new PaymentPlan.Hold(month, owed, PaymentPlan.Hold.Reason.UNPAID_NOT_CLAIMED));
                } else {
                    paid.add(new PaymentPlan.Month(
                            month,
                            due,
                            before,
                            owed,
                            before == 0 ? PaymentPlan.Month.Kind.FIRST_PAYMENT : PaymentPlan.Month.Kind.DIFFERENCE));
                }
            } else if (due < before) {
                overpaid.add(new PaymentPlan.Overpaid(month, before - due));
            }
        }
        List<PaymentPlan.Deduction> deductions =
                facts.recipientDeceased() ? List.of() : deductions(paid, facts.offers());
        long gross = paid.stream().mapToLong(PaymentPlan.Month::amount).sum();
        long deducted =
                deductions.stream().mapToLong(PaymentPlan.Deduction::amount).sum();
        return new PaymentPlan(paid, holds, overpaid, deductions, gross, deducted, gross - deducted);
    }

    /**
     * Whether {@code month} is held back for a missing 現況届: its year's 現況届 (about 6月1日, covering the 6月分 to
     * the 5月分 of the next year) is required of this 受給者, the entitlement was claimed before that 6月1日, and the
     * report was not filed.
     */
    public boolean statusReportMissing(EntitlementFacts facts, YearMonth month) {
        if (!facts.statusReportRequired()) {
            return false;
        }
        int year = statusReportYear(month);
        LocalDate reference = LocalDate.of(year, referenceMonth(month), 1);
        return facts.claimDate().isBefore(reference)
                && !facts.statusReportYears().contains(year);
    }

    /** The year of the 現況届 that covers {@code month}: the 6月分 to the next 5月分 belong to one year's report. */
    public int statusReportYear(YearMonth month) {
        return month.getMonthValue() >= referenceMonth(month) ? month.getYear() : month.getYear() - 1;
    }

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
