package jp.kikan.childallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kikan.childallowance.domain.Child.Care;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.TenantParameterOverrides;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 児童手当の額: every amount and limit with its provision; expected values worked out by hand in the comments. */
class AllowanceCalculatorTest {

    static final LegalParameters PARAMETERS = LegalParameters.fromClasspath(
            AllowanceCalculatorTest.class.getClassLoader(), TenantParameterOverrides.NONE);
    static final AllowanceCalculator CALCULATOR = new AllowanceCalculator(PARAMETERS);

    static Child kid(String birth) {
        return new Child(LocalDate.parse(birth), Care.SUPPORTED);
    }

    static Child countedOnly(String birth) {
        return new Child(LocalDate.parse(birth), Care.COUNTED_FOR_RANK_ONLY);
    }

    static MonthlyAllowance month(String month, Child... children) {
        return CALCULATOR.calculate(AllowanceRequest.of(YearMonth.parse(month), List.of(children)));
    }

    static MonthlyAllowance withIncome(String month, long income, int dependants, int elderly, Child... children) {
        return CALCULATOR.calculate(
                new AllowanceRequest(YearMonth.parse(month), List.of(children), income, dependants, elderly));
    }

    static List<Long> amounts(MonthlyAllowance result) {
        return result.children().stream().map(ChildLine::amount).toList();
    }

    @Nested
    class FromOctober2024 {

        @Test
        void under3_is15000_児童手当法第6条第1項_令和6年法律第47号() {
            MonthlyAllowance r = month("2026-11", kid("2025-01-10"));
            assertThat(r.total()).isEqualTo(15_000);
            assertThat(r.regime()).isEqualTo(Regime.ALLOWANCE);
            assertThat(r.children().get(0).band()).isEqualTo(AgeBand.UNDER_3);
            assertThat(r.children().get(0).source()).contains("児童手当法 第6条第1項（令和6年法律第47号による改正後）");
            assertThat(r.incomeTest()).isNull();
        }

        @Test
        void from3ToHighSchool_is10000_児童手当法第6条第1項() {
            // born 2009-06-15: 17 in 2026-11, 18歳に達する日 2027-06-14 → 年度末 2028-03-31: still paid
            assertThat(month("2026-11", kid("2020-05-10")).total()).isEqualTo(10_000);
            assertThat(month("2026-11", kid("2009-06-15")).total()).isEqualTo(10_000);
        }

        @Test
        void thirdChildOnward_is30000_underAndOver3_児童手当法第6条第1項() {
            // ranks by birth: 2015 (1st) 10,000; 2018 (2nd) 10,000; 2021 (3rd, 5歳) 30,000; 2025 (4th, 1歳) 30,000
            MonthlyAllowance r =
                    month("2026-11", kid("2025-02-01"), kid("2015-07-07"), kid("2021-03-03"), kid("2018-09-09"));
            assertThat(amounts(r)).containsExactly(30_000L, 10_000L, 30_000L, 10_000L);
            assertThat(r.children().get(0).rank()).isEqualTo(4);
            assertThat(r.total()).isEqualTo(80_000);
        }

        @Test
        void researchExample_ages20_17_13_10_give0_10000_30000_30000_多子カウントは22歳年度末まで() {
            // 2026-11: 20歳 (born 2006-06-15, 22歳年度末 2029-03-31, counted only) is 第1子 and not paid;
            // 17歳 第2子 10,000; 13歳 第3子 30,000; 10歳 第4子 30,000
            MonthlyAllowance r = month(
                    "2026-11", countedOnly("2006-06-15"), kid("2009-06-15"), kid("2013-06-15"), kid("2016-06-15"));
            assertThat(amounts(r)).containsExactly(0L, 10_000L, 30_000L, 30_000L);
            assertThat(r.children().get(0).band()).isEqualTo(AgeBand.RANK_ONLY);
            assertThat(r.children().get(0).rank()).isEqualTo(1);
            assertThat(r.total()).isEqualTo(70_000);
        }

