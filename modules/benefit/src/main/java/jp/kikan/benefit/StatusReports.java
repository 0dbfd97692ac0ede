package jp.kikan.benefit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * 現況届 as the payment mechanics see it: a report due every year on the first day of the law's reference month (児童手当
 * 6月1日, 児童扶養手当 8月1日), covering the months from that month to the month before it in the next year. While the
 * report of a year is missing, the law holds back the months it covers (差止め); a 受給資格 claimed on or after the
 * reference day owes no report that year. Which benefits require it, and from when, is the law's.
 */
public final class StatusReports {

    private StatusReports() {}

    /** The year of the report that covers {@code month}, with {@code referenceMonth} (1–12) the month it is due in. */
    public static int yearOf(YearMonth month, int referenceMonth) {
        return month.getMonthValue() >= referenceMonth ? month.getYear() : month.getYear() - 1;
    }

    /**
     * Whether the report that covers {@code month} is due and missing: the 受給資格 was claimed before the reference day
     * of its year and that year is not among {@code filedYears}.
     */
    public static boolean missing(YearMonth month, int referenceMonth, LocalDate claimDate, Set<Integer> filedYears) {
        int year = yearOf(month, referenceMonth);
        return claimDate.isBefore(LocalDate.of(year, referenceMonth, 1)) && !filedYears.contains(year);
    }
}
