package jp.kikan.childrearingallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a payment run pays one 受給資格 of 児童扶養手当 (第7条第3項, 第9条, 第28条). */
class PaymentPlannerTest {

    static final PaymentPlanner PLANNER =
            new PaymentPlanner(MonthlyAmountsTest.AMOUNTS, AllowanceCalculatorTest.PARAMETERS);

    static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }

    static EntitlementFacts facts(
            String claim,
            Map<Integer, IncomeYear> incomes,
            Set<Integer> reports,
            Map<YearMonth, Long> paid,
            @Nullable String end) {
        LocalDate claimDate = LocalDate.parse(claim);
        return new EntitlementFacts(
                YearMonth.from(claimDate).plusMonths(1),
                end == null ? null : ym(end),
                claimDate,
                Recipient.MOTHER,
                MonthlyAmountsTest.TWO,
                incomes,
                reports,
                paid);
    }

    static final Map<Integer, IncomeYear> INCOMES =
            Map.of(2023, MonthlyAmountsTest.income(2023, 0, 2), 2024, MonthlyAmountsTest.income(2024, 2_000_000, 2));

    @Test
    void anOddMonthPaysTheTwoMonthsBefore_児童扶養手当法第7条第3項() {
        PaymentPlan september = PLANNER.plan(ym("2025-09"), facts("2025-06-10", INCOMES, Set.of(2025), Map.of(), null));
        assertThat(september.months())
                .extracting(PaymentPlan.Month::month)
                .containsExactly(ym("2025-07"), ym("2025-08"));
        assertThat(september.gross()).isEqualTo(2 * 57_720);
        assertThat(PLANNER.isPaymentMonth(ym("2025-09"))).isTrue();
        assertThat(PLANNER.isPaymentMonth(ym("2025-10"))).isFalse();
    }

    @Test
    void withoutTheAugustStatusReportAugustOnwardsIsHeldBack_児童扶養手当法第28条_施行規則第4条() {
        PaymentPlan september = PLANNER.plan(ym("2025-09"), facts("2025-06-10", INCOMES, Set.of(), Map.of(), null));
        assertThat(september.months()).extracting(PaymentPlan.Month::month).containsExactly(ym("2025-07"));
        assertThat(september.holds())
                .containsExactly(new PaymentPlan.Hold(ym("2025-08"), PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING));
        // a claim made after 8月1日 owes no 現況届 that year
        PaymentPlan late = PLANNER.plan(ym("2025-11"), facts("2025-08-05", INCOMES, Set.of(), Map.of(), null));
        assertThat(late.holds()).isEmpty();
    }

    @Test
    void theMonthsFromNovemberFollowTheNewIncome_andAMonthWithoutIncomeWaits_児童扶養手当法第9条第1項() {
        PaymentPlan january = PLANNER.plan(
                ym("2026-01"),
                facts(
                        "2025-06-10",
                        INCOMES,
                        Set.of(2025),
                        Map.of(
                                ym("2025-07"),
                                57_720L,
                                ym("2025-08"),
                                57_720L,
                                ym("2025-09"),
                                57_720L,
                                ym("2025-10"),
                                57_720L),
                        null));
        assertThat(january.months())
                .extracting(m -> m.month() + ":" + m.amount() + ":" + m.decision())
                .containsExactly("2025-11:41410:PARTIAL", "2025-12:41410:PARTIAL");
        PaymentPlan withoutIncome = PLANNER.plan(
                ym("2026-01"), facts("2025-06-10", Map.of(2023, INCOMES.get(2023)), Set.of(2025), Map.of(), null));
        assertThat(withoutIncome.holds())
                .extracting(PaymentPlan.Hold::reason)
                .containsExactly(PaymentPlan.Hold.Reason.INCOME_MISSING, PaymentPlan.Hold.Reason.INCOME_MISSING);
    }

    @Test
    void aMonthStoppedByIncomePaysNothing_andTheEndMonthIsTheLastPaid_児童扶養手当法第7条第1項_第9条() {
        Map<Integer, IncomeYear> high = Map.of(2023, MonthlyAmountsTest.income(2023, 2_840_000, 2));
        PaymentPlan stopped = PLANNER.plan(ym("2025-09"), facts("2025-06-10", high, Set.of(2025), Map.of(), null));
        assertThat(stopped.pays()).isFalse();
        assertThat(stopped.holds()).isEmpty();
        PaymentPlan ended =
                PLANNER.plan(ym("2025-09"), facts("2025-06-10", INCOMES, Set.of(2025), Map.of(), "2025-07"));
        assertThat(ended.months()).extracting(PaymentPlan.Month::month).containsExactly(ym("2025-07"));
    }
}
