package jp.kikan.childallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A month that pays nothing is an answer with its reason and provision (児童手当法 第4条第1項, 第3条第1項; 附則第2条 for the
 * 所得上限限度額), never an error — both sides of the boundary.
 */
class NoPaymentTest {

    @Test
    void law4_1_law3_1_noChildInAgeIsZeroWithTheReasonAndTheArticle_theMonthBeforeIsPaid() {
        // 2008-04-01: 18歳に達する日 2026-03-31 → paid through March 2026
        MonthlyAllowance march = AllowanceCalculatorTest.month("2026-03", AllowanceCalculatorTest.kid("2008-04-01"));
        assertThat(march.total()).isEqualTo(10_000);
        assertThat(march.noPayment()).isNull();
        MonthlyAllowance april = AllowanceCalculatorTest.month("2026-04", AllowanceCalculatorTest.kid("2008-04-01"));
        assertThat(april.total()).isZero();
        assertThat(april.noPayment()).isNotNull();
        assertThat(april.noPayment().reason()).contains("18歳に達する日以後の最初の3月31日").contains("0円");
        assertThat(april.noPayment().source()).contains("児童手当法 第4条第1項、第3条第1項");
    }

    @Test
    void supplementaryProvision2_atTheUpperLimitNothingIsPaid_withTheLimitsSource() {
        // 2024-09, 扶養親族等 2: 所得上限限度額 9,340,000 (as in AllowanceCalculatorTest)
        MonthlyAllowance at = AllowanceCalculatorTest.CALCULATOR.calculate(new AllowanceRequest(
                YearMonth.of(2024, 9), List.of(AllowanceCalculatorTest.kid("2020-01-01")), 9_340_000L, 2, 0));
        assertThat(at.regime()).isEqualTo(Regime.NONE);
        assertThat(at.noPayment()).isNotNull();
        assertThat(at.noPayment().reason()).contains("所得上限限度額");
        MonthlyAllowance below = AllowanceCalculatorTest.CALCULATOR.calculate(new AllowanceRequest(
                YearMonth.of(2024, 9), List.of(AllowanceCalculatorTest.kid("2020-01-01")), 9_339_999L, 2, 0));
        assertThat(below.regime()).isEqualTo(Regime.SPECIAL_BENEFIT);
        assertThat(below.noPayment()).isNull();
    }
}
