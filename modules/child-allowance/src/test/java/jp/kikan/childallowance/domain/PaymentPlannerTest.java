package jp.kikan.childallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** What a payment run pays one 受給資格 (児童手当法 第8条第2項・第4項, 第12条, 第20条, 第21条, 第26条). */
class PaymentPlannerTest {

    static final PaymentPlanner PLANNER =
            new PaymentPlanner(MonthlyAmountsTest.AMOUNTS, AllowanceCalculatorTest.PARAMETERS);

    static final List<ChildSpan> ONE_CHILD = List.of(MonthlyAmountsTest.child("A", "2014-07-01", "2026-05"));

    static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }

    static EntitlementFacts facts(
            String start, @Nullable String end, Map<YearMonth, Long> paid, List<EntitlementFacts.Offer> offers) {
        return new EntitlementFacts(
                ym(start),
                end == null ? null : ym(end),
                LocalDate.parse("2026-05-01"),
                ONE_CHILD,
                IncomeFacts.NONE,
                false,
                Set.of(),
                false,
                false,
                offers,
                paid);
    }

    @Test
    void anEvenMonthPaysTheMonthsUpToTheOneBefore_児童手当法第8条第4項() {
        PaymentPlan june = PLANNER.plan(ym("2026-06"), facts("2026-05", null, Map.of(), List.of()));
        assertThat(june.months()).extracting(PaymentPlan.Month::month).containsExactly(ym("2026-05"));
        assertThat(june.gross()).isEqualTo(10_000);
        PaymentPlan august =
                PLANNER.plan(ym("2026-08"), facts("2026-05", null, Map.of(ym("2026-05"), 10_000L), List.of()));
        assertThat(august.months()).extracting(PaymentPlan.Month::month).containsExactly(ym("2026-06"), ym("2026-07"));
        assertThat(august.months()).allMatch(m -> m.kind() == PaymentPlan.Month.Kind.FIRST_PAYMENT);
    }

    @Test
    void aMonthAlreadyPaidIsNotPaidAgainAndAMissedOneIsPaidLate_児童手当法第8条第4項ただし書() {
        // May was never paid (認定 made late): the August run pays May, June and July
        PaymentPlan august = PLANNER.plan(ym("2026-08"), facts("2026-05", null, Map.of(), List.of()));
        assertThat(august.months())
                .extracting(PaymentPlan.Month::month)
                .containsExactly(ym("2026-05"), ym("2026-06"), ym("2026-07"));
        PaymentPlan again = PLANNER.plan(
                ym("2026-08"),
                facts(
                        "2026-05",
                        null,
                        Map.of(ym("2026-05"), 10_000L, ym("2026-06"), 10_000L, ym("2026-07"), 10_000L),
                        List.of()));
        assertThat(again.pays()).isFalse();
    }

    @Test
    void paymentStopsWithTheMonthTheEntitlementEnded_児童手当法第8条第2項() {
        PaymentPlan december =
                PLANNER.plan(ym("2026-12"), facts("2026-05", "2026-10", Map.of(ym("2026-09"), 10_000L), List.of()));
        assertThat(december.months())
                .extracting(PaymentPlan.Month::month)
                .containsExactly(ym("2026-05"), ym("2026-06"), ym("2026-07"), ym("2026-08"), ym("2026-10"));
    }

    @Test
    void aRaiseOfAPaidMonthIsPaidAsTheDifference_andAnOverpaymentIsOnlyListed() {
        PaymentPlan plan = PLANNER.plan(
                ym("2026-08"),
                facts("2026-06", "2026-06", Map.of(ym("2026-06"), 4_000L, ym("2026-07"), 10_000L), List.of()));
        assertThat(plan.months()).singleElement().satisfies(m -> {
            assertThat(m.month()).isEqualTo(ym("2026-06"));
            assertThat(m.amount()).isEqualTo(6_000);
            assertThat(m.kind()).isEqualTo(PaymentPlan.Month.Kind.DIFFERENCE);
        });
        assertThat(plan.overpaid()).containsExactly(new PaymentPlan.Overpaid(ym("2026-07"), 10_000));
    }

    @Test
    void schoolFeesThenDonationAreTakenFromTheMonthsPaid_児童手当法第21条_第20条() {
        UUID fees = UUID.randomUUID();
        UUID gift = UUID.randomUUID();
        List<EntitlementFacts.Offer> offers = List.of(
                new EntitlementFacts.Offer(
                        gift, EntitlementFacts.Offer.Kind.DONATION, ym("2026-06"), null, 3_000L, null),
                new EntitlementFacts.Offer(
                        fees,
                        EntitlementFacts.Offer.Kind.SCHOOL_FEE,
                        ym("2026-05"),
                        null,
                        8_000L,
                        LocalDate.parse("2014-07-01")));
        PaymentPlan plan = PLANNER.plan(ym("2026-08"), facts("2026-05", null, Map.of(), offers));
        assertThat(plan.gross()).isEqualTo(30_000);
        // May: fees 8,000; June and July: fees 8,000 then the donation takes the 2,000 left of its 3,000
        assertThat(plan.deductions())
                .extracting(PaymentPlan.Deduction::amount)
                .containsExactly(8_000L, 8_000L, 2_000L, 8_000L, 2_000L);
        assertThat(plan.net()).isEqualTo(2_000);
    }

    @Test
    void aMissingStatusReportHoldsBackFromJune_児童手当法第26条_施行規則第4条() {
        EntitlementFacts required = new EntitlementFacts(
                ym("2026-01"),
                null,
                LocalDate.parse("2025-12-10"),
                ONE_CHILD.stream()
                        .map(c -> new ChildSpan(c.atenabango(), c.birthDate(), c.care(), false, ym("2026-01"), null))
                        .toList(),
                IncomeFacts.NONE,
                true,
                Set.of(),
                false,
                false,
                List.of(),
                Map.of());
        PaymentPlan august = PLANNER.plan(ym("2026-08"), required);
        assertThat(august.months()).extracting(PaymentPlan.Month::month).endsWith(ym("2026-05"));
        assertThat(august.holds()).extracting(PaymentPlan.Hold::month).containsExactly(ym("2026-06"), ym("2026-07"));
        assertThat(august.holds()).allMatch(h -> h.reason() == PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING);
        assertThat(PLANNER.statusReportYear(ym("2027-05"))).isEqualTo(2026);
    }

    @Test
    void theMonthsOfADeceasedRecipientWaitForTheUnpaidClaim_児童手当法第12条() {
        EntitlementFacts deceased = new EntitlementFacts(
                ym("2026-05"),
                ym("2026-07"),
                LocalDate.parse("2026-05-01"),
                ONE_CHILD,
                IncomeFacts.NONE,
                false,
                Set.of(),
                true,
                false,
                List.of(),
                Map.of(ym("2026-05"), 10_000L));
        PaymentPlan held = PLANNER.plan(ym("2026-08"), deceased);
        assertThat(held.pays()).isFalse();
        assertThat(held.holds())
                .extracting(PaymentPlan.Hold::reason)
                .containsOnly(PaymentPlan.Hold.Reason.UNPAID_NOT_CLAIMED);
        EntitlementFacts claimed = new EntitlementFacts(
                deceased.start(),
                deceased.end(),
                deceased.claimDate(),
                deceased.children(),
                deceased.income(),
                false,
                Set.of(),
                true,
                true,
                List.of(),
                deceased.paid());
        assertThat(PLANNER.plan(ym("2026-08"), claimed).gross()).isEqualTo(20_000);
    }

    @Test
    void onlyEvenMonthsArePaymentMonthsFromOctober2024_児童手当法第8条第4項() {
        assertThat(PLANNER.isPaymentMonth(ym("2026-12"))).isTrue();
        assertThat(PLANNER.isPaymentMonth(ym("2026-11"))).isFalse();
        assertThat(PLANNER.isPaymentMonth(ym("2024-06"))).isTrue();
        assertThat(PLANNER.isPaymentMonth(ym("2024-08"))).isFalse();
    }
}
