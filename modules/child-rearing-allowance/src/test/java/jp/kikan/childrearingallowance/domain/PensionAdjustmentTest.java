package jp.kikan.childrearingallowance.domain;

import static jp.kikan.childrearingallowance.domain.AllowanceCalculatorTest.CALCULATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 公的年金給付等との併給調整 (児童扶養手当法 第13条の2): the pension's monthly amount (年額 ÷ 12, 10円未満四捨五入) is not
 * paid, up to the whole 手当; of a 障害基礎年金等 only the 子の加算部分 (第3項, from 2021-03).
 */
class PensionAdjustmentTest {

    static MonthlyAllowance withPension(String month, Recipient recipient, Pension... pensions) {
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
                null));
    }

    static Pension monthly(Pension.Kind kind, long amount) {
        return new Pension(kind, amount, false);
    }

    static Pension annual(Pension.Kind kind, long amount) {
        return new Pension(kind, amount, true);
    }

    @Test
    void 児童扶養手当法第13条の2第3項_障害基礎年金の子の加算部分だけを差し引く_令和7年度() {
        // 46,690 − 19,940 (子の加算 月額 2025-04, 神戸市) = 26,750
        MonthlyAllowance r =
                withPension("2025-06", Recipient.MOTHER, monthly(Pension.Kind.DISABILITY_BASIC_CHILD_ADDITION, 19_940));
        assertThat(r.total()).isEqualTo(26_750);
        assertThat(r.beforeReductions()).isEqualTo(46_690);
        assertThat(r.decision()).isEqualTo(Decision.FULL);
        assertThat(r.reductions()).singleElement().satisfies(red -> {
            assertThat(red.kind()).isEqualTo(Reduction.Kind.PENSION);
            assertThat(red.amount()).isEqualTo(19_940);
            assertThat(red.source()).contains("第13条の2第2項第1号、第3項");
        });
    }

    @Test
    void 児童扶養手当法第13条の2第3項_年額を12で除し10円未満四捨五入_令和3年4月() {
        // 224,700 ÷ 12 = 18,725 → 18,730; 43,160 − 18,730 = 24,430
        MonthlyAllowance r =
                withPension("2021-04", Recipient.MOTHER, annual(Pension.Kind.DISABILITY_BASIC_CHILD_ADDITION, 224_700));
        assertThat(r.reductions().get(0).amount()).isEqualTo(18_730);
        assertThat(r.total()).isEqualTo(24_430);
    }

    @Test
    void 児童扶養手当法第13条の2第2項_養育者の老齢年金は全額を差し引く() {
        // 300,000 ÷ 12 = 25,000; 46,690 − 25,000 = 21,690
        assertThat(withPension("2025-06", Recipient.FOSTER, annual(Pension.Kind.RECIPIENT_OTHER, 300_000))
                        .total())
                .isEqualTo(21_690);
        // 600,000 ÷ 12 = 50,000 ≥ 46,690 → 0, a result with its reason
        MonthlyAllowance none = withPension("2025-06", Recipient.FOSTER, annual(Pension.Kind.RECIPIENT_OTHER, 600_000));
        assertThat(none.total()).isZero();
        assertThat(none.reductions().get(0).amount()).isEqualTo(46_690);
        assertThat(none.steps().get(none.steps().size() - 1).item()).isEqualTo("支給月額");
    }

    @Test
    @DisplayName("児童扶養手当法 第13条の2: a pension just under, at and over the 手当 (46,690円)")
    void pensionJustUnderAndOverTheAllowance() {
        assertThat(withPension("2025-06", Recipient.MOTHER, monthly(Pension.Kind.RECIPIENT_OTHER, 46_680))
                        .total())
                .isEqualTo(10);
        assertThat(withPension("2025-06", Recipient.MOTHER, monthly(Pension.Kind.RECIPIENT_OTHER, 46_690))
                        .total())
                .isZero();
        assertThat(withPension("2025-06", Recipient.MOTHER, monthly(Pension.Kind.RECIPIENT_OTHER, 46_700))
                        .total())
                .isZero();
    }

    @Test
    void 児童扶養手当法第13条の2第1項_児童の遺族年金と受給資格者の年金は合計して差し引く() {
        // 120,000 ÷ 12 + 5,005 = 15,005 → 15,010 (one rounding of the exact sum); 46,690 − 15,010 = 31,680
        MonthlyAllowance r = withPension(
                "2025-06",
                Recipient.MOTHER,
                annual(Pension.Kind.CHILD, 120_000),
                monthly(Pension.Kind.RECIPIENT_OTHER, 5_005));
        assertThat(r.total()).isEqualTo(31_680);
        assertThat(r.reductions().get(0).source()).contains("第13条の2第1項").contains("第13条の2第2項第2号");
    }

    @Test
    void withoutAPensionNothingChanges() {
        MonthlyAllowance r = withPension("2025-06", Recipient.MOTHER);
        assertThat(r.total()).isEqualTo(46_690);
        assertThat(r.reductions()).isEmpty();
    }
}
