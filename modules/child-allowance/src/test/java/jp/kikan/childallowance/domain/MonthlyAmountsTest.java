package jp.kikan.childallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The amount of a month of a 受給資格 from its children over months, through the calculator (児童手当法 第6条). */
class MonthlyAmountsTest {

    static final MonthlyAmounts AMOUNTS =
            new MonthlyAmounts(AllowanceCalculatorTest.CALCULATOR, AllowanceCalculatorTest.PARAMETERS);

    static ChildSpan child(String id, String birth, String from) {
        return new ChildSpan(id, LocalDate.parse(birth), Child.Care.SUPPORTED, false, YearMonth.parse(from), null);
    }

    @Test
    void threeChildrenByAgeAndRank_児童手当法第6条_令和6年法律第47号() {
        // 2008-05-10 (rank 1, 10,000), 2014-07-01 (rank 2, 10,000), 2024-09-15 (rank 3, under 3: 30,000)
        List<ChildSpan> children = List.of(
                child("A", "2008-05-10", "2026-05"),
                child("B", "2014-07-01", "2026-05"),
                child("C", "2024-09-15", "2026-05"));
        MonthAmount may = AMOUNTS.of(YearMonth.of(2026, 5), children, IncomeFacts.NONE);
        assertThat(may.total()).isEqualTo(50_000);
        assertThat(may.lines()).extracting(l -> l.line().rank()).containsExactly(1, 2, 3);
        assertThat(may.lines()).extracting(l -> l.line().amount()).containsExactly(10_000L, 10_000L, 30_000L);
    }

    @Test
    void aChildAddedByARevisionCountsFromItsMonthOnly_児童手当法第9条第1項() {
        List<ChildSpan> children = List.of(child("A", "2014-07-01", "2026-05"), child("D", "2026-08-20", "2026-09"));
        assertThat(AMOUNTS.of(YearMonth.of(2026, 8), children, IncomeFacts.NONE).total())
                .isEqualTo(10_000);
        assertThat(AMOUNTS.of(YearMonth.of(2026, 9), children, IncomeFacts.NONE).total())
                .isEqualTo(25_000);
    }

    @Test
    void aChildPastTheEndOf18CountsForTheRankOnlyWhenConfirmed_児童手当法第6条_監護相当生計費の負担() {
        // born 2006-06-15: 18歳年度末 2025-03-31; in 2026-11 it is past the paid age, within 22歳年度末
        ChildSpan unconfirmed = new ChildSpan(
                "A", LocalDate.parse("2006-06-15"), Child.Care.SUPPORTED, false, YearMonth.of(2024, 10), null);
        ChildSpan confirmed = new ChildSpan(
                "A", LocalDate.parse("2006-06-15"), Child.Care.SUPPORTED, true, YearMonth.of(2024, 10), null);
        List<ChildSpan> others = List.of(child("B", "2012-01-01", "2024-10"), child("C", "2016-01-01", "2024-10"));
        MonthAmount without = AMOUNTS.of(
                YearMonth.of(2026, 11), List.of(unconfirmed, others.get(0), others.get(1)), IncomeFacts.NONE);
        assertThat(without.total()).isEqualTo(20_000);
        assertThat(without.notes()).anyMatch(n -> n.contains("確認がない"));
        MonthAmount with =
                AMOUNTS.of(YearMonth.of(2026, 11), List.of(confirmed, others.get(0), others.get(1)), IncomeFacts.NONE);
        assertThat(with.total()).isEqualTo(40_000);
        assertThat(with.lines().get(0).line().amount()).isZero();
        assertThat(with.lines().get(2).line().rank()).isEqualTo(3);
    }

    @Test
    void noChildInTheMonthIsZeroWithoutCallingTheCalculator() {
        MonthAmount none =
                AMOUNTS.of(YearMonth.of(2026, 4), List.of(child("A", "2014-07-01", "2026-05")), IncomeFacts.NONE);
        assertThat(none.total()).isZero();
        assertThat(none.regime()).isEqualTo(Regime.NONE);
    }

    @Test
    void schoolFeesOnlyUpToTheEndOfJuniorHigh_児童手当法第21条_中学校修了前() {
        LocalDate born = LocalDate.parse("2011-06-01"); // 15歳に達する日 2026-05-31 → 年度末 2027-03-31
        assertThat(AMOUNTS.beforeJuniorHighEnd(born, YearMonth.of(2027, 3))).isTrue();
        assertThat(AMOUNTS.beforeJuniorHighEnd(born, YearMonth.of(2027, 4))).isFalse();
    }
}
