package jp.kikan.childallowance.domain;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.platform.parameter.LegalParameters;

/**
 * 支払期月 of 児童手当 (児童手当法 第8条第4項): paid in the payment months, each time for the months up to the one before.
 * Until 2024-09 the payment months were February, June and October (four months each); from 2024-10 they are the even
 * months (two months each). The rule in force in the payment month decides: so the October 2024 payment, already
 * under the new rule, covered June to September 2024, and the December 2024 payment October and November. The
 * mechanics are the benefit module's; the rule is {@code payment-months} of {@code parameters/child-allowance.yaml}.
 *
 * <p>A payment for months after the right ended, or one that was due earlier, may be made outside the payment months
 * (第8条第4項ただし書); this schedule gives the regular months only.
 */
public final class PaymentSchedule extends jp.kikan.benefit.PaymentSchedule {

    public PaymentSchedule(LegalParameters parameters) {
        super(parameters, Parameters.MODULE, Parameters.PAYMENT_MONTHS);
    }

    /**
     * The payments of the months from {@code first} (the month after 認定請求, 第8条第2項) to {@code last} (the month the
     * right ends), both inclusive, in order.
     *
     * @throws InvalidInput {@code period-reversed} when {@code last} is before {@code first}
     */
    @Override
    public List<Payment> between(YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            throw new InvalidInput("shuryo_ym", "period-reversed", "終了月（shuryo_ym）は開始月（kaishi_ym）以後の月を指定してください");
        }
        return super.between(first, last);
    }
}
