package jp.kikan.childrearingallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 児童扶養手当 of a month of a 受給資格: its 所得年, its 対象児童, the calculator's decision (児童扶養手当法 第9条). */
class MonthlyAmountsTest {

    static final MonthlyAmounts AMOUNTS =
            new MonthlyAmounts(AllowanceCalculatorTest.CALCULATOR, AllowanceCalculatorTest.PARAMETERS);

    static ChildSpan child(String birth, String from) {
        return new ChildSpan("C" + birth, LocalDate.parse(birth), YearMonth.parse(from), null);
    }

    static IncomeYear income(int year, long amount, int dependants) {
        return new IncomeYear(year, new Income.Assessed(amount), dependants, 0, 0, List.of());
    }

    static final List<ChildSpan> TWO = List.of(child("2015-05-05", "2025-07"), child("2019-09-09", "2025-07"));

    @Test
    void novemberToOctoberFollowTheIncomeOfTheYearBefore_児童扶養手当法第9条第1項() {
        assertThat(AMOUNTS.incomeYear(YearMonth.of(2025, 10))).isEqualTo(2023);
        assertThat(AMOUNTS.incomeYear(YearMonth.of(2025, 11))).isEqualTo(2024);
        assertThat(AMOUNTS.incomeYear(YearMonth.of(2026, 10))).isEqualTo(2024);
    }

    @Test
    void theDecisionOfEachMonthComesFromItsIncomeYear_一部支給and全部支給_令和7年度() {
        // 2 children, 2 dependants: 全部支給 below 145万, 一部支給 below 284万 (2024-11 limits)
        Map<Integer, IncomeYear> incomes = Map.of(2023, income(2023, 1_449_999, 2), 2024, income(2024, 2_000_000, 2));
        MonthAmount october = AMOUNTS.of(YearMonth.of(2025, 10), Recipient.MOTHER, TWO, incomes);
        assertThat(october.status()).isEqualTo(MonthAmount.Status.DECIDED);
        assertThat(october.total()).isEqualTo(46_690 + 11_030);
        MonthAmount november = AMOUNTS.of(YearMonth.of(2025, 11), Recipient.MOTHER, TWO, incomes);
        // 超過 55万: 本体 46,680 − 10円未満四捨五入(550,000 × 0.0256619 = 14,114.0) = 32,570;
        // 加算 11,020 − 10円未満四捨五入(550,000 × 0.0039568 = 2,176.2) = 8,840
        assertThat(november.total()).isEqualTo(32_570 + 8_840);
        assertThat(november.allowance().decision()).isEqualTo(Decision.PARTIAL);
    }

    @Test
    void aMonthWithoutTheIncomeOfItsYearHasNoAmountYet() {
        MonthAmount missing = AMOUNTS.of(YearMonth.of(2025, 11), Recipient.MOTHER, TWO, Map.of());
        assertThat(missing.status()).isEqualTo(MonthAmount.Status.INCOME_MISSING);
        assertThat(missing.incomeYear()).isEqualTo(2024);
        assertThat(missing.total()).isZero();
    }

    @Test
    void aChildCountsUpToTheMarchAfterItsEighteenthBirthday_児童扶養手当法第3条第1項() {
        // born 2007-06-01: 18歳に達する日 2025-05-31 → 年度末 2026-03-31
        List<ChildSpan> children = List.of(child("2007-06-01", "2025-07"), child("2015-05-05", "2025-07"));
        Map<Integer, IncomeYear> incomes = Map.of(2024, income(2024, 0, 2), 2025, income(2025, 0, 2));
        assertThat(AMOUNTS.of(YearMonth.of(2026, 3), Recipient.MOTHER, children, incomes)
                        .children())
                .isEqualTo(2);
        assertThat(AMOUNTS.of(YearMonth.of(2026, 4), Recipient.MOTHER, children, incomes)
                        .children())
                .isEqualTo(1);
        assertThat(AMOUNTS.of(YearMonth.of(2026, 4), Recipient.MOTHER, List.of(children.get(0)), incomes)
                        .status())
                .isEqualTo(MonthAmount.Status.NO_CHILD);
    }
}
