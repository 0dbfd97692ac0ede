package jp.kikan.childrearingallowance.domain;

import java.time.YearMonth;
import java.util.List;

/**
 * What a payment run pays one 受給資格: the months with their amounts, and the months it does not pay (held back or
 * overpaid).
 *
 * @param months   the months paid now, oldest first
 * @param holds    months that may be owed but are held back
 * @param overpaid months paid before at more than is owed now
 * @param gross    支給額: the sum of the months paid now
 */
public record PaymentPlan(List<Month> months, List<Hold> holds, List<Overpaid> overpaid, long gross) {

    public PaymentPlan {
        months = List.copyOf(months);
        holds = List.copyOf(holds);
        overpaid = List.copyOf(overpaid);
    }

    public boolean pays() {
        return !months.isEmpty();
    }

    /**
     * A month paid now.
     *
     * @param month      the month (月分)
     * @param decision   全部支給 or 一部支給
     * @param due        its amount
     * @param paidBefore what earlier runs paid for it
     * @param amount     paid now: the whole month (本払) or the difference (差額)
     * @param kind       本払 or 差額
     */
    public record Month(YearMonth month, Decision decision, long due, long paidBefore, long amount, Kind kind) {
        public enum Kind {
            FIRST_PAYMENT,
            DIFFERENCE
        }
    }

    /** A month held back. */
    public record Hold(YearMonth month, Reason reason) {
        public enum Reason {
            /** The 現況届 of the month's year was not filed: 8月分 onwards are not paid (差止め). */
            STATUS_REPORT_MISSING,
            /** The 所得 of the month's 所得年 is not recorded. */
            INCOME_MISSING
        }
    }

    /** A month paid before at {@code amount} more than is owed now (過払). */
    public record Overpaid(YearMonth month, long amount) {}
}
