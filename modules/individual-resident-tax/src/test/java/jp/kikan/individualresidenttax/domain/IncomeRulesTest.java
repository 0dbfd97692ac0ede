package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Fixtures.PARAMETERS;
import static jp.kikan.individualresidenttax.domain.Fixtures.R7;
import static jp.kikan.individualresidenttax.domain.Fixtures.R8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 給与所得 and 公的年金等に係る雑所得; expected values worked out by hand from the provisions in the comments. */
class IncomeRulesTest {

    static final IncomeRules RULES = new IncomeRules(PARAMETERS);

    static long salary(long revenue, TaxYear year) {
        return RULES.salaryIncome(revenue, year).amount();
    }

    @Nested
    class ShotokuzeihouDai28JouBeppyouDai5Reiwa8 {

        @ParameterizedTest(name = "令和8年度 収入 {0} → 給与所得 {1}")
        @CsvSource({
            // 65万円 minimum (令和7年法律第13号による改正後): 0 below 651,000, then 収入 − 650,000
            "650999, 0",
            "651000, 1000",
            "1619000, 969000",
            "1800000, 1150000",
            "1899999, 1249999",
            // 1,900,000 on: 4,000円 steps, A × 70% − 80,000
            "1900000, 1250000",
            "1903999, 1250000",
            "1904000, 1252800",
            "3599999, 2437200", // A = 3,596,000
            // 3,600,000 on: A × 80% − 440,000
            "3600000, 2440000",
            "5000000, 3560000",
            "6599999, 4836800", // A = 6,596,000
            // 6,600,000 on: 第28条第3項 on the 収入 itself, 収入 × 90% − 1,100,000, 1円未満切捨
            "6600000, 4840000",
            "6600001, 4840000", // 4,840,000.9 → 4,840,000
            "8500000, 6550000",
            // over 8,500,000: 1,950,000 cap
            "8500001, 6550001",
            "20000000, 18050000"
        })
        void salaryIncome(long revenue, long expected) {
            assertThat(salary(revenue, R8)).isEqualTo(expected);
        }

        @Test
        void theRuleNamesTheStepAndTheSource() {
            Step step = RULES.salaryIncome(1_903_999, R8);
            assertThat(step.rule()).contains("4,000円刻み").contains("1,900,000円");
            assertThat(step.source()).contains("所得税法 第28条第3項").contains("2026-01-01から");
        }
    }

    @Nested
    class ShotokuzeihouDai28JouBeppyouDai5Reiwa7 {

        @ParameterizedTest(name = "令和7年度 収入 {0} → 給与所得 {1}")
        @CsvSource({
            // 55万円 minimum (改正前): 0 below 551,000, then 収入 − 550,000 to 1,618,999
            "550999, 0",
            "551000, 1000",
            "1618999, 1068999",
            // the four rows before the 4,000円 steps: 1,619,000 / 1,620,000 / 1,622,000 / 1,624,000
            "1619000, 1069000",
            "1619999, 1069000",
            "1620000, 1070000",
            "1621999, 1070000",
            "1622000, 1072000",
            "1623999, 1072000",
            "1624000, 1074000",
            "1625000, 1074000",
            "1627999, 1074000",
            // 1,628,000 on: A × 60% + 100,000
            "1628000, 1076800",
            "1631999, 1076800",
            "1632000, 1079200",
            "1799999, 1177600", // A = 1,796,000
            // 1,800,000 on: A × 70% − 80,000
            "1800000, 1180000",
            "1900000, 1250000",
            "6600000, 4840000"
        })
        void salaryIncome(long revenue, long expected) {
            assertThat(salary(revenue, R7)).isEqualTo(expected);
        }

        @Test
        void reiwa7ZeiseiKaiseiChangesOnlyRevenuesBelow1900000() {
            assertThat(salary(1_800_000, R8)).isEqualTo(salary(1_800_000, R7) - 30_000);
            assertThat(salary(1_900_000, R8)).isEqualTo(salary(1_900_000, R7));
            assertThat(salary(4_000_000, R8)).isEqualTo(salary(4_000_000, R7));
        }
    }

    @Nested
    class ShotokuzeihouDai35JouDai4KouSochihouDai41Jou15No3 {

        static final int ELDERLY = 65;
        static final int YOUNGER = 64;

        static long pension(long revenue, int age, long other) {
            return RULES.pensionIncome(revenue, age, other, R8).amount();
        }

        @ParameterizedTest(name = "65歳以上 収入 {0} → {1}")
        @CsvSource({
            "1100000, 0",
            "1100001, 1",
            "2500000, 1400000",
            "3300000, 2200000",
            "3300001, 2200000", // 3,300,001 − (825,000.25 + 275,000) = 2,200,000.75 → 2,200,000
            "4100000, 2800000",
            "4100001, 2800000", // 15% band: 4,100,001 − 1,300,000.15
            "7700000, 5860000",
            "10000000, 8045000",
            "10000001, 8045001" // 1,955,000 cap
        })
        void sixtyFiveOrOver(long revenue, long expected) {
            assertThat(pension(revenue, ELDERLY, 0)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "65歳未満 収入 {0} → {1}")
        @CsvSource({"600000, 0", "600001, 1", "1300000, 700000", "1300001, 700000", "3300000, 2200000"})
        void underSixtyFive(long revenue, long expected) {
            assertThat(pension(revenue, YOUNGER, 0)).isEqualTo(expected);
        }

        @Test
        void otherIncomeOver10MillionLowersTheDeductionBy100000AndOver20MillionBy200000() {
            assertThat(pension(2_000_000, ELDERLY, 10_000_000)).isEqualTo(900_000);
            assertThat(pension(2_000_000, ELDERLY, 10_000_001)).isEqualTo(1_000_000);
            assertThat(pension(2_000_000, ELDERLY, 20_000_000)).isEqualTo(1_000_000);
            assertThat(pension(2_000_000, ELDERLY, 20_000_001)).isEqualTo(1_100_000);
        }
    }

    @Test
    void aNegativeRevenueIsRejectedNamingTheField() {
        assertThatThrownBy(() -> RULES.salaryIncome(-1, R8))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("給与等の収入金額");
    }

    @Test
    void aYearWithoutParametersIsRejected() {
        assertThatThrownBy(() -> RULES.salaryIncome(1_000_000, TaxYear.reiwa(6)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("施行されていません");
    }
}
