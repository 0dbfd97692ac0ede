package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Parameters.cite;
import static jp.kikan.individualresidenttax.domain.Parameters.floorTo;
import static jp.kikan.individualresidenttax.domain.Parameters.floorYen;
import static jp.kikan.individualresidenttax.domain.Parameters.percent;
import static jp.kikan.individualresidenttax.domain.Parameters.yen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;

/**
 * 個人住民税の税額計算 (地方税法 第32条〜第37条・第38条 道府県民税, 第313条〜第314条の6・第310条 市町村民税) of one taxpayer
 * for one 課税年度, with every figure explained:
 *
 * <ol>
 *   <li>所得: 給与所得, 公的年金等に係る雑所得, 所得金額調整控除, their sum 合計所得金額;
 *   <li>所得控除 in the 住民税 amounts, and the 人的控除額の差;
 *   <li>非課税の判定 (均等割, 所得割);
 *   <li>課税総所得金額 = 総所得金額 − 所得控除, 1,000円未満切捨 (第20条の4の2第1項);
 *   <li>算出所得割額 = 課税総所得金額 × 税率 of the 市町村 and the 道府県 (指定都市 8% + 2%; 超過課税 by ordinance), 1円未満切捨;
 *   <li>調整控除 (第314条の6・第37条), each side at its own rate, not more than its 算出所得割額;
 *   <li>所得割額 = 算出所得割額 − 調整控除, 100円未満切捨 (第20条の4の2第3項) on each side;
 *   <li>均等割 (市町村・道府県, ordinance 上乗せ allowed) and 森林環境税, not levied when 均等割 非課税.
 * </ol>
 *
 * <p>Other 所得 (事業, 不動産, 配当, …), the other 所得控除 (生命保険料, 医療費, …) and the other 税額控除 (配当控除, 住宅借入金等
 * 特別税額控除, 寄附金税額控除) are not yet in this slice.
 */
public final class ResidentTaxCalculator {

    private final Parameters parameters;
    private final IncomeRules income;
    private final DeductionRules deductions;
    private final ExemptionRules exemptions;

    public ResidentTaxCalculator(LegalParameters legalParameters) {
        this.parameters = new Parameters(legalParameters);
        this.income = new IncomeRules(parameters);
        this.deductions = new DeductionRules(parameters);
        this.exemptions = new ExemptionRules(parameters);
    }

