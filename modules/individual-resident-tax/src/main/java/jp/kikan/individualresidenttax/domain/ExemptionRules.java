package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Parameters.cite;
import static jp.kikan.individualresidenttax.domain.Parameters.yen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;

/**
 * 非課税 of 個人住民税: 生活扶助 (地方税法 第295条第1項第1号); 障害者・未成年者・寡婦・ひとり親 with 合計所得金額 135万円以下
 * (同第2号); the 均等割 限度額 by 級地 (第295条第3項, 施行令 第47条の3); the 所得割 限度額 (附則第3条の3). The 道府県民税
 * follows the 市町村民税 (第24条の5).
 */
public final class ExemptionRules {

    private final Parameters parameters;

    public ExemptionRules(LegalParameters parameters) {
        this(new Parameters(parameters));
    }

    ExemptionRules(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * @param totalIncome        合計所得金額 (for the 均等割 and the 135万円 tests)
     * @param totalIncomeForLevy 総所得金額等 (for the 所得割 test)
     * @param householdCount     同一生計配偶者 and 扶養親族 (年少 included)
     */
    public Exemption determine(
            TaxpayerFacts facts, long totalIncome, long totalIncomeForLevy, int householdCount, TaxYear year) {
        LocalDate date = year.assessmentDate();
        List<Step> steps = new ArrayList<>();
        if (facts.livelihoodAssistance()) {
            steps.add(new Step("非課税（生活扶助）", 0, "生活保護法の生活扶助を受けている", "地方税法 第295条第1項第1号"));
            return new Exemption(true, true, steps);
        }
        List<String> who = new ArrayList<>();
        if (facts.disability().isDisabled()) {
            who.add("障害者");
        }
        ResolvedParameter minorAge = parameters.get("exemption.minor-age", date);
        if (year.ageOnAssessmentDate(facts.birthDate()) < minorAge.integer()) {
            who.add("未成年者");
        }
        if (facts.familyStatus() == FamilyStatus.WIDOW) {
            who.add("寡婦");
        } else if (facts.familyStatus().isSingleParent()) {
            who.add("ひとり親");
        }
        if (!who.isEmpty()) {
            ResolvedParameter limit = parameters.get("exemption.special-persons.limit", date);
            boolean exempt = totalIncome <= limit.yen();
            steps.add(new Step(
                    "非課税（" + String.join("・", who) + "）",
                    limit.yen(),
                    "合計所得金額 " + yen(totalIncome) + (exempt ? " ≤ " : " > ") + "限度額 " + yen(limit.yen())
                            + (exempt ? "：非課税" : "：該当しない"),
                    cite(limit) + "、" + cite(minorAge)));
            if (exempt) {
                return new Exemption(true, true, steps);
            }
        }

        String grade = facts.municipality().grade().key();
        ResolvedParameter perPerson = parameters.get("exemption.per-capita.per-person." + grade, date);
        ResolvedParameter base = parameters.get("exemption.per-capita.base", date);
        ResolvedParameter addition = parameters.get("exemption.per-capita.dependant-addition." + grade, date);
        long perCapitaLimit = limit(perPerson, base, addition, householdCount);
        boolean perCapitaExempt = totalIncome <= perCapitaLimit;
        steps.add(new Step(
                "均等割の非課税限度額",
                perCapitaLimit,
                formula(perPerson, base, addition, householdCount) + "（" + (grade.replace("grade-", "")) + "級地）；合計所得金額 "
                        + yen(totalIncome) + (perCapitaExempt ? " ≤ 限度額：均等割非課税" : " > 限度額：課税"),
                cite(perPerson) + "、" + cite(addition)));
        if (perCapitaExempt) {
            return new Exemption(true, true, steps);
        }

        ResolvedParameter levyPerPerson = parameters.get("exemption.income-levy.per-person", date);
        ResolvedParameter levyBase = parameters.get("exemption.income-levy.base", date);
        ResolvedParameter levyAddition = parameters.get("exemption.income-levy.dependant-addition", date);
        long levyLimit = limit(levyPerPerson, levyBase, levyAddition, householdCount);
        boolean levyExempt = totalIncomeForLevy <= levyLimit;
        steps.add(new Step(
                "所得割の非課税限度額",
                levyLimit,
                formula(levyPerPerson, levyBase, levyAddition, householdCount) + "；総所得金額等 " + yen(totalIncomeForLevy)
                        + (levyExempt ? " ≤ 限度額：所得割非課税" : " > 限度額：課税"),
                cite(levyPerPerson) + "、" + cite(levyAddition)));
        return new Exemption(false, levyExempt, steps);
    }

    /** 限度額 = 1人当たりの額 × (本人 + 人数) + 基礎の加算額 + (人数があるとき) 扶養加算額. */
    private static long limit(
            ResolvedParameter perPerson, ResolvedParameter base, ResolvedParameter addition, int householdCount) {
        return Math.multiplyExact(perPerson.yen(), 1L + householdCount)
                + base.yen()
                + (householdCount > 0 ? addition.yen() : 0);
    }

    private static String formula(
            ResolvedParameter perPerson, ResolvedParameter base, ResolvedParameter addition, int householdCount) {
        return yen(perPerson.yen()) + " ×（1 + " + householdCount + "人）+ " + yen(base.yen())
                + (householdCount > 0 ? " + " + yen(addition.yen()) : "");
    }
}