        @Test
        void under3AmountRunsToTheMonthOfTheThirdBirthday_児童手当法第6条第9条第3項() {
            // born 2023-11-15: 3rd birthday 2026-11-15 → November 15,000, December 10,000
            assertThat(month("2026-11", kid("2023-11-15")).total()).isEqualTo(15_000);
            assertThat(month("2026-12", kid("2023-11-15")).total()).isEqualTo(10_000);
            // born on the 1st (2023-11-01): 「出生の日から三年を経過しない児童」 keeps November at 15,000 too
            assertThat(month("2026-10", kid("2023-11-01")).total()).isEqualTo(15_000);
            assertThat(month("2026-11", kid("2023-11-01")).total()).isEqualTo(15_000);
            assertThat(month("2026-12", kid("2023-11-01")).total()).isEqualTo(10_000);
        }

        @Test
        void bornOn1April_leavesAtTheMarchAfterThe18thBirthdayEve_bornOn2April_aYearLater_児童手当法第3条_年齢計算ニ関スル法律() {
            // 2008-04-01: 18歳に達する日 2026-03-31 → 最初の3月31日 = 2026-03-31: March 2026 paid, April not
            assertThat(month("2026-03", kid("2008-04-01")).total()).isEqualTo(10_000);
            MonthlyAllowance april = month("2026-04", kid("2008-04-01"));
            assertThat(april.total()).isZero();
            assertThat(april.children().get(0).band()).isEqualTo(AgeBand.RANK_ONLY);
            assertThat(april.regime()).isEqualTo(Regime.NONE);
            // 2008-04-02: 18歳に達する日 2026-04-01 → 2027-03-31: April 2026 still paid
            assertThat(month("2026-04", kid("2008-04-02")).total()).isEqualTo(10_000);
            assertThat(month("2027-03", kid("2008-04-02")).total()).isEqualTo(10_000);
            assertThat(month("2027-04", kid("2008-04-02")).total()).isZero();
        }

        @Test
        void bornOn1April_stopsCountingAfterThe22ndBirthdayEve_bornOn2April_aYearLater_児童手当法第6条() {
            // eldest counted only; then 2010-06-15 (15歳) and 2015-06-15 (10歳)
            // eldest 2004-04-01: 22歳に達する日 2026-03-31 → counted in March 2026, not in April 2026
            assertThat(amounts(month("2026-03", countedOnly("2004-04-01"), kid("2010-06-15"), kid("2015-06-15"))))
                    .containsExactly(0L, 10_000L, 30_000L);
            MonthlyAllowance april = month("2026-04", countedOnly("2004-04-01"), kid("2010-06-15"), kid("2015-06-15"));
            assertThat(amounts(april)).containsExactly(0L, 10_000L, 10_000L);
            assertThat(april.children().get(0).band()).isEqualTo(AgeBand.NOT_COUNTED);
            assertThat(april.children().get(2).rank()).isEqualTo(2);
            // eldest 2004-04-02: 22歳に達する日 2026-04-01 → counted to 2027-03-31
            assertThat(amounts(month("2026-04", countedOnly("2004-04-02"), kid("2010-06-15"), kid("2015-06-15"))))
                    .containsExactly(0L, 10_000L, 30_000L);
        }

        @Test
        void aChildBornInTheMonthCountsFromTheNextMonth_児童手当法第8条第2項() {
            MonthlyAllowance r = month("2026-11", kid("2026-11-20"), kid("2020-01-01"));
            assertThat(amounts(r)).containsExactly(0L, 10_000L);
            assertThat(r.children().get(0).band()).isEqualTo(AgeBand.BORN_THIS_MONTH);
            assertThat(month("2026-12", kid("2026-11-20")).total()).isEqualTo(15_000);
        }

