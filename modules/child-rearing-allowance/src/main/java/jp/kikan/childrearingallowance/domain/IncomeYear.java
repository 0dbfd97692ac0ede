package jp.kikan.childrearingallowance.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The 所得 of one calendar year (所得年), which decides the months from November of the next year to the October after
 * (児童扶養手当法 第9条第1項, 第10条).
 *
 * @param year                the 所得年
 * @param income              the 受給者's 所得, as an amount or its parts
 * @param dependants          扶養親族等の数
 * @param elderlyDependants   of those, 老人控除対象配偶者 and 老人扶養親族
 * @param specifiedDependants of those, 特定扶養親族 and 16歳以上19歳未満の控除対象扶養親族
 * @param supporters          配偶者 and 扶養義務者 living with the 受給者
 * @param pensions            公的年金給付等 in the months this 所得年 decides (第13条の2)
 * @param exemption           the reason of the 一部支給停止適用除外事由届出 filed with the 現況届 that gave this 所得, for
 *                            the months it decides (第13条の3第2項), if one was filed
 * @param eligibleSince       the month the 支給要件 first arose (the 7-year rule of 第13条の3第1項), if given
 */
public record IncomeYear(
        int year,
        Income income,
        int dependants,
        int elderlyDependants,
        int specifiedDependants,
        List<Supporter> supporters,
        List<Pension> pensions,
        @Nullable Exemption exemption,
        @Nullable YearMonth eligibleSince) {

    public IncomeYear {
        Objects.requireNonNull(income, "income");
        supporters = List.copyOf(supporters);
        pensions = List.copyOf(pensions);
    }

    /** A 所得年 without pensions, 適用除外 or 支給要件 month. */
    public IncomeYear(
            int year,
            Income income,
            int dependants,
            int elderlyDependants,
            int specifiedDependants,
            List<Supporter> supporters) {
        this(year, income, dependants, elderlyDependants, specifiedDependants, supporters, List.of(), null, null);
    }
}
