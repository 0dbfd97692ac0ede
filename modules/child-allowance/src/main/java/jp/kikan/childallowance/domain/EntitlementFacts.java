package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a payment run needs to know about one 受給資格.
 *
 * @param start                支給開始月
 * @param end                  the last month paid (支給の終わり), {@code null} while the entitlement runs
 * @param claimDate            認定請求日 (a 現況届 is due only for a 6月1日 after it)
 * @param children             the children over months
 * @param income               the 所得 for months before 2024-10
 * @param statusReportRequired the 受給者 must file a 現況届 (DV 避難, 離婚協議中 …)
 * @param statusReportYears    the years whose 現況届 was filed
 * @param recipientDeceased    the 受給者 died (the months owed go to the 未支払 請求者, 第12条)
 * @param unpaidClaimed        a 未支払の児童手当 was claimed
 * @param offers               the 申出 (寄附, 学校給食費等)
 * @param paid                 what was paid so far per month (本払 and 差額)
 */
public record EntitlementFacts(
        YearMonth start,
        @Nullable YearMonth end,
        LocalDate claimDate,
        List<ChildSpan> children,
        IncomeFacts income,
        boolean statusReportRequired,
        Set<Integer> statusReportYears,
        boolean recipientDeceased,
        boolean unpaidClaimed,
        List<Offer> offers,
        Map<YearMonth, Long> paid) {

    public EntitlementFacts {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(claimDate, "claimDate");
        children = List.copyOf(children);
        Objects.requireNonNull(income, "income");
        statusReportYears = Set.copyOf(statusReportYears);
        offers = List.copyOf(offers);
        paid = Map.copyOf(paid);
    }

    /** Whether {@code month} is within the 支給期間. */
    public boolean inPeriod(YearMonth month) {
        return !month.isBefore(start) && (end == null || !month.isAfter(end));
    }

    /**
     * A 申出 deducted from the payments.
     *
     * @param id             the 申出
     * @param kind           寄附 or 学校給食費等
     * @param from           the first month (月分) it applies to
     * @param to             the last month, or {@code null}
     * @param monthly        the amount per month; {@code null} for a 寄附 of the whole amount
     * @param childBirthDate for 学校給食費等, the child's 生年月日 (中学校修了前 only)
     */
    public record Offer(
            UUID id,
            Kind kind,
            YearMonth from,
            @Nullable YearMonth to,
            @Nullable Long monthly,
            @Nullable LocalDate childBirthDate) {

        /** 学校給食費等 first, then 寄附 (the order deductions are taken). */
        public enum Kind {
            SCHOOL_FEE,
            DONATION
        }

        public boolean covers(YearMonth month) {
            return !month.isBefore(from) && (to == null || !month.isAfter(to));
        }
    }
}
