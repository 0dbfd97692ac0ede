package jp.kikan.childallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 支給開始・額改定・支給の終わりの月 (児童手当法 第8条第2項・第3項, 第9条) with the 15日特例 at its boundaries. */
class EffectiveMonthsTest {

    static final EffectiveMonths MONTHS = new EffectiveMonths(AllowanceCalculatorTest.PARAMETERS);

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static Occurrence moveIn(String date) {
        return new Occurrence(Occurrence.Kind.MOVE_IN, d(date));
    }

    static Occurrence birth(String date) {
        return new Occurrence(Occurrence.Kind.BIRTH, d(date));
    }

    @Test
    void paidFromTheMonthAfterTheClaim_児童手当法第8条第2項() {
        EffectiveMonth start = MONTHS.start(d("2026-05-20"), List.of());
        assertThat(start.month()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(start.special()).isNull();
        assertThat(start.reason()).contains("児童手当法 第8条第2項");
    }

    @Test
    void aClaimOnTheFifteenthDayAfterAMoveInCountsFromTheMonthAfterTheMove_児童手当法第8条第3項_15日特例() {
        // moved in on 4/30: the period counts from 5/1, so 5/15 is the 15th day → paid from May
        EffectiveMonth start = MONTHS.start(d("2026-05-15"), List.of(moveIn("2026-04-30")));
        assertThat(start.month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(start.special()).isEqualTo(moveIn("2026-04-30"));
        assertThat(start.reason()).contains("15日特例").contains("児童手当法 第8条第3項");
    }

    @Test
    void aClaimOnTheSixteenthDayIsRegular_児童手当法第8条第3項_15日特例の期間経過() {
        EffectiveMonth start = MONTHS.start(d("2026-05-16"), List.of(moveIn("2026-04-30")));
        assertThat(start.month()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(start.special()).isNull();
    }

    @Test
    void aClaimInTheMonthOfTheEventGainsNothingFromTheSpecialRule_児童手当法第8条第2項() {
        EffectiveMonth start = MONTHS.start(d("2026-04-25"), List.of(moveIn("2026-04-20")));
        assertThat(start.month()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(start.special()).isNull();
    }

    @Test
    void aBirthCountsAsAReasonBeyondControl_児童手当法第8条第3項_やむを得ない理由() {
        EffectiveMonth start = MONTHS.start(d("2026-09-03"), List.of(birth("2026-08-20"), moveIn("2020-01-01")));
        assertThat(start.month()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(start.special()).isEqualTo(birth("2026-08-20"));
    }

    @Test
    void anIncreaseRunsFromTheMonthAfterTheRevisionClaim_児童手当法第9条第1項() {
        EffectiveMonth late = MONTHS.increase(d("2026-09-10"), birth("2026-08-20"));
        assertThat(late.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(late.reason()).contains("児童手当法 第9条第1項");
        EffectiveMonth inTime = MONTHS.increase(d("2026-09-04"), birth("2026-08-20"));
        assertThat(inTime.month()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(inTime.reason()).contains("第9条第2項（第8条第3項の準用）");
    }

    @Test
    void aDecreaseRunsFromTheMonthAfterTheEvent_児童手当法第9条第3項() {
        EffectiveMonth decrease = MONTHS.decrease(d("2026-07-31"));
        assertThat(decrease.month()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(decrease.reason()).contains("児童手当法 第9条第3項");
    }

    @Test
    void paymentEndsWithTheMonthOfTheEvent_児童手当法第8条第2項() {
        EffectiveMonth end = MONTHS.end(d("2026-10-31"));
        assertThat(end.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(MONTHS.end(d("2026-10-01")).month()).isEqualTo(YearMonth.of(2026, 10));
    }
}
