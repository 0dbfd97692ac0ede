package jp.kikan.childrearingallowance.domain;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 児童扶養手当 of one month of a 受給資格: which 所得年 decides it, how many 対象児童 count, and the calculator's
 * decision and amount — or why there is none.
 *
 * @param month      the month (月分)
 * @param incomeYear the 所得年 deciding the month (第9条第1項)
 * @param children   対象児童の数 in the month
 * @param allowance  the calculation, {@code null} when no child counts or the 所得 of the 所得年 is not recorded
 * @param status     why there is (or is no) calculation
 * @param judgements each child on the 受給資格 in the month, judged (第3条第1項)
 * @param qualification the 支給要件 judged (第4条), {@code null} when none is recorded
 */
public record MonthAmount(
        YearMonth month,
        int incomeYear,
        int children,
        @Nullable MonthlyAllowance allowance,
        Status status,
        List<ChildJudgement> judgements,
        @Nullable QualificationJudgement qualification) {

    public MonthAmount {
        judgements = List.copyOf(judgements);
    }

    /** Whether and why a month has an amount. */
    public enum Status {
        /** Decided by the calculator: 全部支給, 一部支給 or 支給停止. */
        DECIDED,
        /** No 対象児童 in the month. */
        NO_CHILD,
        /** The 支給要件 recorded does not hold in the month, or a 除外事由 applies (第4条). */
        NOT_QUALIFIED,
        /** The 所得 of the month's 所得年 is not recorded yet (現況届 or 所得の申告 to come). */
        INCOME_MISSING
    }

    /** The monthly amount, 0 without a calculation. */
    public long total() {
        return allowance == null ? 0 : allowance.total();
    }
}
