package jp.kikan.childrearingallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.TenantParameterOverrides;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * 児童扶養手当の額 around every threshold (at it, 1 yen below, 1 yen above) with 1, 2 and 3 children in 令和6年度 (before
 * and after 2024-11), 令和7年度 and 令和8年度. Expected values are worked out by hand in the comments:
 * 一部支給額 = 一部支給の上限額 − 10円未満四捨五入((所得額 − 全部支給限度額) × 係数).
 */
class AllowanceCalculatorTest {

    static final LegalParameters PARAMETERS = LegalParameters.fromClasspath(
            AllowanceCalculatorTest.class.getClassLoader(), TenantParameterOverrides.NONE);
    static final AllowanceCalculator CALCULATOR = new AllowanceCalculator(PARAMETERS);

    /** A mother whose children are her dependants (扶養親族等の数 = children), with the 所得額 given. */
    static MonthlyAllowance mother(String month, int children, long income) {
        return CALCULATOR.calculate(new AllowanceRequest(
                YearMonth.parse(month),
                children,
                Recipient.MOTHER,
                new Income.Assessed(income),
                children,
                0,
                0,
                List.of()));
    }

    static long total(String month, int children, long income) {
        return mother(month, children, income).total();
    }

    @Nested
    class R7_2025 {
        // 全部 46,690 / 一部 46,680〜11,010; 加算 11,030 / 11,020〜5,520; 係数 0.0256619 / 0.0039568;
        // 限度額 (2024-11〜) 全部 69万 / 一部 208万, 扶養親族等1人につき +38万

        @Test
        void oneChild_limits107and246万_児童扶養手当法施行令第2条の4_令和7年度() {
            assertThat(total("2025-06", 1, 1_069_999)).isEqualTo(46_690); // 全部支給
            assertThat(mother("2025-06", 1, 1_069_999).decision()).isEqualTo(Decision.FULL);
            assertThat(total("2025-06", 1, 1_070_000)).isEqualTo(46_680); // 超過 0 → 46,680 − 0
            assertThat(total("2025-06", 1, 1_070_001)).isEqualTo(46_680); // 1 × 0.0256619 → 0
            // 超過 1,389,999 × 0.0256619 = 35,670.015 → 35,670 → 46,680 − 35,670 = 11,010 (下限)
            assertThat(total("2025-06", 1, 2_459_999)).isEqualTo(11_010);
            assertThat(mother("2025-06", 1, 2_460_000).decision()).isEqualTo(Decision.STOPPED);
            assertThat(total("2025-06", 1, 2_460_000)).isZero();
            assertThat(total("2025-06", 1, 2_460_001)).isZero();
        }

        @Test
        void twoChildren_limits145and284万_加算11030_児童扶養手当法第5条第2項_令和7年度() {
            assertThat(total("2025-06", 2, 1_449_999)).isEqualTo(57_720); // 46,690 + 11,030
            assertThat(total("2025-06", 2, 1_450_000)).isEqualTo(57_700); // 46,680 + 11,020
            assertThat(total("2025-06", 2, 1_450_001)).isEqualTo(57_700);
            // 加算: 1,389,999 × 0.0039568 = 5,499.948 → 5,500 → 5,520; 11,010 + 5,520
            assertThat(total("2025-06", 2, 2_839_999)).isEqualTo(16_530);
            assertThat(total("2025-06", 2, 2_840_000)).isZero();
        }

        @Test
        void threeChildren_limits183and322万_第3子以降も第2子と同額_令和7年度() {
            assertThat(total("2025-06", 3, 1_829_999)).isEqualTo(68_750); // 46,690 + 11,030 × 2
            assertThat(total("2025-06", 3, 1_830_000)).isEqualTo(68_720); // 46,680 + 11,020 × 2
            // 所得 200万: 超過 170,000; 本体 4,362.52 → 4,360 → 42,320; 加算 672.66 → 670 → 10,350 × 2
            MonthlyAllowance middle = mother("2025-06", 3, 2_000_000);
            assertThat(middle.base()).isEqualTo(42_320);
            assertThat(middle.additions()).containsExactly(10_350L, 10_350L);
            assertThat(middle.total()).isEqualTo(63_020);
            assertThat(total("2025-06", 3, 3_219_999)).isEqualTo(22_050); // 11,010 + 5,520 × 2
            assertThat(total("2025-06", 3, 3_220_000)).isZero();
        }
    }

    @Nested
    class R6_April_to_October2024 {
        // 全部 45,500 / 一部 45,490〜10,740; 第2子 10,750 / 10,740〜5,380; 第3子 6,450 / 6,440〜3,230;
        // 係数 0.0243007 / 0.0037483 / 0.0022448; 限度額 全部 49万 / 一部 192万 (+38万)

