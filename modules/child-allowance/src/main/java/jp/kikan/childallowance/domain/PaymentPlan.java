package jp.kikan.childallowance.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * What a payment run pays one 受給資格: the months with their amounts, the deductions of the 申出, and the months it
 * does not pay (held back or overpaid).
 *
 * @param months     the months paid now, oldest first
 * @param holds      months owed but held back
 * @param overpaid   months paid before at more than is owed now
 * @param deductions the 申出 taken from the months paid now
 * @param gross      支給額: the sum of the months paid now
 * @param deducted   the sum of the deductions
 * @param net        振込額
 */
public record PaymentPlan(
        List<Month> months,
        List<Hold> holds,
        List<Overpaid> overpaid,
        List<Deduction> deductions,
        long gross,
        long deducted,
        long net) {

    public PaymentPlan {
        months = List.copyOf(months);
        holds = List.copyOf(holds);
        overpaid = List.copyOf(overpaid);
        deductions = List.copyOf(deductions);
    }

    /** Whether this plan pays anything. */
    public boolean pays() {
        return !months.isEmpty();
    }

    /**
     * A month paid now.
     *
     * @param month      the month (月分)
     * @param due        its amount under its law
     * @param paidBefore what earlier runs paid for it
     * @param amount     paid now: the whole month (本払) or the difference (差額)
     * @param kind       本払 or 差額
     */
    public record Month(YearMonth month, long due, long paidBefore, long amount, Kind kind) {
        public enum Kind {
            FIRST_PAYMENT,
            DIFFERENCE
        }
    }

    /** A month owed but held back, with the amount owed. */
    public record Hold(YearMonth month, long amount, Reason reason) {
        public enum Reason {
            /** 現況届 not filed: payment withheld (差止め) from the 6月分 of its year. */
            STATUS_REPORT_MISSING,
            /** The 受給者 died and no 未支払の児童手当 was claimed yet (第12条). */
            UNPAID_NOT_CLAIMED
        }
    }

    /** A month paid before at {@code amount} more than is owed now (過払). */
    public record Overpaid(YearMonth month, long amount) {}

    /** A deduction of a 申出 from a month paid now. */
    public record Deduction(UUID offer, EntitlementFacts.Offer.Kind kind, YearMonth month, long amount) {}
}
