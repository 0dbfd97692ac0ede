package jp.kikan.childrearingallowance.domain;

import static jp.kikan.childrearingallowance.domain.AllowanceCalculatorTest.CALCULATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * 5年等経過による一部支給停止 (児童扶養手当法 第13条の3, 施行令 第7条): from the month 5 years after the 支給開始月 (7
 * years after the 支給要件 month if earlier; 5 years after the month after a child under 3 reached 3), half of the 手当
 * (10円未満切捨て) is not paid, unless an 適用除外事由届出 covers the month; never for a 養育者.
 */
class PartialStopTest {

    static MonthlyAllowance month(
            String month,
            Recipient recipient,
            String start,
            @Nullable String eligibleSince,
            @Nullable String under3,
            @Nullable Exemption exemption,
            Pension... pensions) {
        return CALCULATOR.calculate(new AllowanceRequest(
                YearMonth.parse(month),
                1,
                recipient,
                new Income.Assessed(0),
                1,
                0,
                0,
                List.of(),
                List.of(pensions),
                new PartialStopFacts(
                        YearMonth.parse(start),
                        eligibleSince == null ? null : YearMonth.parse(eligibleSince),
                        under3 == null ? null : LocalDate.parse(under3),
                        exemption)));
    }

    static MonthlyAllowance mother(String month, String start) {
        return month(month, Recipient.MOTHER, start, null, null, null);
    }