        @Test
        void oneChild_limits87and230万_令和6年度_改正前() {
            assertThat(total("2024-06", 1, 869_999)).isEqualTo(45_500);
            assertThat(total("2024-06", 1, 870_000)).isEqualTo(45_490);
            assertThat(total("2024-06", 1, 870_001)).isEqualTo(45_490);
            // 1,429,999 × 0.0243007 = 34,749.98 → 34,750 → 10,740
            assertThat(total("2024-06", 1, 2_299_999)).isEqualTo(10_740);
            assertThat(total("2024-06", 1, 2_300_000)).isZero();
        }

        @Test
        void twoChildren_limits125and268万_令和6年度_改正前() {
            assertThat(total("2024-06", 2, 1_249_999)).isEqualTo(56_250); // 45,500 + 10,750
            assertThat(total("2024-06", 2, 1_250_000)).isEqualTo(56_230); // 45,490 + 10,740
            assertThat(total("2024-06", 2, 1_250_001)).isEqualTo(56_230);
            assertThat(total("2024-06", 2, 2_679_999)).isEqualTo(16_120); // 10,740 + 5,380
            assertThat(total("2024-06", 2, 2_680_000)).isZero();
        }

        @Test
        void threeChildren_third6450_lowerThanSecond_until2024_10_児童扶養手当法第5条第2項_改正前() {
            assertThat(total("2024-06", 3, 1_629_999)).isEqualTo(62_700); // 45,500 + 10,750 + 6,450
            assertThat(total("2024-06", 3, 1_630_000)).isEqualTo(62_670); // 45,490 + 10,740 + 6,440
            // 第3子: 1,429,999 × 0.0022448 = 3,210.06 → 3,210 → 3,230; 10,740 + 5,380 + 3,230
            assertThat(total("2024-06", 3, 3_059_999)).isEqualTo(19_350);
            assertThat(total("2024-06", 3, 3_060_000)).isZero();
            assertThat(total("2024-10", 3, 1_629_999)).isEqualTo(62_700);
        }
    }

    @Nested
    class R6_from_November2024 {
        // 2024-11: 限度額 全部 69万 / 一部 208万; 第3子以降 = 第2子 (10,750 / 10,740〜5,380); 係数 0.025 / 0.0038561

        @Test
        void oneChild_limits107and246万_令和6年11月改正後() {
            assertThat(total("2024-12", 1, 1_069_999)).isEqualTo(45_500);
            assertThat(total("2024-12", 1, 1_070_000)).isEqualTo(45_490);
            assertThat(total("2024-12", 1, 2_459_999)).isEqualTo(10_740); // 34,749.975 → 34,750
            assertThat(total("2024-12", 1, 2_460_000)).isZero();
        }

        @Test
        void twoChildren_limits145and284万_令和6年11月改正後() {
            assertThat(total("2024-12", 2, 1_449_999)).isEqualTo(56_250);
            assertThat(total("2024-12", 2, 1_450_000)).isEqualTo(56_230);
            assertThat(total("2024-12", 2, 2_839_999)).isEqualTo(16_120); // 5,359.975 → 5,360 → 5,380
            assertThat(total("2024-12", 2, 2_840_000)).isZero();
        }

        @Test
        void threeChildren_thirdEqualsSecond_fromNovember2024_令和6年法律第47号() {
            assertThat(total("2024-11", 3, 1_829_999)).isEqualTo(67_000); // 45,500 + 10,750 × 2
            assertThat(total("2024-11", 3, 1_830_000)).isEqualTo(66_970); // 45,490 + 10,740 × 2
            assertThat(total("2024-11", 3, 1_830_001)).isEqualTo(66_970);
            assertThat(total("2024-11", 3, 3_219_999)).isEqualTo(21_500); // 10,740 + 5,380 × 2
            assertThat(total("2024-11", 3, 3_220_000)).isZero();
            // the same 所得 in October 2024 was over the old 一部支給 limit (306万): 支給停止
            assertThat(total("2024-10", 3, 3_100_000)).isZero();
            assertThat(total("2024-11", 3, 3_100_000)).isPositive();
        }

        @Test
        void theStopAmountRoundsHalfUpTo10Yen_5円以上切上げ_児童扶養手当法施行令第2条の4第3項() {
            // 超過 600 × 0.025 = 15.000 → 20 (5円以上10円未満は10円に切上げ) → 45,490 − 20 = 45,470
            assertThat(total("2024-12", 1, 1_070_600)).isEqualTo(45_470);
            // 超過 599 × 0.025 = 14.975 → 10 (5円未満切捨て) → 45,480
            assertThat(total("2024-12", 1, 1_070_599)).isEqualTo(45_480);
            MonthlyAllowance r = mother("2024-12", 1, 1_070_600);
            assertThat(r.steps()).anySatisfy(s -> assertThat(s.explanation()).contains("10円未満四捨五入"));
        }
    }

