package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Fixtures.CITY;
import static jp.kikan.individualresidenttax.domain.Fixtures.DESIGNATED_CITY;
import static jp.kikan.individualresidenttax.domain.Fixtures.PARAMETERS;
import static jp.kikan.individualresidenttax.domain.Fixtures.R7;
import static jp.kikan.individualresidenttax.domain.Fixtures.R8;
import static jp.kikan.individualresidenttax.domain.Fixtures.earner;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.platform.parameter.DatedValue;
import jp.kikan.platform.parameter.LegalParameters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The whole assessment. The examples here are worked out by hand from the provisions (each step in the comments); the
 * municipalities' published examples are in {@link OfficialWorkedExamplesTest}.
 */
class ResidentTaxCalculatorTest {

    static final ResidentTaxCalculator CALCULATOR = new ResidentTaxCalculator(PARAMETERS);

    @Nested
    class WorkedExamples {

        /**
         * 令和8年度, 給与収入 5,000,000円, 社会保険料 750,000円, single, an ordinary 市. 給与所得 5,000,000 × 80% −
         * 440,000 = 3,560,000; 所得控除 750,000 + 430,000 = 1,180,000; 課税総所得金額 2,380,000; 算出所得割 142,800 /
         * 95,200; 人的控除額の差 50,000, 課税所得 > 200万 so the base is max(50,000 − 380,000, 50,000) = 50,000: 調整控除
         * 1,500 / 1,000; 所得割 141,300 / 94,200; 均等割 3,000 / 1,000; 森林環境税 1,000; 年税額 240,500.
         */
        @Test
        void salary5MillionSingleReiwa8() {
            ResidentTaxAssessment a = CALCULATOR.calculate(earner(5_000_000, 750_000), R8);
            assertThat(a.salaryIncome()).isEqualTo(3_560_000);
            assertThat(a.deductions().total()).isEqualTo(1_180_000);
            assertThat(a.taxableIncome()).isEqualTo(2_380_000);
            assertThat(a.municipalLevyBeforeCredits()).isEqualTo(142_800);
            assertThat(a.prefecturalLevyBeforeCredits()).isEqualTo(95_200);
            assertThat(a.municipalAdjustment()).isEqualTo(1_500);
            assertThat(a.prefecturalAdjustment()).isEqualTo(1_000);
            assertThat(a.municipalIncomeLevy()).isEqualTo(141_300);
            assertThat(a.prefecturalIncomeLevy()).isEqualTo(94_200);
            assertThat(a.municipalPerCapita()).isEqualTo(3_000);
            assertThat(a.prefecturalPerCapita()).isEqualTo(1_000);
            assertThat(a.forestEnvironmentTax()).isEqualTo(1_000);
            assertThat(a.total()).isEqualTo(240_500);
            assertThat(a.municipalTax()).isEqualTo(144_300);
            assertThat(a.prefecturalTax()).isEqualTo(95_200);
        }

        /**
         * 令和8年度, 給与収入 3,000,000円, 社会保険料 356,000円: 給与所得 3,000,000 × 70% − 80,000 = 2,020,000; 所得控除
         * 786,000; 課税総所得金額 1,234,000 (≤ 200万): base min(50,000, 1,234,000) = 50,000; 算出所得割 74,040 − 1,500 =
         * 72,540 → 100円未満切捨 72,500; 49,360 − 1,000 = 48,360 → 48,300; 年税額 72,500 + 48,300 + 5,000 = 125,800.
         */
        @Test
        void salary3MillionHundredYenRoundingOfEachSide() {
            ResidentTaxAssessment a = CALCULATOR.calculate(earner(3_000_000, 356_000), R8);
            assertThat(a.taxableIncome()).isEqualTo(1_234_000);
            assertThat(a.municipalLevyBeforeCredits()).isEqualTo(74_040);
            assertThat(a.municipalIncomeLevy()).isEqualTo(72_500);
            assertThat(a.prefecturalIncomeLevy()).isEqualTo(48_300);
            assertThat(a.total()).isEqualTo(125_800);
            assertThat(a.step("所得割額（市町村民税）").rule()).contains("100円未満切捨");
        }

        /**
         * 令和8年度, 公的年金等 2,500,000円 at 75, 社会保険料 150,000円: 雑所得 2,500,000 − 1,100,000 = 1,400,000; 所得控除
         * 580,000; 課税総所得金額 820,000; 49,200 − 1,500 = 47,700; 32,800 − 1,000 = 31,800; 年税額 84,500.
         */
        @Test
        void pensioner75Reiwa8() {
            TaxpayerFacts facts = TaxpayerFacts.salaryEarner(CITY, LocalDate.of(1950, 5, 5), 0, 150_000)
                    .withPension(2_500_000);
            ResidentTaxAssessment a = CALCULATOR.calculate(facts, R8);
            assertThat(a.pensionIncome()).isEqualTo(1_400_000);
            assertThat(a.taxableIncome()).isEqualTo(820_000);
            assertThat(a.total()).isEqualTo(84_500);
        }
    }

