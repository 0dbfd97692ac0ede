package jp.kikan.childrearingallowance.domain;

import static jp.kikan.childrearingallowance.domain.AllowanceCalculatorTest.CALCULATOR;
import static jp.kikan.childrearingallowance.domain.AllowanceCalculatorTest.mother;
import static jp.kikan.childrearingallowance.domain.AllowanceCalculatorTest.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The months from 2021-03 to 2023-03, each at the amounts and income rules of its own month: 令和2年度 (= 令和3年度,
 * 令和2年政令第96号) and 令和4年度 (令和4年政令第109号); the first month of each period and the month before.
 */
class EarlierMonthsTest {

    @Test
    void 児童扶養手当法第5条_令和3年3月分から試算でき_2月分は対象外() {
        assertThat(total("2021-03", 1, 0)).isEqualTo(43_160);
        assertThatThrownBy(() -> mother("2021-02", 1, 0))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("taisho_ym"));
    }

    @Test
    void 児童扶養手当法施行令第2条の2_令和3年度は令和2年度と同額_3人で59460円() {
        // 43,160 + 10,190 + 6,110 (新十津川町)
        assertThat(total("2021-06", 3, 0)).isEqualTo(59_460);
    }

    @Test
    void 児童扶養手当法施行令第2条の2_令和4年4月の物価スライドとその前月() {
        assertThat(total("2022-03", 3, 0)).isEqualTo(59_460);
        assertThat(total("2022-04", 3, 0)).isEqualTo(43_070 + 10_170 + 6_100);
        assertThat(total("2023-03", 3, 0)).isEqualTo(59_340);
        assertThat(total("2023-04", 3, 0)).isEqualTo(44_140 + 10_420 + 6_250);
    }

    @Test
    void 児童扶養手当法施行令第2条の4第3項_令和4年3月と4月の一部支給() {
        // 1 child, 1 dependant, 所得 1,200,000: limit 870,000, excess 330,000
        // 2022-03: 330,000 × 0.0230559 = 7,608.4 → 7,610 → 43,150 − 7,610 = 35,540
        assertThat(total("2022-03", 1, 1_200_000)).isEqualTo(35_540);
        // 2022-04: 330,000 × 0.0230070 = 7,592.3 → 7,590 → 43,060 − 7,590 = 35,470
        assertThat(total("2022-04", 1, 1_200_000)).isEqualTo(35_470);
        // the 一部支給 limits 87万 / 230万 of 2018-08 hold: 869,999 full, 2,299,999 the lowest amount, 2,300,000 stopped
        assertThat(total("2021-03", 1, 869_999)).isEqualTo(43_160);
        assertThat(total("2021-03", 1, 870_000)).isEqualTo(43_150);
        assertThat(total("2021-03", 1, 2_299_999)).isEqualTo(10_180);
        assertThat(total("2021-03", 1, 2_300_000)).isZero();
        assertThat(total("2022-04", 2, 2_679_999)).isEqualTo(10_160 + 5_090);
        assertThat(total("2022-04", 3, 3_059_999)).isEqualTo(10_160 + 5_090 + 3_050);
    }

    @Test
    void 児童扶養手当法施行令第4条_給与所得等の10万円控除は令和3年11月分から() {
        // 令和2年分以後の所得 (months from 2021-11); the months 2021-03〜10 are decided by 令和元年分 (UNVERIFIED: no deduction)
        assertThat(parts("2021-10").assessedIncome()).isEqualTo(1_000_000 - 80_000);
        assertThat(parts("2021-11").assessedIncome()).isEqualTo(1_000_000 - 100_000 - 80_000);
    }

    static MonthlyAllowance parts(String month) {
        return CALCULATOR.calculate(new AllowanceRequest(
                YearMonth.parse(month),
                1,
                Recipient.MOTHER,
                new Income.Parts(1_000_000, 1_000_000, 0, Deductions.NONE),
                1,
                0,
                0,
                List.of()));
    }
}
