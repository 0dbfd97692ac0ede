package jp.kikan.childrearingallowance.domain;

import java.util.List;
import java.util.Objects;

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
 */
public record IncomeYear(
        int year,
        Income income,
        int dependants,
        int elderlyDependants,
        int specifiedDependants,
        List<Supporter> supporters) {

    public IncomeYear {
        Objects.requireNonNull(income, "income");
        supporters = List.copyOf(supporters);
    }
}