    @Test
    void 児童扶養手当法第13条の3_支給開始月から5年_その前月は全額() {
        // 認定請求 2019-04-10 → 支給開始 2019-05 → 5年 → 2024-04-30 → halved from 2024-05
        assertThat(mother("2024-04", "2019-05").total()).isEqualTo(45_500);
        MonthlyAllowance may = mother("2024-05", "2019-05");
        // 45,500 × 0.5 = 22,750 (10円未満切捨て) → 22,750
        assertThat(may.total()).isEqualTo(22_750);
        assertThat(may.reductions()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Reduction.Kind.PARTIAL_STOP);
            assertThat(r.source()).contains("第13条の3第1項").contains("施行令 第7条");
        });
    }

    @Test
    void 施行令第7条_2分の1の10円未満切捨て_令和7年度() {
        // 46,690 × 0.5 = 23,345 → 23,340 not paid → 23,350
        assertThat(mother("2025-06", "2020-06").total()).isEqualTo(23_350);
        assertThat(mother("2025-05", "2020-06").total()).isEqualTo(46_690);
    }

    @Test
    void 児童扶養手当法第13条の3第2項_適用除外事由届出があれば減額しない() {
        for (Exemption e : Exemption.values()) {
            MonthlyAllowance r = month("2024-05", Recipient.MOTHER, "2019-05", null, null, e);
            assertThat(r.total()).as(e.name()).isEqualTo(45_500);
            assertThat(r.reductions()).isEmpty();
            assertThat(r.steps()).anySatisfy(s -> assertThat(s.explanation()).contains("適用除外事由届出"));
        }
    }

    @Test
    void 児童扶養手当法第13条の3第1項_支給要件該当から7年が早ければそちら() {
        // 離婚 2017-01, 支給開始 2019-05: 2017-01-01 + 7年 → halved from 2024-01 (before 2024-05)
        assertThat(month("2023-12", Recipient.MOTHER, "2019-05", "2017-01", null, null)
                        .total())
                .isEqualTo(44_140);
        // 44,140 × 0.5 = 22,070 → 22,070
        assertThat(month("2024-01", Recipient.MOTHER, "2019-05", "2017-01", null, null)
                        .total())
                .isEqualTo(22_070);
        // 要件 2019-01: 7年 → 2026-01, later than 5年 (2024-05): 5年 counts
        assertThat(month("2024-05", Recipient.FATHER, "2019-05", "2019-01", null, null)
                        .total())
                .isEqualTo(22_750);
    }

    @Test
    void 児童扶養手当法第13条の3第1項括弧書_3歳未満の児童は3歳到達月の翌月から5年() {
        // born 2020-06-15 → reaches 3 on 2023-06-14 → from 2023-07-01 → 5年 → halved from 2028-07
        assertThat(month("2028-06", Recipient.MOTHER, "2021-03", null, "2020-06-15", null)
                        .total())
                .isEqualTo(48_050);
        // 48,050 × 0.5 = 24,025 → 24,020 → 24,030
        assertThat(month("2028-07", Recipient.MOTHER, "2021-03", null, "2020-06-15", null)
                        .total())
                .isEqualTo(24_030);
        // born 2020-07-01 → reaches 3 on 2023-06-30: still from 2023-07-01
        assertThat(month("2028-07", Recipient.MOTHER, "2021-03", null, "2020-07-01", null)
                        .total())
                .isEqualTo(24_030);
        // born 2020-07-02 → reaches 3 on 2023-07-01 → from 2023-08-01 → 2028-08
        assertThat(month("2028-07", Recipient.MOTHER, "2021-03", null, "2020-07-02", null)
                        .total())
                .isEqualTo(48_050);
    }

    @Test
    void 児童扶養手当法第13条の3第1項_養育者には適用しない() {
        assertThat(month("2025-06", Recipient.FOSTER, "2015-05", null, null, null)
                        .total())
                .isEqualTo(46_690);
    }

    @Test
    void 施行令第7条_併給調整の後の額の2分の1() {
        // 46,690 − 19,940 = 26,750; × 0.5 = 13,375 → 13,370 → 13,380
        MonthlyAllowance r = month(
                "2025-06",
                Recipient.MOTHER,
                "2020-06",
                null,
                null,
                null,
                new Pension(Pension.Kind.DISABILITY_BASIC_CHILD_ADDITION, 19_940, false));
        assertThat(r.total()).isEqualTo(13_380);
        assertThat(r.reductions())
                .extracting(Reduction::kind)
                .containsExactly(Reduction.Kind.PENSION, Reduction.Kind.PARTIAL_STOP);
    }

    @Test
    void 児童扶養手当法第13条の3_受給資格の月額は支給開始月と認定請求日の3歳未満の児童から() {
        MonthlyAmounts amounts = MonthlyAmountsTest.AMOUNTS;
        List<ChildSpan> children = List.of(MonthlyAmountsTest.child("2012-05-05", "2019-05"));
        Map<Integer, IncomeYear> incomes = Map.of(2022, MonthlyAmountsTest.income(2022, 0, 1));
        // claimed 2019-04-10, paid from 2019-05: 2024-04 whole (income year 2022), 2024-05 half
        assertThat(amounts.of(
                                ym("2024-04"),
                                Recipient.MOTHER,
                                children,
                                incomes,
                                LocalDate.parse("2019-04-10"),
                                ym("2019-05"))
                        .total())
                .isEqualTo(45_500);
        assertThat(amounts.of(
                                ym("2024-05"),
                                Recipient.MOTHER,
                                children,
                                incomes,
                                LocalDate.parse("2019-04-10"),
                                ym("2019-05"))
                        .total())
                .isEqualTo(22_750);
        // the 適用除外事由届出 recorded with the 所得年 that decides the month
        Map<Integer, IncomeYear> exempt = Map.of(
                2022,
                new IncomeYear(2022, new Income.Assessed(0), 1, 0, 0, List.of(), List.of(), Exemption.WORKING, null));
        assertThat(amounts.of(
                                ym("2024-05"),
                                Recipient.MOTHER,
                                children,
                                exempt,
                                LocalDate.parse("2019-04-10"),
                                ym("2019-05"))
                        .total())
                .isEqualTo(45_500);
        // a child under 3 on the 認定請求日 (born 2017-01-10, reaches 3 on 2020-01-09): from 2020-02 + 5年 = 2025-02
        List<ChildSpan> young = List.of(MonthlyAmountsTest.child("2017-01-10", "2019-05"));
        assertThat(amounts.of(
                                ym("2024-05"),
                                Recipient.MOTHER,
                                young,
                                incomes,
                                LocalDate.parse("2019-04-10"),
                                ym("2019-05"))
                        .total())
                .isEqualTo(45_500);
    }

    static YearMonth ym(String month) {
        return YearMonth.parse(month);
    }
}
