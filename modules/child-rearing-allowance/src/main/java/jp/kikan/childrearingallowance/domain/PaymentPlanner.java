package jp.kikan.childrearingallowance.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import jp.kikan.benefit.MonthsOwed;
import jp.kikan.benefit.StatusReports;
import jp.kikan.platform.parameter.LegalParameters;

/**
 * The payment of one 受給資格 in a payment run for a 支払期月 (児童扶養手当法 第7条第3項): every month of the 支給期間 up to
 * the month before the 支払期月 that is owed and not paid yet — the months regularly due and those due earlier
 * (第7条第3項ただし書); which months those are, 本払, 差額 and 過払, is the benefit module's {@link MonthsOwed}. This law
 * gives the decision and amount of {@link MonthlyAmounts} for each month; a month 支給停止 by 所得 pays nothing.
 *
 * <p>Months are held back when the 所得 of their 所得年 is not recorded, or when the 現況届 of their year (about 8月1日,
 * covering the 8月分 to the next 7月分; 第28条, 施行規則 第4条) is missing although the 受給資格 was claimed before that
 * 8月1日.
 */
public final class PaymentPlanner {

    private final MonthlyAmounts amounts;
    private final PaymentSchedule schedule;

    /** The month the 現況届 is due in, as in force in a month (8: 施行規則 第4条). */
    private final ToIntFunction<YearMonth> statusReportMonth;

    public PaymentPlanner(MonthlyAmounts amounts, LegalParameters parameters) {
        this.amounts = Objects.requireNonNull(amounts, "amounts");
        this.schedule = new PaymentSchedule(parameters);
        Parameters values = new Parameters(parameters);
        this.statusReportMonth = month -> values.integer(Parameters.STATUS_REPORT_MONTH, month.atDay(1));
    }

    /** Whether {@code month} is a 支払期月. */
    public boolean isPaymentMonth(YearMonth month) {
        return schedule.isPaymentMonth(month);
    }

    /** 児童扶養手当's 支払期月. */
    public PaymentSchedule schedule() {
        return schedule;
    }

    /** The months the run for {@code paymentMonth} owes ({@link MonthsOwed}), decided and held under this law. */
    public PaymentPlan plan(YearMonth paymentMonth, EntitlementFacts facts) {
        MonthsOwed.Result<Decision, PaymentPlan.Hold.Reason> owed =
                MonthsOwed.of(paymentMonth, facts.start(), facts.end(), facts.paid(), new MonthsOwed.Rules<>() {
                    @Override
                    public MonthsOwed.Due<Decision, PaymentPlan.Hold.Reason> due(YearMonth month) {
                        MonthAmount amount = amounts.of(
                                month,
                                facts.recipient(),
                                facts.children(),
                                facts.incomes(),
                                facts.claimDate(),
                                facts.start(),
                                facts.qualification());
                        if (amount.status() == MonthAmount.Status.INCOME_MISSING) {
                            return MonthsOwed.Due.unknown(PaymentPlan.Hold.Reason.INCOME_MISSING);
                        }
                        MonthlyAllowance allowance = amount.allowance();
                        return MonthsOwed.Due.of(amount.total(), allowance == null ? null : allowance.decision());
                    }

                    @Override
                    public Optional<PaymentPlan.Hold.Reason> held(YearMonth month) {
                        return statusReportMissing(facts, month)
                                ? Optional.of(PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING)
                                : Optional.empty();
                    }
                });
        List<PaymentPlan.Month> months = new ArrayList<>();
        for (MonthsOwed.Month<Decision> m : owed.months()) {
            PaymentPlan.Month.Kind kind = m.kind() == MonthsOwed.Kind.FIRST_PAYMENT
                    ? PaymentPlan.Month.Kind.FIRST_PAYMENT
                    : PaymentPlan.Month.Kind.DIFFERENCE;
            months.add(new PaymentPlan.Month(
                    m.month(), Objects.requireNonNull(m.detail()), m.due(), m.paidBefore(), m.amount(), kind));
        }
        List<PaymentPlan.Hold> holds = new ArrayList<>();
        owed.holds().forEach(h -> holds.add(new PaymentPlan.Hold(h.month(), h.reason())));
        List<PaymentPlan.Overpaid> overpaid = new ArrayList<>();
        owed.overpaid().forEach(o -> overpaid.add(new PaymentPlan.Overpaid(o.month(), o.amount())));
        return new PaymentPlan(months, holds, overpaid, owed.gross());
    }

    /** Whether the 現況届 that covers {@code month} (the 8月分 to the next 7月分, 第28条) is due and missing. */
    public boolean statusReportMissing(EntitlementFacts facts, YearMonth month) {
        return StatusReports.missing(
                month, statusReportMonth.applyAsInt(month), facts.claimDate(), facts.statusReportYears());
    }

    /** The year of the 現況届 that covers {@code month}: the 8月分 to the next 7月分 belong to one year's report. */
    public int statusReportYear(YearMonth month) {
        return StatusReports.yearOf(month, statusReportMonth.applyAsInt(month));
    }
}
