package jp.kikan.childallowance.domain;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The amount of one month of a 受給資格 and how it was reached, per child.
 *
 * @param month  the month (月分)
 * @param total  the monthly amount, yen
 * @param regime 児童手当, 特例給付 or nothing
 * @param lines  one line per child counted in the month, oldest first
 * @param notes  further explanations, in Japanese
 * @param noPayment why nothing is paid, with the provision, when {@code total} is 0; {@code null} otherwise
 */
public record MonthAmount(
        YearMonth month,
        long total,
        Regime regime,
        List<Line> lines,
        List<String> notes,
        @Nullable NoPayment noPayment) {

    public MonthAmount {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** An amount without a reason for paying nothing. */
    public MonthAmount(YearMonth month, long total, Regime regime, List<Line> lines, List<String> notes) {
        this(month, total, regime, lines, notes, null);
    }

    /** A child of the 受給資格 and its part of the month. */
    public record Line(ChildSpan child, ChildLine line) {}
}
