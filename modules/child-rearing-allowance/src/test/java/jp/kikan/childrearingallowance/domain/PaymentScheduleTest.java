package jp.kikan.childrearingallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 支払期月 (児童扶養手当法 第7条第3項): odd months from 2019-11, April/August/December before. */
class PaymentScheduleTest {

    static final PaymentSchedule SCHEDULE = new PaymentSchedule(AllowanceCalculatorTest.PARAMETERS);

    static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }

    @Test
    void oddMonths_eachForTheTwoMonthsBefore_児童扶養手当法第7条第3項() {
        assertThat(SCHEDULE.paymentMonthOf(ym("2026-11"))).isEqualTo(ym("2027-01"));
        assertThat(SCHEDULE.paymentMonthOf(ym("2026-12"))).isEqualTo(ym("2027-01"));
        assertThat(SCHEDULE.paymentMonthOf(ym("2027-01"))).isEqualTo(ym("2027-03"));
    }

    @Test
    void transition_november2019PaysAugustToOctober() {
        List<PaymentSchedule.Payment> payments = SCHEDULE.between(ym("2019-04"), ym("2019-12"));
        assertThat(payments)
                .extracting(PaymentSchedule.Payment::paymentMonth)
                .containsExactly(ym("2019-08"), ym("2019-11"), ym("2020-01"));
        assertThat(payments.get(0).months())
                .containsExactly(ym("2019-04"), ym("2019-05"), ym("2019-06"), ym("2019-07"));
        assertThat(payments.get(1).months()).containsExactly(ym("2019-08"), ym("2019-09"), ym("2019-10"));
        assertThat(payments.get(2).months()).containsExactly(ym("2019-11"), ym("2019-12"));
    }
}
