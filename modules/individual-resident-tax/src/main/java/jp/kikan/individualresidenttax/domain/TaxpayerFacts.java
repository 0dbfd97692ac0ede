package jp.kikan.individualresidenttax.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 課税資料の内容: what one 納税義務者's assessment depends on for a 課税年度 (the income of the 前年 and the household on
 * 12月31日 of it; the 住所 on the 賦課期日).
 *
 * @param municipality           the taxing 市町村
 * @param birthDate              生年月日
 * @param salaryRevenue          給与等の収入金額 (支払金額, all employers together)
 * @param pensionRevenue         公的年金等の収入金額
 * @param socialInsurance        社会保険料控除 の対象となる社会保険料 paid in the year
 * @param insurance              生命保険料・地震保険料 paid in the year
 * @param disability             the taxpayer's own 障害者の区分 ({@link Disability#SPECIAL_COHABITING} is for relatives)
 * @param familyStatus           寡婦 / ひとり親
 * @param workingStudent         勤労学生 (its 所得 requirement is checked here, its 学校 requirement by the caller)
 * @param livelihoodAssistance   生活保護法 の 生活扶助 を受けている (賦課期日現在): 非課税 (地方税法 第295条第1項第1号)
 * @param spouse                 the 生計を一にする配偶者, if any
 * @param relatives              the other 生計を一にする親族 who may be 扶養親族 or 特定親族
 */
public record TaxpayerFacts(
        Municipality municipality,
        LocalDate birthDate,
        long salaryRevenue,
        long pensionRevenue,
        long socialInsurance,
        InsurancePremiums insurance,
        Disability disability,
        FamilyStatus familyStatus,
        boolean workingStudent,
        boolean livelihoodAssistance,
        @Nullable Relative spouse,
        List<Relative> relatives) {

    public TaxpayerFacts {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(insurance, "insurance");
        Objects.requireNonNull(disability, "disability");
        Objects.requireNonNull(familyStatus, "familyStatus");
        relatives = List.copyOf(relatives);
        IncomeRules.requireNotNegative(salaryRevenue, "給与等の収入金額");
        IncomeRules.requireNotNegative(pensionRevenue, "公的年金等の収入金額");
        IncomeRules.requireNotNegative(socialInsurance, "社会保険料");
        if (disability == Disability.SPECIAL_COHABITING) {
            throw new InvalidValueException("invalid-disability", "同居特別障害者は同一生計配偶者・扶養親族の区分です（本人は特別障害者）");
        }
    }

    /** A taxpayer with only a 給与 and 社会保険料, no disability, status or household: the common case. */
    public static TaxpayerFacts salaryEarner(
            Municipality municipality, LocalDate birthDate, long salaryRevenue, long socialInsurance) {
        return new TaxpayerFacts(
                municipality,
                birthDate,
                salaryRevenue,
                0,
                socialInsurance,
                InsurancePremiums.NONE,
                Disability.NONE,
                FamilyStatus.NONE,
                false,
                false,
                null,
                List.of());
    }

    /** The same facts with a spouse. */
    public TaxpayerFacts withSpouse(@Nullable Relative newSpouse) {
        return new TaxpayerFacts(
                municipality,
                birthDate,
                salaryRevenue,
                pensionRevenue,
                socialInsurance,
                insurance,
                disability,
                familyStatus,
                workingStudent,
                livelihoodAssistance,
                newSpouse,
                relatives);
    }

    /** The same facts with these relatives. */
    public TaxpayerFacts withRelatives(List<Relative> newRelatives) {
        return new TaxpayerFacts(
                municipality,
                birthDate,
                salaryRevenue,
                pensionRevenue,
                socialInsurance,
                insurance,
                disability,
                familyStatus,
                workingStudent,
                livelihoodAssistance,
                spouse,
                newRelatives);
    }

    /** The same facts with these 生命保険料・地震保険料. */
    public TaxpayerFacts withInsurance(InsurancePremiums premiums) {
        return new TaxpayerFacts(
                municipality,
                birthDate,
                salaryRevenue,
                pensionRevenue,
                socialInsurance,
                premiums,
                disability,
                familyStatus,
                workingStudent,
                livelihoodAssistance,
                spouse,
                relatives);
    }

    /** The same facts with a 公的年金等の収入金額. */
    public TaxpayerFacts withPension(long revenue) {
        return new TaxpayerFacts(
                municipality,
                birthDate,
                salaryRevenue,
                revenue,
                socialInsurance,
                insurance,
                disability,
                familyStatus,
                workingStudent,
                livelihoodAssistance,
                spouse,
                relatives);
    }

    /** The same facts with the taxpayer's disability, status, 勤労学生 and 生活扶助. */
    public TaxpayerFacts withStatus(
            Disability newDisability, FamilyStatus newStatus, boolean student, boolean assistance) {
        return new TaxpayerFacts(
                municipality,
                birthDate,
                salaryRevenue,
                pensionRevenue,
                socialInsurance,
                insurance,
                newDisability,
                newStatus,
                student,
                assistance,
                spouse,
                relatives);
    }
}
