package jp.kikan.childrearingallowance.domain;

import jp.kikan.platform.parameter.LegalParameters;

/**
 * 支払期月 of 児童扶養手当 (児童扶養手当法 第7条第3項): paid in the payment months, each time for the months up to the one
 * before. From 2019-11 (平成30年法律第44号) they are the odd months, two months each; before, April, August and
 * December, four months each. The rule in force in the payment month decides, so the November 2019 payment covered
 * August to October 2019. The mechanics are the benefit module's; the rule is {@code payment-months} of
 * {@code parameters/child-rearing-allowance.yaml}.
 *
 * <p>Payments due earlier or after the right ended may be made outside the payment months (第7条第3項ただし書); this
 * schedule gives the regular months only.
 */
public final class PaymentSchedule extends jp.kikan.benefit.PaymentSchedule {

    public PaymentSchedule(LegalParameters parameters) {
        super(parameters, Parameters.MODULE, Parameters.PAYMENT_MONTHS);
    }
}