    @Nested
    class Reiwa7ZeiseiKaiseiReachesReiwa8 {

        /**
         * 給与収入 1,800,000円, no 社会保険料: 令和7年度 給与所得 1,180,000 → 課税 750,000 → 45,000 − 1,500 + 30,000 −
         * 1,000 + 5,000 = 77,500; 令和8年度 1,150,000 → 720,000 → 43,200 − 1,500 + 28,800 − 1,000 + 5,000 = 74,500.
         */
        @Test
        void theMinimumSalaryDeductionOf650000LowersTheTaxBy3000() {
            assertThat(CALCULATOR.calculate(earner(1_800_000, 0), R7).total()).isEqualTo(77_500);
            assertThat(CALCULATOR.calculate(earner(1_800_000, 0), R8).total()).isEqualTo(74_500);
        }
    }

    @Nested
    class ChihouzeihouDai314Jou3Dai2KouShiteiToshi {

        /** The 5,000,000円 example in a 指定都市: 190,400 − 2,000 = 188,400 and 47,600 − 500 = 47,100; total unchanged. */
        @Test
        void designatedCitySplitsEightAndTwo() {
            ResidentTaxAssessment a = CALCULATOR.calculate(earner(DESIGNATED_CITY, 5_000_000, 750_000), R8);
            assertThat(a.municipalLevyBeforeCredits()).isEqualTo(190_400);
            assertThat(a.prefecturalLevyBeforeCredits()).isEqualTo(47_600);
            assertThat(a.municipalAdjustment()).isEqualTo(2_000);
            assertThat(a.prefecturalAdjustment()).isEqualTo(500);
            assertThat(a.municipalIncomeLevy()).isEqualTo(188_400);
            assertThat(a.prefecturalIncomeLevy()).isEqualTo(47_100);
            assertThat(a.total()).isEqualTo(240_500);
        }

        /**
         * 神奈川県's 超過課税 as its ordinance values (県民税 所得割 2.025% in a 指定都市, 均等割 1,300円 with the 水源環境保全税;
         * figures of next-wave-research.md §6(b), 相模原市): 2,380,000 × 2.025% = 48,195 − 500 = 47,695 → 47,600; 年税額
         * 188,400 + 47,600 + 3,000 + 1,300 + 1,000 = 241,300.
         */
        @Test
        void prefecturalExcessTaxationIsTheTenantsOrdinanceValue() {
            Map<String, Object> kanagawa =
                    Map.of("income-levy.rate.designated-city.prefectural", "0.02025", "per-capita.prefectural", "1300");
            LegalParameters withOrdinance = LegalParameters.fromClasspath(
                    getClass().getClassLoader(),
                    (tenant, module, key, date) ->
                            tenant.equals(DESIGNATED_CITY.tenantCode()) && kanagawa.containsKey(key)
                                    ? Optional.of(DatedValue.from(
                                            LocalDate.of(2024, 1, 1), kanagawa.get(key), "神奈川県県税条例（試験用の値）"))
                                    : Optional.empty());
            ResidentTaxAssessment a =
                    new ResidentTaxCalculator(withOrdinance).calculate(earner(DESIGNATED_CITY, 5_000_000, 750_000), R8);
            assertThat(a.prefecturalLevyBeforeCredits()).isEqualTo(48_195);
            assertThat(a.prefecturalIncomeLevy()).isEqualTo(47_600);
            assertThat(a.prefecturalPerCapita()).isEqualTo(1_300);
            assertThat(a.total()).isEqualTo(241_300);
            assertThat(a.step("均等割額（道府県民税）").source()).contains("条例（団体 999992）");
        }
    }

    @Nested
    class ChihouzeihouDai314Jou6ChouseiKoujo {

        /** 課税所得 ≤ 200万: the smaller of the difference and the 課税所得 (here the 課税所得 of 20,000). */
        @Test
        void atMostTheTaxableIncome() {
            // 給与 1,100,000 → 給与所得 450,000 … take 1,150,000 → 500,000 − 430,000 − 50,000 = 20,000
            ResidentTaxAssessment a = CALCULATOR.calculate(earner(1_150_000, 50_000), R8);
            assertThat(a.taxableIncome()).isEqualTo(20_000);
            assertThat(a.step("調整控除の基礎となる額").amount()).isEqualTo(20_000);
            assertThat(a.municipalAdjustment()).isEqualTo(600);
            assertThat(a.prefecturalAdjustment()).isEqualTo(400);
            // 1,200 − 600 = 600; 800 − 400 = 400
            assertThat(a.municipalIncomeLevy()).isEqualTo(600);
            assertThat(a.prefecturalIncomeLevy()).isEqualTo(400);
        }

