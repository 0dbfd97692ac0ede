package jp.kikan.individualresidenttax.domain;

/**
 * Premiums paid in the income year for 生命保険料控除 (地方税法 第314条の2第1項第5号) and 地震保険料控除 (同第5号の3).
 * 新契約 are contracts from 2012-01-01 on, 旧契約 those before.
 *
 * @param generalNew        一般生命保険料（新契約）
 * @param generalOld        一般生命保険料（旧契約）
 * @param careMedical       介護医療保険料
 * @param pensionNew        個人年金保険料（新契約）
 * @param pensionOld        個人年金保険料（旧契約）
 * @param earthquake        地震保険料
 * @param oldLongTermNonLife 旧長期損害保険料
 */
public record InsurancePremiums(
        long generalNew,
        long generalOld,
        long careMedical,
        long pensionNew,
        long pensionOld,
        long earthquake,
        long oldLongTermNonLife) {

    /** No premiums. */
    public static final InsurancePremiums NONE = new InsurancePremiums(0, 0, 0, 0, 0, 0, 0);

    public InsurancePremiums {
        IncomeRules.requireNotNegative(generalNew, "一般生命保険料（新契約）");
        IncomeRules.requireNotNegative(generalOld, "一般生命保険料（旧契約）");
        IncomeRules.requireNotNegative(careMedical, "介護医療保険料");
        IncomeRules.requireNotNegative(pensionNew, "個人年金保険料（新契約）");
        IncomeRules.requireNotNegative(pensionOld, "個人年金保険料（旧契約）");
        IncomeRules.requireNotNegative(earthquake, "地震保険料");
        IncomeRules.requireNotNegative(oldLongTermNonLife, "旧長期損害保険料");
    }
}
