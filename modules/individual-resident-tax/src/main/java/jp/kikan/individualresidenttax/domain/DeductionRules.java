package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Parameters.cite;
import static jp.kikan.individualresidenttax.domain.Parameters.yen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import org.jspecify.annotations.Nullable;

/**
 * 所得控除 of 個人住民税 (地方税法 第314条の2; 道府県民税 第34条 has the same amounts): 社会保険料, 生命保険料, 地震保険料,
 * 障害者, 寡婦, ひとり親,
 * 勤労学生, 配偶者, 配偶者特別, 扶養, 特定親族特別 (令和8年度分から) and 基礎, each with its 住民税 amount, and the 人的控除額の差
 * of each for the 調整控除.
 */
public final class DeductionRules {

    private final Parameters parameters;

    public DeductionRules(LegalParameters parameters) {
        this(new Parameters(parameters));
    }

    DeductionRules(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The 所得控除 of the taxpayer.
     *
     * @param totalIncome the taxpayer's 合計所得金額
     */
    public Deductions deductions(TaxpayerFacts facts, long totalIncome, TaxYear year) {
        LocalDate date = year.assessmentDate();
        Collector c = new Collector();
        int household = 0;

        if (facts.socialInsurance() > 0) {
            c.item("社会保険料控除", facts.socialInsurance(), "支払った社会保険料の全額", "地方税法 第314条の2第1項第3号");
        }
        insurance(c, facts.insurance(), date);
        disability(c, "本人", facts.disability(), date);

        Relative spouse = facts.spouse();
        if (spouse != null) {
            ResolvedParameter limit = parameters.get("spouse.income-limit", date);
            if (spouse.totalIncome() <= limit.yen()) {
                household++;
                disability(c, "同一生計配偶者", spouse.disability(), date);
                spouseDeduction(c, spouse, totalIncome, limit, year);
            } else {
                spouseSpecialDeduction(c, spouse, totalIncome, limit, date);
            }
        }

        ResolvedParameter dependantLimit = parameters.get("dependant.income-limit", date);
        int index = 0;
        for (Relative relative : facts.relatives()) {
            index++;
            String who = "扶養親族" + index;
            if (relative.totalIncome() <= dependantLimit.yen()) {
                household++;
                disability(c, who, relative.disability(), date);
                dependantDeduction(c, who, relative, dependantLimit, year);
            } else {
                specificRelativeDeduction(c, "親族" + index, relative, dependantLimit, year);
            }
        }

        familyStatus(c, facts.familyStatus(), totalIncome, date);
        if (facts.workingStudent()) {
            ResolvedParameter limit = parameters.get("working-student.income-limit", date);
            if (totalIncome <= limit.yen()) {
                c.item(
                        "勤労学生控除",
                        "working-student.amount",
                        "合計所得金額 " + yen(totalIncome) + " ≤ " + yen(limit.yen()),
                        date);
                c.difference("人的控除額の差（勤労学生）", "difference.working-student", date);
            }
        }

        int band = parameters.bandOf("basic.band", totalIncome, date);
        if (band > 0) {
            ResolvedParameter amount = parameters.get("basic.band." + band + ".amount", date);
            c.add(
                    "基礎控除",
                    amount,
                    "合計所得金額 " + yen(totalIncome) + " ≤ " + yen(parameters.yen("basic.band." + band + ".upper", date)));
            c.difference("人的控除額の差（基礎控除）", "difference.basic", date);
        }
        return new Deductions(c.items, c.total, c.differences, c.differenceTotal, household);
    }

    /**
     * 生命保険料控除 (per 区分: 一般, 介護医療, 個人年金; 新旧両方なら旧のみの額と合計（上限あり）の多い方; 合計に上限) and
     * 地震保険料控除 (地震保険料 and 旧長期損害保険料, 合計に上限); each formula's result 1円未満切上げ (UNVERIFIED).
     */
    private void insurance(Collector c, InsurancePremiums premiums, LocalDate date) {
        long general = lifeCategory(premiums.generalNew(), premiums.generalOld(), date);
        long care = lifeCategory(premiums.careMedical(), 0, date);
        long pension = lifeCategory(premiums.pensionNew(), premiums.pensionOld(), date);
        if (general + care + pension > 0) {
            ResolvedParameter cap = parameters.get("life-insurance.total-maximum", date);
            long life = Math.min(cap.yen(), general + care + pension);
            c.item(
                    "生命保険料控除",
                    life,
                    "一般 " + yen(general) + " + 介護医療 " + yen(care) + " + 個人年金 " + yen(pension) + "（合計の上限 "
                            + yen(cap.yen()) + "）",
                    cite(cap) + "、" + cite(parameters.get("life-insurance.new.maximum", date)));
        }
        long earthquake = premiums.earthquake() > 0 ? premium("earthquake-insurance", premiums.earthquake(), date) : 0;
        long oldLongTerm = premiums.oldLongTermNonLife() > 0
                ? premium("old-long-term-insurance", premiums.oldLongTermNonLife(), date)
                : 0;
        if (earthquake + oldLongTerm > 0) {
            ResolvedParameter cap = parameters.get("earthquake-insurance.total-maximum", date);
            c.item(
                    "地震保険料控除",
                    Math.min(cap.yen(), earthquake + oldLongTerm),
                    "地震保険料分 " + yen(earthquake) + " + 旧長期損害保険料分 " + yen(oldLongTerm) + "（上限 " + yen(cap.yen()) + "）",
                    cite(cap));
        }
    }

    private long lifeCategory(long newPaid, long oldPaid, LocalDate date) {
        long fromNew = newPaid > 0 ? premium("life-insurance.new", newPaid, date) : 0;
        long fromOld = oldPaid > 0 ? premium("life-insurance.old", oldPaid, date) : 0;
        if (newPaid > 0 && oldPaid > 0) {
            long combined = Math.min(parameters.yen("life-insurance.combined-maximum", date), fromNew + fromOld);
            return Math.max(fromOld, combined);
        }
        return fromNew + fromOld;
    }

    /** The banded formula {@code prefix.band.N} on {@code paid}, 1円未満切上げ, or {@code prefix.maximum} above it. */
    private long premium(String prefix, long paid, LocalDate date) {
        BigDecimal formula = parameters.bandFormula(prefix, paid, date);
        return formula == null
                ? parameters.yen(prefix + ".maximum", date)
                : formula.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private void disability(Collector c, String who, Disability disability, LocalDate date) {
        @Nullable
        String key =
                switch (disability) {
                    case NONE -> null;
                    case ORDINARY -> "disability.ordinary";
                    case SPECIAL -> "disability.special";
                    case SPECIAL_COHABITING -> "disability.special-cohabiting";
                };
        if (key != null) {
            c.item("障害者控除（" + who + "）", key + ".amount", disabilityName(disability), date);
            c.difference("人的控除額の差（障害者・" + who + "）", "difference." + key, date);
        }
    }

    private static String disabilityName(Disability disability) {
        return switch (disability) {
            case NONE -> "";
            case ORDINARY -> "障害者";
            case SPECIAL -> "特別障害者";
            case SPECIAL_COHABITING -> "同居特別障害者";
        };
    }

    private void spouseDeduction(
            Collector c, Relative spouse, long totalIncome, ResolvedParameter limit, TaxYear year) {
        LocalDate date = year.assessmentDate();
        int tier = parameters.bandOf("spouse.taxpayer-tier", totalIncome, date);
        if (tier == 0) {
            return; // 合計所得金額 1,000万円超: 同一生計配偶者 (非課税 の人数) but no 控除対象配偶者
        }
        boolean elderly =
                year.ageAtEndOfIncomeYear(spouse.birthDate()) >= parameters.integer("relative.age.elderly", date);
        String kind = elderly ? "elderly." : "";
        c.add(
                "配偶者控除",
                parameters.get("spouse.amount." + kind + "tier." + tier, date),
                (elderly ? "老人控除対象配偶者" : "控除対象配偶者") + "（配偶者の合計所得金額 " + yen(spouse.totalIncome()) + " ≤ "
                        + yen(limit.yen()) + "、本人の合計所得金額 " + yen(totalIncome) + " は第" + tier + "区分）");
        c.difference("人的控除額の差（配偶者控除）", "difference.spouse." + kind + "tier." + tier, date);
    }

    private void spouseSpecialDeduction(
            Collector c, Relative spouse, long totalIncome, ResolvedParameter limit, LocalDate date) {
        int tier = parameters.bandOf("spouse.taxpayer-tier", totalIncome, date);
        int band = parameters.bandOf("spouse-special.band", spouse.totalIncome(), date);
        if (tier == 0 || band == 0) {
            return;
        }
        c.add(
                "配偶者特別控除",
                parameters.get("spouse-special.band." + band + ".tier." + tier, date),
                "配偶者の合計所得金額 " + yen(spouse.totalIncome()) + "（" + yen(limit.yen()) + "超、第" + band + "区分）、本人の合計所得金額 "
                        + yen(totalIncome) + "（第" + tier + "区分）");
        List<ResolvedParameter> below = parameters.numbered("difference.spouse-special.band", "below", date);
        for (int i = 0; i < below.size(); i++) {
            if (spouse.totalIncome() < below.get(i).yen()) {
                c.difference("人的控除額の差（配偶者特別控除）", "difference.spouse-special.band." + (i + 1) + ".tier." + tier, date);
                return;
            }
        }
    }

    private void dependantDeduction(Collector c, String who, Relative relative, ResolvedParameter limit, TaxYear year) {
        LocalDate date = year.assessmentDate();
        int age = year.ageAtEndOfIncomeYear(relative.birthDate());
        String facts = who + "（" + age + "歳、合計所得金額 " + yen(relative.totalIncome()) + " ≤ " + yen(limit.yen()) + "）";
        if (age < parameters.integer("dependant.age.deductible-from", date)) {
            return; // 年少扶養親族: counted for 非課税, no 扶養控除
        }
        String kind;
        String name;
        if (age >= parameters.integer("dependant.age.specific-from", date)
                && age <= parameters.integer("dependant.age.specific-to", date)) {
            kind = "specific";
            name = "特定扶養親族";
        } else if (age >= parameters.integer("relative.age.elderly", date)) {
            kind = relative.cohabitingLinealAscendant() ? "elderly-cohabiting-parent" : "elderly";
            name = relative.cohabitingLinealAscendant() ? "同居老親等" : "老人扶養親族";
        } else {
            kind = "general";
            name = "一般の控除対象扶養親族";
        }
        c.item("扶養控除（" + who + "）", "dependant.amount." + kind, name + ": " + facts, date);
        c.difference("人的控除額の差（扶養・" + who + "）", "difference.dependant." + kind, date);
    }

    private void specificRelativeDeduction(
            Collector c, String who, Relative relative, ResolvedParameter limit, TaxYear year) {
        LocalDate date = year.assessmentDate();
        if (!parameters.inForce("specific-relative.band.1.upper", date)) {
            return; // 特定親族特別控除 exists from 令和8年度分
        }
        int age = year.ageAtEndOfIncomeYear(relative.birthDate());
        if (age < parameters.integer("dependant.age.specific-from", date)
                || age > parameters.integer("dependant.age.specific-to", date)) {
            return;
        }
        int band = parameters.bandOf("specific-relative.band", relative.totalIncome(), date);
        if (band == 0) {
            return;
        }
        c.add(
                "特定親族特別控除（" + who + "）",
                parameters.get("specific-relative.band." + band + ".amount", date),
                "特定親族（" + age + "歳、合計所得金額 " + yen(relative.totalIncome()) + "、" + yen(limit.yen()) + "超、第" + band
                        + "区分）");
    }

    private void familyStatus(Collector c, FamilyStatus status, long totalIncome, LocalDate date) {
        if (status == FamilyStatus.NONE) {
            return;
        }
        ResolvedParameter limit = parameters.get("widow.income-limit", date);
        if (totalIncome > limit.yen()) {
            return;
        }
        String condition = "合計所得金額 " + yen(totalIncome) + " ≤ " + yen(limit.yen());
        if (status == FamilyStatus.WIDOW) {
            c.item("寡婦控除", "widow.amount", condition, date);
            c.difference("人的控除額の差（寡婦）", "difference.widow", date);
        } else {
            c.item("ひとり親控除", "single-parent.amount", condition, date);
            c.difference(
                    "人的控除額の差（ひとり親）",
                    status == FamilyStatus.SINGLE_MOTHER
                            ? "difference.single-parent.mother"
                            : "difference.single-parent.father",
                    date);
        }
    }

    /** Gathers the lines and their totals. */
    private final class Collector {
        final List<Step> items = new ArrayList<>();
        final List<Step> differences = new ArrayList<>();
        long total;
        long differenceTotal;

        void item(String term, long amount, String rule, String source) {
            items.add(new Step(term, amount, rule, source));
            total += amount;
        }

        void item(String term, String key, String rule, LocalDate date) {
            add(term, parameters.get(key, date), rule);
        }

        void add(String term, ResolvedParameter amount, String rule) {
            item(term, amount.yen(), rule, cite(amount));
        }

        void difference(String term, String key, LocalDate date) {
            ResolvedParameter amount = parameters.get(key, date);
            differences.add(new Step(term, amount.yen(), "所得税と住民税の控除額の差として法定の額", cite(amount)));
            differenceTotal += amount.yen();
        }
    }
}
