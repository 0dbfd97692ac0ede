package jp.kikan.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/** The months a run owes one 受給資格 (ADR 0012): 本払 once, then 差額; 過払 listed; held months kept owed. */
class MonthsOwedTest {

    static YearMonth ym(String text) {
        return YearMonth.parse(text);
    }

    /** A law of a flat amount per month, holding the months in {@code held} and not knowing those in {@code unknown}. */
    static MonthsOwed.Rules<String, String> law(
            ToLongFunction<YearMonth> amount, Set<YearMonth> held, Set<YearMonth> unknown) {
        return new MonthsOwed.Rules<>() {
            @Override
            public MonthsOwed.Due<String, String> due(YearMonth month) {
                return unknown.contains(month)
                        ? MonthsOwed.Due.unknown("INCOME_MISSING")
                        : MonthsOwed.Due.of(amount.applyAsLong(month), "FULL");
            }

            @Override
            public Optional<String> held(YearMonth month) {
                return held.contains(month) ? Optional.of("REPORT_MISSING") : Optional.empty();
            }
        };
    }

    static final MonthsOwed.Rules<String, String> FLAT = law(m -> 10_000, Set.of(), Set.of());

    @Test
    void paysEveryMonthOfThePeriodUpToTheMonthBeforeThePaymentMonth_onceAsFirstPayment() {
        MonthsOwed.Result<String, String> june = MonthsOwed.of(ym("2026-06"), ym("2026-03"), null, Map.of(), FLAT);
        assertThat(june.months())
                .extracting(MonthsOwed.Month::month)
                .containsExactly(ym("2026-03"), ym("2026-04"), ym("2026-05"));
        assertThat(june.months()).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MonthsOwed.Kind.FIRST_PAYMENT);
            assertThat(m.detail()).isEqualTo("FULL");
        });
        assertThat(june.gross()).isEqualTo(30_000);
        MonthsOwed.Result<String, String> again = MonthsOwed.of(
                ym("2026-06"),
                ym("2026-03"),
                null,
                Map.of(ym("2026-03"), 10_000L, ym("2026-04"), 10_000L, ym("2026-05"), 10_000L),
                FLAT);
        assertThat(again.months()).isEmpty();
        assertThat(again.holds()).isEmpty();
        assertThat(again.overpaid()).isEmpty();
    }

    @Test
    void aRaiseIsPaidAsTheDifference_aDecreaseAndAMonthAfterTheEndAreListedAsOverpaid() {
        MonthsOwed.Rules<String, String> raised =
                law(m -> m.equals(ym("2026-04")) ? 15_000 : 10_000, Set.of(), Set.of());
        MonthsOwed.Result<String, String> run = MonthsOwed.of(
                ym("2026-08"),
                ym("2026-03"),
                ym("2026-05"),
                Map.of(ym("2026-04"), 10_000L, ym("2026-05"), 12_000L, ym("2026-06"), 10_000L),
                raised);
        assertThat(run.months())
                .extracting(m -> m.month() + ":" + m.kind() + ":" + m.paidBefore() + ":" + m.amount())
                .containsExactly("2026-03:FIRST_PAYMENT:0:10000", "2026-04:DIFFERENCE:10000:5000");
        assertThat(run.overpaid())
                .containsExactly(
                        new MonthsOwed.Overpaid(ym("2026-05"), 2_000), new MonthsOwed.Overpaid(ym("2026-06"), 10_000));
    }

    @Test
    void aHeldMonthStaysOwedWithItsAmount_andAMonthWhoseAmountIsUnknownIsHeldWhateverWasPaid() {
        MonthsOwed.Rules<String, String> rules = law(m -> 10_000, Set.of(ym("2026-05")), Set.of(ym("2026-04")));
        MonthsOwed.Result<String, String> run =
                MonthsOwed.of(ym("2026-06"), ym("2026-03"), null, Map.of(ym("2026-04"), 10_000L), rules);
        assertThat(run.months()).extracting(MonthsOwed.Month::month).containsExactly(ym("2026-03"));
        assertThat(run.holds())
                .containsExactly(
                        new MonthsOwed.Hold<>(ym("2026-04"), 0, "INCOME_MISSING"),
                        new MonthsOwed.Hold<>(ym("2026-05"), 10_000, "REPORT_MISSING"));
        assertThat(run.overpaid()).isEmpty();
    }

    @Test
    void aMonthOwedNothingIsNeitherPaidNorHeld() {
        MonthsOwed.Rules<String, String> stopped = law(m -> 0, Set.of(ym("2026-03")), Set.of());
        MonthsOwed.Result<String, String> run = MonthsOwed.of(ym("2026-04"), ym("2026-03"), null, Map.of(), stopped);
        assertThat(run.months()).isEmpty();
        assertThat(run.holds()).isEmpty();
        assertThat(run.gross()).isZero();
    }
}