    public ResidentTaxAssessment calculate(TaxpayerFacts facts, TaxYear year) {
        LocalDate date = year.assessmentDate();
        String tenant = facts.municipality().tenantCode();
        boolean designated = facts.municipality().designatedCity();
        List<Step> explanation = new ArrayList<>();

        Step salary = income.salaryIncome(facts.salaryRevenue(), year);
        Step pension = income.pensionIncome(
                facts.pensionRevenue(), year.ageAtEndOfIncomeYear(facts.birthDate()), salary.amount(), year);
        explanation.add(salary);
        explanation.add(pension);
        Step adjustmentOfIncome = income.incomeAdjustment(
                facts.salaryRevenue(), salary.amount(), pension.amount(), childOrSpecialDisability(facts, year), year);
        explanation.add(adjustmentOfIncome);
        long salaryIncome = salary.amount() - adjustmentOfIncome.amount();
        long totalIncome = salaryIncome + pension.amount();
        explanation.add(new Step(
                "合計所得金額",
                totalIncome,
                "給与所得 " + yen(salary.amount()) + " − 所得金額調整控除 " + yen(adjustmentOfIncome.amount()) + " + 公的年金等に係る雑所得 "
                        + yen(pension.amount()),
                "地方税法 第292条第1項第13号（UNVERIFIED 号番号）"));

        Deductions granted = deductions.deductions(facts, totalIncome, year);
        explanation.addAll(granted.items());
        explanation.add(new Step("所得控除の合計額", granted.total(), "各所得控除の合計", "地方税法 第314条の2"));

        Exemption exemption = exemptions.determine(facts, totalIncome, totalIncome, granted.householdCount(), year);
        explanation.addAll(exemption.steps());

        ResolvedParameter thousand = parameters.get("rounding.taxable-income-unit", date);
        long taxable = floorTo(Math.max(0, totalIncome - granted.total()), thousand.yen());
        explanation.add(new Step(
                "課税総所得金額",
                taxable,
                "総所得金額 " + yen(totalIncome) + " − 所得控除 " + yen(granted.total()) + "（" + yen(thousand.yen())
                        + "未満切捨、0円未満は0円）",
                cite(thousand)));

        String prefix = designated ? "income-levy.rate.designated-city." : "income-levy.rate.";
        ResolvedParameter municipalRate = parameters.get(tenant, prefix + "municipal", date);
        ResolvedParameter prefecturalRate = parameters.get(tenant, prefix + "prefectural", date);
        long municipalLevy = levy(taxable, municipalRate);
        long prefecturalLevy = levy(taxable, prefecturalRate);
        explanation.add(new Step(
                "算出所得割額（市町村民税）",
                municipalLevy,
                yen(taxable) + " × " + percent(municipalRate.rate()) + "（1円未満切捨）",
                cite(municipalRate)));
        explanation.add(new Step(
                "算出所得割額（道府県民税）",
                prefecturalLevy,
                yen(taxable) + " × " + percent(prefecturalRate.rate()) + "（1円未満切捨）",
                cite(prefecturalRate)));

        explanation.addAll(granted.differences());
        explanation.add(new Step("人的控除額の差の合計額", granted.personalDifference(), "各人的控除額の差の合計", "地方税法 第314条の6第1号イ"));
        long[] adjustment =
                adjustment(taxable, totalIncome, granted.personalDifference(), designated, date, explanation);
        long municipalAdjustment = Math.min(adjustment[0], municipalLevy);
        long prefecturalAdjustment = Math.min(adjustment[1], prefecturalLevy);

        ResolvedParameter hundred = parameters.get("rounding.levy-unit", date);
        long municipalIncomeLevy =
                exemption.incomeLevyExempt() ? 0 : floorTo(municipalLevy - municipalAdjustment, hundred.yen());
        long prefecturalIncomeLevy =
                exemption.incomeLevyExempt() ? 0 : floorTo(prefecturalLevy - prefecturalAdjustment, hundred.yen());
        String rounding = "（" + yen(hundred.yen()) + "未満切捨）";
        explanation.add(new Step(
                "所得割額（市町村民税）",
                municipalIncomeLevy,
                exemption.incomeLevyExempt()
                        ? "所得割非課税"
                        : yen(municipalLevy) + " − 調整控除 " + yen(municipalAdjustment) + rounding,
                cite(hundred)));
        explanation.add(new Step(
                "所得割額（道府県民税）",
                prefecturalIncomeLevy,
                exemption.incomeLevyExempt()
                        ? "所得割非課税"
                        : yen(prefecturalLevy) + " − 調整控除 " + yen(prefecturalAdjustment) + rounding,
                cite(hundred)));

        ResolvedParameter municipalPerCapita = parameters.get(tenant, "per-capita.municipal", date);
        ResolvedParameter prefecturalPerCapita = parameters.get(tenant, "per-capita.prefectural", date);
        ResolvedParameter forest = parameters.get("forest-environment-tax", date);
        boolean levied = !exemption.perCapitaExempt();
        String why = levied ? "標準税率（条例による額を含む）" : "均等割非課税";
        long municipalPc = levied ? municipalPerCapita.yen() : 0;
        long prefecturalPc = levied ? prefecturalPerCapita.yen() : 0;
        long forestTax = levied ? forest.yen() : 0;
        explanation.add(new Step("均等割額（市町村民税）", municipalPc, why, cite(municipalPerCapita)));
        explanation.add(new Step("均等割額（道府県民税）", prefecturalPc, why, cite(prefecturalPerCapita)));
        explanation.add(new Step("森林環境税", forestTax, levied ? "1人当たりの年額" : why, cite(forest)));

        long total = municipalIncomeLevy + prefecturalIncomeLevy + municipalPc + prefecturalPc + forestTax;
        explanation.add(new Step("年税額", total, "所得割額 + 均等割額 + 森林環境税", "地方税法 第310条・第314条の3・第35条・第38条"));
        return new ResidentTaxAssessment(
                year,
                salaryIncome,
                pension.amount(),
                totalIncome,
                granted,
                taxable,
                municipalLevy,
                prefecturalLevy,
                municipalAdjustment,
                prefecturalAdjustment,
                municipalIncomeLevy,
                prefecturalIncomeLevy,
                municipalPc,
                prefecturalPc,
                forestTax,
                exemption,
                total,
                explanation);
    }

