package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import jp.kikan.platform.parameter.LegalParameters;

/**
 * The payment of one 受給資格 in a payment run for a 支払期月 (児童扶養手当法 第7条第3項): every month of the 支給期間 up to
 * the month before the 支払期月 that is owed and not paid yet — the months regularly due and those due earlier
 * (第7条第3項ただし書) — at the decision and amount of {@link MonthlyAmounts} for that month. A month 支給停止 by 所得
 * pays nothing. A month is paid once; a later change is paid as the difference (差額) or listed as overpaid (過払).
 *
 * <p>Months are held back when the 所得 of their 所得年 is not recorded, or when the 現況届 of their year (about 8月1日,
 * covering the 8月分 to the next 7月分; 第28条, 施行規則 第4条) is missing although the 受給資格 was claimed before that
 * 8月1日.
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
            long before = facts.paid().getOrDefault(month, 0L);
            MonthAmount amount = facts.inPeriod(month)
                    ? amounts.of(month, facts.recipient(), facts.children(), facts.incomes())
                    : null;
            if (amount != null && amount.status() == MonthAmount.Status.INCOME_MISSING) {
                holds.add(new PaymentPlan.Hold(month, PaymentPlan.Hold.Reason.INCOME_MISSING));
                continue;
            }
            long due = amount == null ? 0 : amount.total();
            if (due > before) {
                MonthlyAllowance allowance = Objects.requireNonNull(amount).allowance();
                if (statusReportMissing(facts, month)) {
                    holds.add(new PaymentPlan.Hold(month, PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING));
                } else {
                    paid.add(new PaymentPlan.Month(
                            month,
                            Objects.requireNonNull(allowance).decision(),
                            due,
                            before,
                            due - before,
                            before == 0 ? PaymentPlan.Month.Kind.FIRST_PAYMENT : PaymentPlan.Month.Kind.DIFFERENCE));
                }
            } else if (due < before) {
                overpaid.add(new PaymentPlan.Overpaid(month, before - due));
            }
        }
        long gross = paid.stream().mapToLong(PaymentPlan.Month::amount).sum();
        return new PaymentPlan(paid, holds, overpaid, gross);
    }

    /** Whether the 現況届 that covers {@code month} is due and missing. */
    public boolean statusReportMissing(EntitlementFacts facts, YearMonth month) {
        int year = statusReportYear(month);
        LocalDate reference = LocalDate.of(year, referenceMonth(month), 1);
        return facts.claimDate().isBefore(reference)
                && !facts.statusReportYears().contains(year);
    }

    /** The year of the 現況届 that covers {@code month}: the 8月分 to the next 7月分 belong to one year's report. */
    public int statusReportYear(YearMonth month) {
        return month.getMonthValue() >= referenceMonth(month) ? month.getYear() : month.getYear() - 1;
    }

    private int referenceMonth(YearMonth month) {
        return parameters.integer(Parameters.STATUS_REPORT_MONTH, month.atDay(1));
    }
}
