package jp.kikan.childrearingallowance.domain;

/**
 * The deductions of 児童扶養手当法施行令 第4条第2項 a person has (the 8万円 一律控除 is always applied).
 *
 * @param disabled               障害者控除の対象者数
 * @param specialDisabled        特別障害者控除の対象者数
 * @param workingStudent         勤労学生控除
 * @param widow                  寡婦控除 (not for a recipient who is the father or mother)
 * @param singleParent           ひとり親控除 (not for a recipient who is the father or mother)
 * @param casualtyLoss           雑損控除の額
 * @param medical                医療費控除の額
 * @param smallBusinessMutualAid 小規模企業共済等掛金控除の額
 * @param spouseSpecial          配偶者特別控除の額
 */
public record Deductions(
        int disabled,
        int specialDisabled,
        boolean workingStudent,
        boolean widow,
        boolean singleParent,
        long casualtyLoss,
        long medical,
        long smallBusinessMutualAid,
        long spouseSpecial) {

    /** No deduction besides the 8万円. */
    public static final Deductions NONE = new Deductions(0, 0, false, false, false, 0, 0, 0, 0);
}