    @Nested
    class R8_2026 {
        // 令和8年4月: 全部 48,050 / 一部 48,040〜11,340 (係数 0.0264029); 第2子以降 11,350 / 11,340〜5,680 (係数 0.0040719);
        // 限度額 unchanged since 2024-11 (全部 69万 / 一部 208万 for 0 dependants, + 38万 each)

        @Test
        void oneChild_fullAndPartial_令和8年度物価スライド_児童扶養手当法施行令第2条の2() {
            assertThat(total("2026-11", 1, 1_069_999)).isEqualTo(48_050);
            assertThat(total("2026-11", 1, 1_070_000)).isEqualTo(48_040);
            assertThat(total("2026-11", 1, 1_070_001)).isEqualTo(48_040); // 0.026 → 0 → 10
            assertThat(total("2026-11", 1, 2_459_999)).isEqualTo(11_340); // 36,699.97 → 36,700 → 36,710
            assertThat(total("2026-11", 1, 2_460_000)).isZero();
            // the amounts of 令和7年度 still hold for March 2026
            assertThat(total("2026-03", 1, 1_069_999)).isEqualTo(46_690);
        }

        @Test
        void officialWorkedExample_所得122万円_扶養親族等1人_44080円_こども家庭庁計算例() {
            // 48,050 −〔(1,220,000 − 1,070,000) × 0.0264029 = 3,960.435 → 3,960 ＋ 10〕= 44,080
            assertThat(total("2026-04", 1, 1_220_000)).isEqualTo(44_080);
        }

        @Test
        void twoAndThreeChildren_令和8年度_児童扶養手当法施行令第2条の4() {
            assertThat(total("2026-11", 2, 1_449_999)).isEqualTo(59_400); // 48,050 + 11,350
            assertThat(total("2026-11", 2, 2_839_999)).isEqualTo(17_020); // 11,340 + 5,680 (5,659.99 → 5,660 → 5,670)
            assertThat(total("2026-11", 3, 1_829_999)).isEqualTo(70_750); // 48,050 + 11,350 × 2
            assertThat(total("2026-11", 3, 1_830_000)).isEqualTo(70_720); // 48,040 + 11,340 × 2
            assertThat(total("2026-11", 3, 3_219_999)).isEqualTo(22_700); // 11,340 + 5,680 × 2
            assertThat(total("2026-11", 3, 3_220_000)).isZero();
            assertThat(mother("2026-11", 1, 0).steps())
                    .anySatisfy(s -> assertThat(s.source()).contains("令和8年度"));
        }
    }

    @Nested
    class IncomeFromItsParts {

        @Test
        void salaryChildSupportAndDeductions_児童扶養手当法施行令第4条() {
            // 2,000,000 − 100,000 (給与所得) + 300,003 × 0.8 = 240,002.4 → 240,002 − 80,000 − 270,000 (障害者)
            // = 1,790,002; 2人 (145万/284万) → 一部: 超過 340,002
            // 本体 340,002 × 0.0256619 = 8,725.10 → 8,730 → 37,950; 加算 × 0.0039568 = 1,345.32 → 1,350 → 9,670
            Deductions deductions = new Deductions(1, 0, false, false, false, 0, 0, 0, 0);
            MonthlyAllowance r = CALCULATOR.calculate(new AllowanceRequest(
                    YearMonth.parse("2025-06"),
                    2,
                    Recipient.MOTHER,
                    new Income.Parts(2_000_000, 2_000_000, 300_003, deductions),
                    2,
                    0,
                    0,
                    List.of()));
            assertThat(r.assessedIncome()).isEqualTo(1_790_002);
            assertThat(r.decision()).isEqualTo(Decision.PARTIAL);
            assertThat(r.base()).isEqualTo(37_950);
            assertThat(r.additions()).containsExactly(9_670L);
            assertThat(r.total()).isEqualTo(47_620);
        }

        @Test
        void childSupportCountsAt80Percent_roundedHalfUpTo1Yen_施行令第4条第1項ただし書() {
            // 300,007 × 0.8 = 240,005.6 → 240,006; 0 − 0 + 240,006 − 80,000 = 160,006
            assertThat(assessed(Recipient.MOTHER, new Income.Parts(0, 0, 300_007, Deductions.NONE)))
                    .isEqualTo(160_006);
            // 養育者: 養育費 not counted; 0 − 80,000 → 0
            assertThat(assessed(Recipient.FOSTER, new Income.Parts(0, 0, 300_007, Deductions.NONE)))
                    .isZero();
        }

