package jp.kikan.childrearingallowance.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.PaymentMonths;

/**
 * 支払期月 (児童扶養手当法 第7条第3項): the allowance is paid in the payment months, each time for the months up to the
 * one before. From 2019-11 (平成30年法律第44号) they are the odd months, two months each; before, April, August and
 * December, four months each. The rule in force in the payment month decides, so the November 2019 payment covered
 * August to October 2019.
 *
 * <p>Payments due earlier or after the right ended may be made outside the payment months (第7条第3項ただし書); this
 * schedule gives the regular months only.
 */
public final class PaymentSchedule {

    private final Parameters parameters;
    private final PaymentMonths months;

    public PaymentSchedule(LegalParameters parameters) {
        this.parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
        this.months = new PaymentMonths(month -> this.parameters.get(Parameters.PAYMENT_MONTHS, month.atDay(1)));
    }

    /**
     * One payment.
     *
     * @param paymentMonth the 支払期月
     * @param months       the months (月分) it pays, oldest first
     * @param source       the provision of the payment months in force in the payment month
     */
    public record Payment(YearMonth paymentMonth, List<YearMonth> months, String source) {
        public Payment {
            months = List.copyOf(months);
        }

        static Payment of(PaymentMonths.Payment p) {
            return new Payment(p.paymentMonth(), p.months(), Parameters.cite(p.rule()));
        }
    }

    /** Whether {@code month} is a 支払期月 under the rule in force in it (第7条第3項). */
    public boolean isPaymentMonth(YearMonth month) {
        return months.isPaymentMonth(month);
    }

    /** The provision of the 支払期月 in force in {@code month}. */
    public String source(YearMonth month) {
        return Parameters.cite(parameters.get(Parameters.PAYMENT_MONTHS, month.atDay(1)));
    }

    /** The regular 支払期月 of the allowance for {@code month}: the first payment month after it. */
    public YearMonth paymentMonthOf(YearMonth month) {
        return months.paymentOf(month).paymentMonth();
    }

    /**
     * The payments of the months from {@code first} (the month after 認定請求, 第7条第1項) to {@code last} (the month the
     * right ends), both inclusive, in order.
     *
     * @throws InvalidInput {@code period-reversed} when {@code last} is before {@code first}
     */
    public List<Payment> between(YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            throw new InvalidInput("shuryo_ym", "period-reversed", "終了月（shuryo_ym）は開始月（kaishi_ym）以後の月を指定してください");
        }
        return months.between(first, last).stream().map(Payment::of).toList();
    }
}