    /**
     * The household condition of the first 所得金額調整控除: the taxpayer is a 特別障害者, or has a 扶養親族 (合計所得金額
     * within the limit, 年少 included) under 23 on 12月31日, or a 同一生計配偶者 or 扶養親族 who is a 特別障害者.
     */
    private boolean childOrSpecialDisability(TaxpayerFacts facts, TaxYear year) {
        LocalDate date = year.assessmentDate();
        if (facts.disability() == Disability.SPECIAL) {
            return true;
        }
        Relative spouse = facts.spouse();
        if (spouse != null
                && spouse.totalIncome() <= parameters.yen("spouse.income-limit", date)
                && isSpecial(spouse.disability())) {
            return true;
        }
        long limit = parameters.yen("dependant.income-limit", date);
        int under = parameters.integer("income-adjustment.child-age-under", date);
        return facts.relatives().stream()
                .filter(r -> r.totalIncome() <= limit)
                .anyMatch(r -> isSpecial(r.disability()) || year.ageAtEndOfIncomeYear(r.birthDate()) < under);
    }

    private static boolean isSpecial(Disability disability) {
        return disability == Disability.SPECIAL || disability == Disability.SPECIAL_COHABITING;
    }

    /** 算出所得割額: 課税総所得金額 × 税率, 1円未満切捨. */
    private static long levy(long taxable, ResolvedParameter rate) {
        return floorYen(BigDecimal.valueOf(taxable).multiply(rate.rate()));
    }

    /**
     * 調整控除 (地方税法 第314条の6第1号, 第37条第1号), only when 合計所得金額 ≤ 2,500万円: with 合計課税所得金額 ≤ 200万円, the
     * smaller of the 人的控除額の差 and the 合計課税所得金額; above, the 人的控除額の差 less the excess over 200万円, at least
     * 5万円; times the side's rate, 1円未満切捨. {市町村, 道府県}.
     */
    private long[] adjustment(
            long taxable,
            long totalIncome,
            long difference,
            boolean designated,
            LocalDate date,
            List<Step> explanation) {
        ResolvedParameter incomeLimit = parameters.get("adjustment.total-income-limit", date);
        ResolvedParameter threshold = parameters.get("adjustment.taxable-threshold", date);
        String prefix = designated ? "adjustment.rate.designated-city." : "adjustment.rate.";
        ResolvedParameter municipalRate = parameters.get(prefix + "municipal", date);
        ResolvedParameter prefecturalRate = parameters.get(prefix + "prefectural", date);
        long base;
        String rule;
        String source = cite(threshold) + "、" + cite(incomeLimit);
        if (totalIncome > incomeLimit.yen()) {
            base = 0;
            rule = "合計所得金額 " + yen(totalIncome) + " > " + yen(incomeLimit.yen()) + "：調整控除なし";
        } else if (taxable <= threshold.yen()) {
            base = Math.min(difference, taxable);
            rule = "合計課税所得金額 " + yen(taxable) + " ≤ " + yen(threshold.yen()) + "：人的控除額の差 " + yen(difference)
                    + " と合計課税所得金額のいずれか少ない額";
        } else {
            ResolvedParameter minimum = parameters.get("adjustment.minimum-base", date);
            base = Math.max(difference - (taxable - threshold.yen()), minimum.yen());
            rule = "合計課税所得金額 " + yen(taxable) + " > " + yen(threshold.yen()) + "：人的控除額の差 " + yen(difference)
                    + " −（" + yen(taxable) + " − " + yen(threshold.yen()) + "）、" + yen(minimum.yen()) + "未満は"
                    + yen(minimum.yen());
            source = source + "、" + cite(minimum);
        }
        explanation.add(new Step("調整控除の基礎となる額", base, rule, source));
        long municipal = floorYen(BigDecimal.valueOf(base).multiply(municipalRate.rate()));
        long prefectural = floorYen(BigDecimal.valueOf(base).multiply(prefecturalRate.rate()));
        explanation.add(new Step(
                "調整控除（市町村民税）",
                municipal,
                yen(base) + " × " + percent(municipalRate.rate()) + "（1円未満切捨、算出所得割額が限度）",
                cite(municipalRate)));
        explanation.add(new Step(
                "調整控除（道府県民税）",
                prefectural,
                yen(base) + " × " + percent(prefecturalRate.rate()) + "（1円未満切捨、算出所得割額が限度）",
                cite(prefecturalRate)));
        return new long[] {municipal, prefectural};
    }
}