        @Test
        void salaryDeductionIsCappedAtTheSalary_andWidowDeductionIsForFostersOnly() {
            // 給与所得 60,000 only: 60,000 deducted; 1,000,000 − 60,000 − 80,000 = 860,000
            assertThat(assessed(Recipient.MOTHER, new Income.Parts(1_000_000, 60_000, 0, Deductions.NONE)))
                    .isEqualTo(860_000);
            Deductions singleParent = new Deductions(0, 0, false, false, true, 0, 0, 0, 0);
            // mother: ひとり親控除 not applied → 1,000,000 − 80,000
            assertThat(assessed(Recipient.MOTHER, new Income.Parts(1_000_000, 0, 0, singleParent)))
                    .isEqualTo(920_000);
            // 養育者: − 350,000
            assertThat(assessed(Recipient.FOSTER, new Income.Parts(1_000_000, 0, 0, singleParent)))
                    .isEqualTo(570_000);
        }

        long assessed(Recipient recipient, Income income) {
            return CALCULATOR
                    .calculate(
                            new AllowanceRequest(YearMonth.parse("2025-06"), 1, recipient, income, 1, 0, 0, List.of()))
                    .assessedIncome();
        }
    }

    @Nested
    class OthersIncome {

        @Test
        void supporterAtTheLimitStopsTheAllowance_1dependant274万_児童扶養手当法第11条() {
            assertThat(withSupporter(2_739_999).decision()).isEqualTo(Decision.FULL);
            assertThat(withSupporter(2_740_000).decision()).isEqualTo(Decision.STOPPED);
            assertThat(withSupporter(2_740_000).total()).isZero();
        }

        MonthlyAllowance withSupporter(long supporterIncome) {
            return CALCULATOR.calculate(new AllowanceRequest(
                    YearMonth.parse("2025-06"),
                    1,
                    Recipient.MOTHER,
                    new Income.Assessed(0),
                    1,
                    0,
                    0,
                    List.of(new Supporter(supporterIncome, 1))));
        }

        @Test
        void fosterGetsAllOrNothing_2dependants312万_児童扶養手当法第9条の2() {
            MonthlyAllowance below = foster(3_119_999);
            assertThat(below.decision()).isEqualTo(Decision.FULL);
            assertThat(below.total()).isEqualTo(57_720);
            assertThat(foster(3_120_000).decision()).isEqualTo(Decision.STOPPED);
        }

        MonthlyAllowance foster(long income) {
            return CALCULATOR.calculate(new AllowanceRequest(
                    YearMonth.parse("2025-06"), 2, Recipient.FOSTER, new Income.Assessed(income), 2, 0, 0, List.of()));
        }

        @Test
        void elderlyAndSpecifiedDependantsRaiseTheLimits_10万_15万() {
            // 2人 (1 老人, 1 特定): 69万 + 76万 + 10万 + 15万 = 170万; 一部 208 + 76 + 25 = 309万
            MonthlyAllowance r = CALCULATOR.calculate(new AllowanceRequest(
                    YearMonth.parse("2025-06"),
                    1,
                    Recipient.MOTHER,
                    new Income.Assessed(1_699_999),
                    2,
                    1,
                    1,
                    List.of()));
            assertThat(r.limits().full()).isEqualTo(1_700_000);
            assertThat(r.limits().partial()).isEqualTo(3_090_000);
            assertThat(r.decision()).isEqualTo(Decision.FULL);
        }
    }

    @Nested
    class BadInput {

        @Test
        void aNegativeIncomeIsRejectedNamingTheField() {
            assertThatThrownBy(() -> mother("2025-06", 1, -1)).isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.field()).isEqualTo("shotokugaku");
                assertThat(e.code()).isEqualTo("negative");
                assertThat(e.reason()).contains("shotokugaku");
            });
        }

        @Test
        void aNegativeSupporterIncomeIsRejectedNamingTheField() {
            assertThatThrownBy(() -> CALCULATOR.calculate(new AllowanceRequest(
                            YearMonth.parse("2025-06"),
                            1,
                            Recipient.MOTHER,
                            new Income.Assessed(0),
                            1,
                            0,
                            0,
                            List.of(new Supporter(0, 0), new Supporter(-5, 0)))))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("fuyo_gimusha[1].shotokugaku"));
        }

        @Test
        void noChildAndMonthsBeforeMarch2021AreRejected() {
            assertThatThrownBy(() -> mother("2025-06", 0, 0))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("taisho_jido_su"));
            assertThatThrownBy(() -> mother("2021-02", 1, 0))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("taisho_ym"));
        }
    }
}