        @Test
        void bothSidesOf2MillionOfTaxableIncome() {
            // a 特定扶養親族: difference 50,000 + 180,000 = 230,000
            List<Relative> student = List.of(Relative.of(LocalDate.of(2005, 6, 1), 0));
            // 給与 4,800,000 → 4,800,000 × 80% − 440,000 = 3,400,000 − 社保 520,000 − 430,000 − 450,000 = 2,000,000
            ResidentTaxAssessment at =
                    CALCULATOR.calculate(earner(4_800_000, 520_000).withRelatives(student), R8);
            assertThat(at.taxableIncome()).isEqualTo(2_000_000);
            assertThat(at.step("調整控除の基礎となる額").amount()).isEqualTo(230_000);
            // 1,000 more 社保 less → 2,001,000: 230,000 − 1,000 = 229,000
            ResidentTaxAssessment over =
                    CALCULATOR.calculate(earner(4_800_000, 519_000).withRelatives(student), R8);
            assertThat(over.taxableIncome()).isEqualTo(2_001_000);
            assertThat(over.step("調整控除の基礎となる額").amount()).isEqualTo(229_000);
            assertThat(over.municipalAdjustment()).isEqualTo(6_870);
            assertThat(over.prefecturalAdjustment()).isEqualTo(4_580);
        }

        @Test
        void noAdjustmentAbove25MillionOfTotalIncome() {
            // 給与 26,950,001 → 25,000,001 of 給与所得
            ResidentTaxAssessment over = CALCULATOR.calculate(earner(26_950_001, 0), R8);
            assertThat(over.totalIncome()).isEqualTo(25_000_001);
            assertThat(over.municipalAdjustment()).isZero();
            ResidentTaxAssessment at = CALCULATOR.calculate(earner(26_950_000, 0), R8);
            assertThat(at.totalIncome()).isEqualTo(25_000_000);
            assertThat(at.municipalAdjustment()).isEqualTo(1_500);
        }
    }

    @Nested
    class ChihouzeihouDai295JouHikazeiInTheAssessment {

        @Test
        void perCapitaExemptPaysNothingNotEvenTheForestTax() {
            // 給与 1,100,000 → 450,000 = the single limit
            ResidentTaxAssessment a = CALCULATOR.calculate(earner(1_100_000, 0), R8);
            assertThat(a.totalIncome()).isEqualTo(450_000);
            assertThat(a.exemption().perCapitaExempt()).isTrue();
            assertThat(a.total()).isZero();
            assertThat(a.forestEnvironmentTax()).isZero();
            ResidentTaxAssessment one = CALCULATOR.calculate(earner(1_100_001, 0), R8);
            assertThat(one.exemption().perCapitaExempt()).isFalse();
            assertThat(one.forestEnvironmentTax()).isEqualTo(1_000);
        }

        @Test
        void perCapitaOnlyWhenAboveItsLimitButNotTheIncomeLevyOne() {
            // 1級地, a 同一生計配偶者: 均等割 limit 1,010,000, 所得割 limit 1,120,000; 給与 1,750,000 → 1,100,000
            TaxpayerFacts facts = earner(1_750_000, 0).withSpouse(Relative.of(LocalDate.of(1982, 3, 3), 0));
            ResidentTaxAssessment a = CALCULATOR.calculate(facts, R8);
            assertThat(a.exemption().perCapitaExempt()).isFalse();
            assertThat(a.exemption().incomeLevyExempt()).isTrue();
            assertThat(a.municipalIncomeLevy()).isZero();
            assertThat(a.total()).isEqualTo(5_000);
        }
    }

    @Test
    void everyFigureIsExplainedWithItsSource() {
        ResidentTaxAssessment a = CALCULATOR.calculate(earner(5_000_000, 750_000), R8);
        assertThat(a.explanation())
                .extracting(Step::term)
                .contains(
                        "給与所得",
                        "合計所得金額",
                        "社会保険料控除",
                        "基礎控除",
                        "均等割の非課税限度額",
                        "所得割の非課税限度額",
                        "課税総所得金額",
                        "算出所得割額（市町村民税）",
                        "人的控除額の差（基礎控除）",
                        "調整控除（道府県民税）",
                        "所得割額（道府県民税）",
                        "均等割額（市町村民税）",
                        "森林環境税",
                        "年税額");
        assertThat(a.explanation()).allSatisfy(step -> assertThat(step.source()).isNotBlank());
        assertThat(a.step("課税総所得金額").rule()).contains("1,000円未満切捨");
        assertThat(a.step("基礎控除").source()).contains("地方税法 第314条の2第2項");
    }
}
