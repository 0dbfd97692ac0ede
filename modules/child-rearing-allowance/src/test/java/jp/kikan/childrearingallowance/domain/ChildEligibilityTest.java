package jp.kikan.childrearingallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 対象児童の判定 (児童扶養手当法 第3条第1項, 施行令 第1条・別表第一), both sides of every boundary. */
class ChildEligibilityTest {

    private static final ChildEligibility ELIGIBILITY = new ChildEligibility(AllowanceCalculatorTest.PARAMETERS);

    private static ChildJudgement judge(String birth, DisabilityState state, String month) {
        return ELIGIBILITY.judge(1, new ChildFacts(LocalDate.parse(birth), state), YearMonth.parse(month));
    }

    private static ChildJudgement plain(String birth, String month) {
        return judge(birth, DisabilityState.none(), month);
    }

    private static DisabilityState handbook(boolean inTable1) {
        return new DisabilityState(
                DisabilityState.Evidence.HANDBOOK, DisabilityState.Handbook.PHYSICAL, "2級", inTable1, null);
    }

    private static DisabilityState certificate() {
        return new DisabilityState(DisabilityState.Evidence.CERTIFICATE, null, null, true, null);
    }

    @Test
    void law3_1_aChildCountsThroughTheMarchAfterReaching18_notTheMonthAfter() {
        // born 2008-06-10: reaches 18 on 2026-06-09, 年度末 2027-03-31
        assertThat(plain("2008-06-10", "2027-03").counts()).isTrue();
        assertThat(plain("2008-06-10", "2027-03").lastMonth()).isEqualTo(YearMonth.of(2027, 3));
        ChildJudgement after = plain("2008-06-10", "2027-04");
        assertThat(after.counts()).isFalse();
        assertThat(after.reason()).contains("2027-03-31").contains("障害の状態にない");
        assertThat(after.source()).contains("児童扶養手当法 第3条第1項");
    }

    @Test
    void law3_1_ageReckoningAct_bornOnApril1ReachesItsYearEndOnTheDayItReaches18() {
        // 年齢計算ニ関スル法律: born 2008-04-01 reaches 18 on 2026-03-31, which is itself the 年度末
        assertThat(plain("2008-04-01", "2026-03").counts()).isTrue();
        assertThat(plain("2008-04-01", "2026-04").counts()).isFalse();
        // born 2008-04-02 reaches 18 on 2026-04-01: a year more
        assertThat(plain("2008-04-02", "2026-04").counts()).isTrue();
        assertThat(plain("2008-04-02", "2027-03").counts()).isTrue();
        assertThat(plain("2008-04-02", "2027-04").counts()).isFalse();
    }

    @Test
    void law3_1_aChildNotBornByTheEndOfTheMonthDoesNotCount() {
        assertThat(plain("2025-06-30", "2025-06").counts()).isTrue();
        ChildJudgement unborn = plain("2025-07-01", "2025-06");
        assertThat(unborn.counts()).isFalse();
        assertThat(unborn.lastMonth()).isNull();
    }

    @Test
    void law3_1_order1_table1_aDisabledChildCountsThroughTheMonthItReaches20() {
        // born 2006-05-15: reaches 20 on 2026-05-14 → 2026-05 is the last month (第7条第1項, 第8条第3項)
        ChildJudgement may = judge("2006-05-15", handbook(true), "2026-05");
        assertThat(may.counts()).isTrue();
        assertThat(may.lastMonth()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(may.reason()).contains("身体障害者手帳2級").contains("別表第一に該当");
        assertThat(may.source()).contains("別表第一").contains("第7条第1項");
        assertThat(judge("2006-05-15", handbook(true), "2026-06").counts()).isFalse();
        // past the 18歳年度末 (2025-03-31) but under 20
        assertThat(judge("2006-05-15", certificate(), "2025-04").counts()).isTrue();
    }

    @Test
    void law3_1_ageReckoningAct_aDisabledChildBornOnThe1stLeavesTheMonthBeforeTheBirthday() {
        // born 2006-05-01: reaches 20 on 2026-04-30 → last month 2026-04, not the birthday's month
        assertThat(judge("2006-05-01", certificate(), "2026-04").counts()).isTrue();
        assertThat(judge("2006-05-01", certificate(), "2026-05").counts()).isFalse();
        assertThat(judge("2006-05-01", certificate(), "2026-05").lastMonth()).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void law3_1_order1_aHandbookJudgedNotInTable1_countsOnlyTo18() {
        assertThat(judge("2006-05-15", handbook(false), "2025-03").counts()).isTrue();
        ChildJudgement after = judge("2006-05-15", handbook(false), "2025-04");
        assertThat(after.counts()).isFalse();
        assertThat(after.reason()).contains("非該当");
    }

    @Test
    void law4_1_noChildWhoCounts_isZeroWithTheReasons_notAnError() {
        AllowanceRequest request = new AllowanceRequest(
                YearMonth.of(2026, 6), 1, Recipient.MOTHER, new Income.Assessed(0), 0, 0, 0, List.of());
        MonthlyAllowance none = AllowanceCalculatorTest.CALCULATOR.calculate(
                request, List.of(new ChildFacts(LocalDate.parse("2007-06-10"), DisabilityState.none())));
        assertThat(none.decision()).isEqualTo(Decision.NO_CHILD);
        assertThat(none.total()).isZero();
        assertThat(none.children()).isZero();
        assertThat(none.judged()).isTrue();
        assertThat(none.judgements()).hasSize(1);
        assertThat(none.steps().get(none.steps().size() - 1).source()).contains("第4条第1項");

        // the same child, disabled and under 20, counts: 全部支給 本体額 48,050 (令和8年度)
        MonthlyAllowance one = AllowanceCalculatorTest.CALCULATOR.calculate(
                request, List.of(new ChildFacts(LocalDate.parse("2007-06-10"), certificate())));
        assertThat(one.decision()).isEqualTo(Decision.FULL);
        assertThat(one.total()).isEqualTo(48_050);
        assertThat(one.children()).isEqualTo(1);
    }

    @Test
    void law3_1_aCountOnlyRequestIsNotJudged() {
        MonthlyAllowance counted = AllowanceCalculatorTest.CALCULATOR.calculate(new AllowanceRequest(
                YearMonth.of(2026, 6), 2, Recipient.MOTHER, new Income.Assessed(0), 0, 0, 0, List.of()));
        assertThat(counted.judged()).isFalse();
        assertThat(counted.children()).isEqualTo(2);
        assertThat(counted.judgements()).isEmpty();
    }
}
