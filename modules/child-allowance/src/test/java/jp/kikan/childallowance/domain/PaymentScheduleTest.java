package jp.kikan.childallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 支払期月 (児童手当法 第8条第4項) before and after 令和6年法律第47号, and the October/December 2024 transition. */
class PaymentScheduleTest {

    static final PaymentSchedule SCHEDULE = new PaymentSchedule(AllowanceCalculatorTest.PARAMETERS);

    static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }

    @Test
    void evenMonthsFromOctober2024_eachForTheTwoMonthsBefore_児童手当法第8条第4項_改正後() {
        assertThat(SCHEDULE.paymentMonthOf(ym("2026-10"))).isEqualTo(ym("2026-12"));
        assertThat(SCHEDULE.paymentMonthOf(ym("2026-11"))).isEqualTo(ym("2026-12"));
        assertThat(SCHEDULE.paymentMonthOf(ym("2026-12"))).isEqualTo(ym("2027-02"));
        assertThat(SCHEDULE.paymentMonthOf(ym("2027-01"))).isEqualTo(ym("2027-02"));
    }

    @Test
    void februaryJuneOctoberBefore_eachForTheFourMonthsBefore_児童手当法第8条第4項_改正前() {
        List<PaymentSchedule.Payment> payments = SCHEDULE.between(ym("2023-10"), ym("2024-05"));
        assertThat(payments).hasSize(2);
        assertThat(payments.get(0).paymentMonth()).isEqualTo(ym("2024-02"));
        assertThat(payments.get(0).months())
                .containsExactly(ym("2023-10"), ym("2023-11"), ym("2023-12"), ym("2024-01"));
        assertThat(payments.get(1).paymentMonth()).isEqualTo(ym("2024-06"));
        assertThat(payments.get(1).months())
                .containsExactly(ym("2024-02"), ym("2024-03"), ym("2024-04"), ym("2024-05"));
        assertThat(payments.get(1).source()).contains("令和6年法律第47号による改正前");
    }

    @Test
    void transition_october2024PaysJuneToSeptember_december2024PaysOctoberAndNovember() {
        List<PaymentSchedule.Payment> payments = SCHEDULE.between(ym("2024-06"), ym("2025-01"));
        assertThat(payments)
                .extracting(PaymentSchedule.Payment::paymentMonth)
                .containsExactly(ym("2024-10"), ym("2024-12"), ym("2025-02"));
        assertThat(payments.get(0).months())
                .containsExactly(ym("2024-06"), ym("2024-07"), ym("2024-08"), ym("2024-09"));
        assertThat(payments.get(0).source()).contains("令和6年法律第47号による改正後");
        assertThat(payments.get(1).months()).containsExactly(ym("2024-10"), ym("2024-11"));
        assertThat(payments.get(2).months()).containsExactly(ym("2024-12"), ym("2025-01"));
    }

    @Test
    void aReversedPeriodIsRejected() {
        assertThatThrownBy(() -> SCHEDULE.between(ym("2025-01"), ym("2024-12")))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("period-reversed"));
    }
}
