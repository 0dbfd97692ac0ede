package jp.kikan.childrearingallowance.domain;

/**
 * A 配偶者 (of a father or mother with a disability) or 扶養義務者 living with the recipient (児童扶養手当法 第10条,
 * 第11条): if one's 所得 reaches the limit, the allowance is stopped entirely.
 *
 * @param income            所得額 after the deductions of 児童扶養手当法施行令 第4条
 * @param dependants        扶養親族等の数
 * @param elderlyDependants of those, 老人扶養親族 (each raises the limit, 施行令 第2条の4)
 */
public record Supporter(long income, int dependants, int elderlyDependants) {

    /** A 配偶者 or 扶養義務者 without 老人扶養親族. */
    public Supporter(long income, int dependants) {
        this(income, dependants, 0);
    }
}
