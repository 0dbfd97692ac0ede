package jp.kikan.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.TenantParameterOverrides;
import org.junit.jupiter.api.Test;

/** 支払期月 from a dated parameter: the rule in force in the payment month decides which months it pays. */
class PaymentScheduleTest {

    static final PaymentSchedule SCHEDULE = new PaymentSchedule(
            LegalParameters.fromClasspath(PaymentScheduleTest.class.getClassLoader(), TenantParameterOverrides.NONE),
            "benefit-example",
            "payment-months");

    static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }

    @Test
    void aPaymentMonthIsOneOfTheRuleInForceInIt() {
        assertThat(SCHEDULE.isPaymentMonth(ym("2024-06"))).isTrue();
        assertThat(SCHEDULE.isPaymentMonth(ym("2024-08"))).isFalse();
        assertThat(SCHEDULE.isPaymentMonth(ym("2024-12"))).isTrue();
        assertThat(SCHEDULE.source(ym("2024-12"))).isEqualTo("試験用の給付 第1条（改正後）（2024-10-01からの値）");
        assertThat(SCHEDULE.source(ym("2024-06"))).isEqualTo("試験用の給付 第1条（改正前）（2012-04-01から2024-09-30までの値）");
    }

    @Test
    void eachMonthIsPaidInTheFirstPaymentMonthAfterIt_underTheRuleInForceThen() {
        assertThat(SCHEDULE.paymentMonthOf(ym("2024-05"))).isEqualTo(ym("2024-06"));
        // June to September wait for October, already under the new rule
        List<PaymentSchedule.Payment> payments = SCHEDULE.between(ym("2024-06"), ym("2024-11"));
        assertThat(payments)
                .extracting(PaymentSchedule.Payment::paymentMonth)
                .containsExactly(ym("2024-10"), ym("2024-12"));
        assertThat(payments.get(0).months())
                .containsExactly(ym("2024-06"), ym("2024-07"), ym("2024-08"), ym("2024-09"));
        assertThat(payments.get(0).source()).contains("改正後");
        assertThat(payments.get(1).months()).containsExactly(ym("2024-10"), ym("2024-11"));
    }

    @Test
    void aReversedPeriodIsRefused() {
        assertThatThrownBy(() -> SCHEDULE.between(ym("2025-01"), ym("2024-12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period reversed");
    }
}
