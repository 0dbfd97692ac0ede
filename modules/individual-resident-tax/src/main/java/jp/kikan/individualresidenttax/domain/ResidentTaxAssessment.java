package jp.kikan.individualresidenttax.domain;

import java.util.List;

/**
 * 個人住民税の税額 of one 納税義務者 for one 課税年度, with every intermediate figure and the explanation (算定根拠) of
 * each. All amounts in whole yen.
 *
 * @param taxYear                        課税年度
 * @param salaryIncome                   給与所得 after the 所得金額調整控除
 * @param pensionIncome                  公的年金等に係る雑所得
 * @param totalIncome                    合計所得金額 (= 総所得金額等 in this slice: no 分離課税, no 繰越控除)
 * @param deductions                     所得控除 and 人的控除額の差
 * @param taxableIncome                  課税総所得金額 (課税標準, 1,000円未満切捨)
 * @param municipalLevyBeforeCredits     市町村民税 所得割額 before 税額控除 (算出所得割額)
 * @param prefecturalLevyBeforeCredits   道府県民税 所得割額 before 税額控除
 * @param municipalAdjustment            調整控除 (市町村民税)
 * @param prefecturalAdjustment          調整控除 (道府県民税)
 * @param municipalIncomeLevy            市町村民税 所得割額 (100円未満切捨)
 * @param prefecturalIncomeLevy          道府県民税 所得割額 (100円未満切捨)
 * @param municipalPerCapita             市町村民税 均等割額
 * @param prefecturalPerCapita           道府県民税 均等割額
 * @param forestEnvironmentTax           森林環境税
 * @param exemption                      非課税の判定
 * @param total                          年税額 (所得割 + 均等割 + 森林環境税)
 * @param explanation                    every figure in the order computed
 */
public record ResidentTaxAssessment(
        TaxYear taxYear,
        long salaryIncome,
        long pensionIncome,
        long totalIncome,
        Deductions deductions,
        long taxableIncome,
        long municipalLevyBeforeCredits,
        long prefecturalLevyBeforeCredits,
        long municipalAdjustment,
        long prefecturalAdjustment,
        long municipalIncomeLevy,
        long prefecturalIncomeLevy,
        long municipalPerCapita,
        long prefecturalPerCapita,
        long forestEnvironmentTax,
        Exemption exemption,
        long total,
        List<Step> explanation) {

    public ResidentTaxAssessment {
        explanation = List.copyOf(explanation);
    }

    /** 市町村民税 (所得割 + 均等割). */
    public long municipalTax() {
        return municipalIncomeLevy + municipalPerCapita;
    }

    /** 道府県民税 (所得割 + 均等割). */
    public long prefecturalTax() {
        return prefecturalIncomeLevy + prefecturalPerCapita;
    }

    /** The line of the explanation for {@code term}, e.g. 「調整控除（市町村民税）」. */
    public Step step(String term) {
        return explanation.stream()
                .filter(s -> s.term().equals(term))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + term));
    }
}
