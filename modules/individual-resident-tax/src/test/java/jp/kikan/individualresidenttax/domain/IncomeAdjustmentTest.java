package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Fixtures.CITY;
import static jp.kikan.individualresidenttax.domain.Fixtures.PARAMETERS;
import static jp.kikan.individualresidenttax.domain.Fixtures.R8;
import static jp.kikan.individualresidenttax.domain.Fixtures.earner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 所得金額調整控除 (租税特別措置法 第41条の3の3) in the 住民税 assessment. */
class IncomeAdjustmentTest {

    static final ResidentTaxCalculator CALCULATOR = new ResidentTaxCalculator(PARAMETERS);
    static final IncomeRules RULES = new IncomeRules(PARAMETERS);

    /** Born so as to be {@code age} on 12月31日 2025. */
    static LocalDate aged(int age) {
        return LocalDate.of(2025 - age, 12, 31);
    }

    @Nested
    class SochihouDai41Jou3No3Dai1KouChildOrSpecialDisability {

        @ParameterizedTest(name = "給与収入 {0} with a child → 調整控除 {1}")
        @CsvSource({"8500000, 0", "8500001, 1", "9000000, 50000", "10000000, 150000", "11000000, 150000"})
        void overEightPointFiveMillion(long revenue, long expected) {
            TaxpayerFacts facts = earner(revenue, 0).withRelatives(List.of(Relative.of(aged(10), 0)));
            ResidentTaxAssessment a = CALCULATOR.calculate(facts, R8);
            assertThat(a.step("所得金額調整控除").amount()).isEqualTo(expected);
            assertThat(a.salaryIncome())
                    .isEqualTo(RULES.salaryIncome(revenue, R8).amount() - expected);
        }

        @Test
        void aDependantUnder23OrASpeciallyDisabledRelativeOrSelf() {
            long revenue = 9_000_000;
            assertThat(adjustment(earner(revenue, 0).withRelatives(List.of(Relative.of(aged(22), 0)))))
                    .isEqualTo(50_000);
            assertThat(adjustment(earner(revenue, 0).withRelatives(List.of(Relative.of(aged(23), 0)))))
                    .isZero();
            assertThat(adjustment(earner(revenue, 0)
                            .withSpouse(new Relative(aged(50), 0, Disability.SPECIAL_COHABITING, false))))
                    .isEqualTo(50_000);
            assertThat(adjustment(earner(revenue, 0).withSpouse(new Relative(aged(50), 0, Disability.ORDINARY, false))))
                    .isZero();
            assertThat(adjustment(earner(revenue, 0).withStatus(Disability.SPECIAL, FamilyStatus.NONE, false, false)))
                    .isEqualTo(50_000);
            // a child whose 合計所得金額 is above the 扶養親族 limit (580,000 in 令和8年度) is not a 扶養親族
            assertThat(adjustment(earner(revenue, 0).withRelatives(List.of(Relative.of(aged(20), 580_001)))))
                    .isZero();
        }

        static long adjustment(TaxpayerFacts facts) {
            return CALCULATOR.calculate(facts, R8).step("所得金額調整控除").amount();
        }
    }

    @Nested
    class SochihouDai41Jou3No3Dai2KouSalaryAndPension {

        @ParameterizedTest(name = "給与所得 350,000 and 年金収入 {0} at 70 → {1}")
        @CsvSource({"1100000, 0", "1150000, 50000", "1200000, 100000", "2000000, 100000"})
        void bothIncomes(long pensionRevenue, long expected) {
            // 給与 1,000,000 → 給与所得 350,000 (令和8年度, 65万円 minimum)
            TaxpayerFacts facts =
                    TaxpayerFacts.salaryEarner(CITY, aged(70), 1_000_000, 0).withPension(pensionRevenue);
            ResidentTaxAssessment a = CALCULATOR.calculate(facts, R8);
            assertThat(a.step("所得金額調整控除").amount()).isEqualTo(expected);
            assertThat(a.totalIncome()).isEqualTo(350_000 + a.pensionIncome() - expected);
        }

        @Test
        void smallSalaryIncomeCountsAsItIs() {
            // 給与所得 30,000 + min(年金所得 400,000, 100,000) − 100,000 = 30,000
            Step step = RULES.incomeAdjustment(680_000, 30_000, 400_000, false, R8);
            assertThat(step.amount()).isEqualTo(30_000);
        }
    }
}
