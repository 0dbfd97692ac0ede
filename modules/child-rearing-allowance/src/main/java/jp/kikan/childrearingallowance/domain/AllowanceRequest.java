package jp.kikan.childrearingallowance.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a 児童扶養手当 amount for one month depends on.
 *
 * @param month               the month (月分); its 所得 is that of the year before (11月〜翌年10月の月分, 第9条第1項)
 * @param children            対象児童の数 (監護等児童)
 * @param recipient           father, mother or 養育者
 * @param income              the recipient's 所得
 * @param dependants          the recipient's 扶養親族等の数
 * @param elderlyDependants   of those, 老人控除対象配偶者 and 老人扶養親族
 * @param specifiedDependants of those, 特定扶養親族 and 16歳以上19歳未満の控除対象扶養親族
 * @param supporters          配偶者・扶養義務者 whose 所得 is tested too
 * @param pensions            公的年金給付等 that reduce the 手当 (第13条の2)
 * @param partialStop         the facts of the 一部支給停止 after 5年等経過 (第13条の3), {@code null} when not known
 */
public record AllowanceRequest(
        YearMonth month,
        int children,
        Recipient recipient,
        Income income,
        int dependants,
        int elderlyDependants,
        int specifiedDependants,
        List<Supporter> supporters,
        List<Pension> pensions,
        @Nullable PartialStopFacts partialStop) {

    public AllowanceRequest {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(income, "income");
        supporters = List.copyOf(supporters);
        pensions = List.copyOf(pensions);
    }

    /** The same request for {@code count} 対象児童. */
    public AllowanceRequest withChildren(int count) {
        return new AllowanceRequest(
                month,
                count,
                recipient,
                income,
                dependants,
                elderlyDependants,
                specifiedDependants,
                supporters,
                pensions,
                partialStop);
    }

    /** A request without pensions and without the facts of 第13条の3. */
    public AllowanceRequest(
            YearMonth month,
            int children,
            Recipient recipient,
            Income income,
            int dependants,
            int elderlyDependants,
            int specifiedDependants,
            List<Supporter> supporters) {
        this(
                month,
                children,
                recipient,
                income,
                dependants,
                elderlyDependants,
                specifiedDependants,
                supporters,
                List.of(),
                null);
    }
}
