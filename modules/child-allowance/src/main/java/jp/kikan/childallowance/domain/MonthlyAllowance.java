package jp.kikan.childallowance.domain;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 児童手当 for one month (月分) and how it was reached.
 *
 * @param month        the month the amount is for
 * @param total        the monthly amount, in yen
 * @param regime       児童手当, 特例給付 or nothing
 * @param children     one line per child of the request, in request order
 * @param incomeTest   the income test, {@code null} where none applied (before 2012-06, from 2024-10)
 * @param paymentMonth the 支払期月 in which this month is regularly paid
 * @param notes        further explanations, in Japanese
 * @param noPayment    why nothing is paid, with the provision, when {@code total} is 0; {@code null} otherwise
 */
public record MonthlyAllowance(
        YearMonth month,
        long total,
        Regime regime,
        List<ChildLine> children,
        @Nullable IncomeTest incomeTest,
        YearMonth paymentMonth,
        List<String> notes,
        @Nullable NoPayment noPayment) {

    public MonthlyAllowance {
        children = List.copyOf(children);
        notes = List.copyOf(notes);
    }

    /** An amount without a reason for paying nothing. */
    public MonthlyAllowance(
            YearMonth month,
            long total,
            Regime regime,
            List<ChildLine> children,
            @Nullable IncomeTest incomeTest,
            YearMonth paymentMonth,
            List<String> notes) {
        this(month, total, regime, children, incomeTest, paymentMonth, notes, null);
    }
}
