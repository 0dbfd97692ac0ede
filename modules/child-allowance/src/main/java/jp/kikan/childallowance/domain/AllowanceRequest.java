package jp.kikan.childallowance.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a 児童手当 amount for one month depends on.
 *
 * @param month              the month (月分) the amount is for
 * @param children           the recipient's children, in any order (the rank is by birth date)
 * @param income             the recipient's 所得額 as 児童手当法施行令 第3条 computes it (after its deductions); needed
 *                           only for months from 2012-06 to 2024-09, when the income limit applied
 * @param dependants         扶養親族等の数 (所得税法上の同一生計配偶者及び扶養親族, with the children the recipient
 *                           supported on 31 December); needed with {@code income}
 * @param elderlyDependants  of those, 老人控除対象配偶者 and 老人扶養親族 (each raises the limit)
 */
public record AllowanceRequest(
        YearMonth month,
        List<Child> children,
        @Nullable Long income,
        @Nullable Integer dependants,
        int elderlyDependants) {

    public AllowanceRequest {
        Objects.requireNonNull(month, "month");
        children = List.copyOf(children);
    }

    /** A request for a month without an income limit (from 2024-10). */
    public static AllowanceRequest of(YearMonth month, List<Child> children) {
        return new AllowanceRequest(month, children, null, null, 0);
    }
}