        @Test
        void incomeIsIgnoredFromOctober2024_所得制限撤廃_令和6年法律第47号() {
            MonthlyAllowance r = withIncome("2024-10", 50_000_000, 0, 0, kid("2020-01-01"));
            assertThat(r.total()).isEqualTo(10_000);
            assertThat(r.incomeTest()).isNull();
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("所得制限がない"));
        }
    }

    @Nested
    class BeforeOctober2024 {

        // 2024-09: 16歳 (2008-06-15) is 第1子 but past 中学校修了 (15歳年度末 2024-03-31): counted, not paid;
        // 12歳 (2012-06-15, 12歳年度末 2025-03-31) 第2子 10,000; 8歳 第3子 15,000; 1歳 第4子 15,000 (3歳未満 一律)
        static final Child[] FAMILY = {kid("2008-06-15"), kid("2012-06-15"), kid("2016-06-15"), kid("2023-06-15")};

        @Test
        void amounts_under3_15000_primary_10000_third15000_児童手当法第6条第1項第1号_改正前() {
            MonthlyAllowance r = withIncome("2024-09", 5_000_000, 2, 0, FAMILY);
            assertThat(amounts(r)).containsExactly(0L, 10_000L, 15_000L, 15_000L);
            assertThat(r.children().get(0).band()).isEqualTo(AgeBand.RANK_ONLY);
            assertThat(r.children().get(1).band()).isEqualTo(AgeBand.FROM_3_TO_PRIMARY_END);
            assertThat(r.total()).isEqualTo(40_000);
            assertThat(r.children().get(2).source()).contains("令和6年法律第47号による改正前");
        }

        @Test
        void sameFamilyInOctober2024_highSchoolPaid_thirdAndFourth30000_令和6年法律第47号() {
            assertThat(amounts(month("2024-10", FAMILY))).containsExactly(10_000L, 10_000L, 30_000L, 30_000L);
        }

        @Test
        void juniorHigh_is10000_whateverTheRank_児童手当法第6条第1項第1号_改正前() {
            // 2008-05-05 and 2009-03-05 are past 15歳年度末 (2024-03-31) in 2024-09: counted, not paid;
            // 2011-06-15: 12歳年度末 2024-03-31 passed → 中学生 in 2024-09; 第3子 but 10,000
            MonthlyAllowance r =
                    withIncome("2024-09", 0, 0, 0, kid("2008-05-05"), kid("2009-03-05"), kid("2011-06-15"));
            assertThat(amounts(r)).containsExactly(0L, 0L, 10_000L);
            assertThat(r.children().get(2).band()).isEqualTo(AgeBand.JUNIOR_HIGH);
        }

        @Test
        void childrenCountedForRankOnly_doNotCountBeforeOctober2024() {
            MonthlyAllowance r =
                    withIncome("2024-09", 0, 0, 0, countedOnly("2005-01-01"), kid("2014-01-01"), kid("2016-01-01"));
            // the counted-only child is ignored: 2014 is 第1子, 2016 第2子 → 10,000 each
            assertThat(amounts(r)).containsExactly(0L, 10_000L, 10_000L);
            assertThat(r.children().get(0).rank()).isNull();
        }

        @Test
        void incomeLimit_2dependants_is6980000_belowIsAllowance_atOrAboveIsSpecialBenefit5000_児童手当法施行令第1条_附則第2条() {
            // 622万 + 38万 × 2 = 698万; 所得上限 858万 + 76万 = 934万
            assertThat(withIncome("2024-09", 6_979_999, 2, 0, kid("2020-01-01")).total())
                    .isEqualTo(10_000);
            MonthlyAllowance at = withIncome("2024-09", 6_980_000, 2, 0, kid("2020-01-01"), kid("2022-01-01"));
            assertThat(at.regime()).isEqualTo(Regime.SPECIAL_BENEFIT);
            assertThat(amounts(at)).containsExactly(5_000L, 5_000L);
            assertThat(at.incomeTest().limit()).isEqualTo(6_980_000);
            assertThat(at.incomeTest().upperLimit()).isEqualTo(9_340_000);
            assertThat(withIncome("2024-09", 6_980_001, 2, 0, kid("2020-01-01")).regime())
                    .isEqualTo(Regime.SPECIAL_BENEFIT);
        }

        @Test
        void upperLimit_2dependants_is9340000_atOrAboveNothing_fromJune2022_児童手当法附則第2条第1項_令和3年法律第50号() {
            assertThat(withIncome("2024-09", 9_339_999, 2, 0, kid("2020-01-01")).total())
                    .isEqualTo(5_000);
            MonthlyAllowance at = withIncome("2024-09", 9_340_000, 2, 0, kid("2020-01-01"));
            assertThat(at.regime()).isEqualTo(Regime.NONE);
            assertThat(at.total()).isZero();
            assertThat(withIncome("2022-06", 9_340_001, 2, 0, kid("2020-01-01")).total())
                    .isZero();
            // May 2022: no upper limit yet, 特例給付 however high the income
            MonthlyAllowance may = withIncome("2022-05", 20_000_000, 2, 0, kid("2020-01-01"));
            assertThat(may.total()).isEqualTo(5_000);
            assertThat(may.incomeTest().upperLimit()).isNull();
        }

        @Test
        void incomeLimit_0dependants_is6220000_and_eachElderlyDependantAdds60000_児童手当法施行令第1条() {
            assertThat(withIncome("2023-04", 6_219_999, 0, 0, kid("2020-01-01")).regime())
                    .isEqualTo(Regime.ALLOWANCE);
            assertThat(withIncome("2023-04", 6_220_000, 0, 0, kid("2020-01-01")).regime())
                    .isEqualTo(Regime.SPECIAL_BENEFIT);
            // 1 dependant who is 老人扶養親族: 622万 + 38万 + 6万 = 666万
            MonthlyAllowance elderly = withIncome("2023-04", 6_659_999, 1, 1, kid("2020-01-01"));
            assertThat(elderly.incomeTest().limit()).isEqualTo(6_660_000);
            assertThat(elderly.regime()).isEqualTo(Regime.ALLOWANCE);
        }

        @Test
        void noIncomeLimitInAprilAndMay2012_児童手当法_平成24年法律第24号() {
            MonthlyAllowance r = month("2012-05", kid("2011-01-01"));
            assertThat(r.total()).isEqualTo(15_000);
            assertThat(r.incomeTest()).isNull();
        }
    }

    @Nested
    class BadInput {

        @Test
        void aChildBornAfterTheMonthIsRejectedNamingTheField() {
            assertThatThrownBy(() -> month("2026-11", kid("2020-01-01"), kid("2026-12-01")))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("jido[1].seinengappi");
                        assertThat(e.code()).isEqualTo("born-after-month");
                        assertThat(e.reason()).contains("jido[1].seinengappi").contains("生年月日");
                    });
        }

        @Test
        void aNegativeIncomeIsRejected() {
            assertThatThrownBy(() -> withIncome("2024-09", -1, 0, 0, kid("2020-01-01")))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("shotokugaku");
                        assertThat(e.code()).isEqualTo("negative");
                    });
        }

        @Test
        void theIncomeIsRequiredWhereTheLimitApplies() {
            assertThatThrownBy(() -> month("2024-09", kid("2020-01-01")))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("shotokugaku");
                        assertThat(e.code()).isEqualTo("required");
                    });
        }

        @Test
        void monthsBeforeApril2012AreNotCovered() {
            assertThatThrownBy(() -> month("2012-03", kid("2010-01-01")))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("taisho_ym"));
        }

        @Test
        void atLeastOneChildIsRequired() {
            assertThatThrownBy(() -> month("2026-11"))
                    .isInstanceOfSatisfying(
                            InvalidInput.class, e -> assertThat(e.field()).isEqualTo("jido"));
        }
    }
}
