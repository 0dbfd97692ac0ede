package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a payment run needs to know about one 受給資格.
 *
 * @param start             支給開始月
 * @param end               the last month paid, {@code null} while the 受給資格 runs
 * @param claimDate         認定請求日 (a 現況届 is due for every 8月1日 after it)
 * @param recipient         母, 父 or 養育者
 * @param children          the 対象児童 over months
 * @param incomes           the 所得 per 所得年
 * @param statusReportYears the years whose 現況届 was filed
 * @param paid              what was paid so far per month (本払 and 差額)
 * @param qualification     the 支給要件 and 除外事由 recorded (第4条), {@code null} when none is
 */
public record EntitlementFacts(
        YearMonth start,
        @Nullable YearMonth end,
        LocalDate claimDate,
        Recipient recipient,
        List<ChildSpan> children,
        Map<Integer, IncomeYear> incomes,
        Set<Integer> statusReportYears,
        Map<YearMonth, Long> paid,
        @Nullable QualificationFacts qualification) {

    public EntitlementFacts {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(claimDate, "claimDate");
        Objects.requireNonNull(recipient, "recipient");
        children = List.copyOf(children);
        incomes = Map.copyOf(incomes);
        statusReportYears = Set.copyOf(statusReportYears);
        paid = Map.copyOf(paid);
    }

    /** Facts without a 支給要件 recorded. */
    public EntitlementFacts(
            YearMonth start,
            @Nullable YearMonth end,
            LocalDate claimDate,
            Recipient recipient,
            List<ChildSpan> children,
            Map<Integer, IncomeYear> incomes,
            Set<Integer> statusReportYears,
            Map<YearMonth, Long> paid) {
        this(start, end, claimDate, recipient, children, incomes, statusReportYears, paid, null);
    }

    /** Whether {@code month} is within the 支給期間. */
    public boolean inPeriod(YearMonth month) {
        return !month.isBefore(start) && (end == null || !month.isAfter(end));
    }
}
