package jp.kikan.individualresidenttax.domain;

import static jp.kikan.individualresidenttax.domain.Parameters.cite;
import static jp.kikan.individualresidenttax.domain.Parameters.floorTo;
import static jp.kikan.individualresidenttax.domain.Parameters.floorYen;
import static jp.kikan.individualresidenttax.domain.Parameters.yen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import jp.kikan.platform.validation.InvalidValueException;

/**
 * 所得の計算 (地方税法 第32条第2項・第313条第2項: 所得税法の例による) of the kinds this slice knows: 給与所得 (所得税法
 * 第28条 and 別表第五) and 公的年金等に係る雑所得 (所得税法 第35条第4項, 租税特別措置法 第41条の15の3).
 */
public final class IncomeRules {

    private static final String SALARY = "salary.deduction";
    private static final String PENSION = "pension.deduction";
    private static final String NO_ROWS = "none";

    private final Parameters parameters;

    public IncomeRules(LegalParameters parameters) {
        this(new Parameters(parameters));
    }

    IncomeRules(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * 給与所得 (給与所得控除後の給与等の金額) of a year's 給与等の収入金額. Below 6,600,000円 the amount is the one of 所得税法
     * 別表第五 (第28条第4項): from the table's stepped rows on, the 収入 is first cut to its row (収入 ÷ 4 の千円未満切捨 × 4,
     * i.e. rounded down to 4,000円) and the 給与所得控除 of the row is taken from it; above, 第28条第3項 applies to the 収入
     * itself, the result 1円未満切捨.
     */
    public Step salaryIncome(long revenue, TaxYear year) {
        requireNotNegative(revenue, "給与等の収入金額");
        LocalDate date = year.assessmentDate();
        ResolvedParameter zeroBelow = parameters.get("salary.table.zero-below", date);
        ResolvedParameter steppedFrom = parameters.get("salary.table.stepped-from", date);
        ResolvedParameter steppedBelow = parameters.get("salary.table.stepped-below", date);
        ResolvedParameter minimum = parameters.get(SALARY + ".minimum", date);
        String source = cite(minimum) + "、" + cite(steppedFrom);
        if (revenue < zeroBelow.yen()) {
            return new Step(
                    "給与所得",
                    0,
                    "給与等の収入金額 " + yen(revenue) + " < " + yen(zeroBelow.yen()) + "（別表第五: 0円）",
                    cite(zeroBelow));
        }
        if (revenue >= steppedBelow.yen()) {
            long deduction = revenue - floorYen(BigDecimal.valueOf(revenue).subtract(salaryDeduction(revenue, date)));
            return new Step(
                    "給与所得",
                    revenue - deduction,
                    yen(revenue) + " − 給与所得控除 " + yen(deduction) + "（第28条第3項の算式、1円未満切捨）",
                    source);
        }
        long row;
        String how;
        if (revenue >= steppedFrom.yen()) {
            long step = parameters.yen("salary.table.step", date);
            row = floorTo(revenue, step);
            how = "別表第五: 収入 " + yen(revenue) + " を" + yen(step) + "刻みに切捨て " + yen(row);
        } else {
            row = transitionRow(revenue, date);
            how = row == revenue ? "別表第五: 収入 " + yen(revenue) : "別表第五: 収入 " + yen(revenue) + " の行の下限 " + yen(row);
        }
        long deduction = row - floorYen(BigDecimal.valueOf(row).subtract(salaryDeduction(row, date)));
        return new Step("給与所得", row - deduction, how + " − 給与所得控除 " + yen(deduction), source);
    }

    /**
     * 公的年金等に係る雑所得: 公的年金等の収入金額 − 公的年金等控除額, by the age band (65歳以上 on 12月31日 of the income year,
     * 租税特別措置法 第41条の15の3) and by the 公的年金等に係る雑所得以外の合計所得金額 (over 1,000万円 and over 2,000万円 the
     * 控除 is smaller); 1円未満切捨, never below 0.
     *
     * @param otherTotalIncome 公的年金等に係る雑所得以外の所得に係る合計所得金額
     */
    public Step pensionIncome(long revenue, int ageAtEndOfIncomeYear, long otherTotalIncome, TaxYear year) {
        requireNotNegative(revenue, "公的年金等の収入金額");
        requireNotNegative(otherTotalIncome, "公的年金等以外の合計所得金額");
        LocalDate date = year.assessmentDate();
        ResolvedParameter elderlyAge = parameters.get("pension.age.elderly", date);
        boolean elderly = ageAtEndOfIncomeYear >= elderlyAge.integer();
        ResolvedParameter minimum = parameters.get(PENSION + ".minimum." + (elderly ? "65-or-over" : "under-65"), date);
        BigDecimal formula = parameters.bandFormula(PENSION, revenue, date);
        BigDecimal deduction = formula == null
                ? BigDecimal.valueOf(parameters.yen(PENSION + ".maximum", date))
                : formula.max(BigDecimal.valueOf(minimum.yen()));
        long reduction = 0;
        for (int tier = 1; parameters.inForce("pension.other-income.tier." + tier + ".over", date); tier++) {
            if (otherTotalIncome > parameters.yen("pension.other-income.tier." + tier + ".over", date)) {
                reduction = parameters.yen("pension.other-income.tier." + tier + ".reduction", date);
            }
        }
        deduction = deduction.subtract(BigDecimal.valueOf(reduction));
        long income = Math.max(0, floorYen(BigDecimal.valueOf(revenue).subtract(deduction)));
        return new Step(
                "公的年金等に係る雑所得",
                income,
                "公的年金等の収入金額 " + yen(revenue) + " − 公的年金等控除額 "
                        + deduction.stripTrailingZeros().toPlainString()
                        + "円（" + (elderly ? "65歳以上" : "65歳未満") + "、公的年金等以外の合計所得金額 " + yen(otherTotalIncome)
                        + (reduction > 0 ? "、" + yen(reduction) + "減" : "") + "、1円未満切捨、0円未満は0円）",
                cite(minimum) + "、" + cite(elderlyAge));
    }

    /** 給与所得控除額 of 所得税法 第28条第3項 on {@code revenue}: the band's formula, at least the minimum, at most the cap. */
    private BigDecimal salaryDeduction(long revenue, LocalDate date) {
        BigDecimal formula = parameters.bandFormula(SALARY, revenue, date);
        if (formula == null) {
            return BigDecimal.valueOf(parameters.yen(SALARY + ".maximum", date));
        }
        return formula.max(BigDecimal.valueOf(parameters.yen(SALARY + ".minimum", date)))
                .min(BigDecimal.valueOf(revenue));
    }

    /** The lower bound of the 別表第五 row that holds {@code revenue} below the 4,000円 steps, or the revenue itself. */
    private long transitionRow(long revenue, LocalDate date) {
        String rows = parameters.get("salary.table.transition-row-starts", date).text();
        if (NO_ROWS.equals(rows)) {
            return revenue;
        }
        List<Long> starts = Arrays.stream(rows.split(","))
                .map(String::strip)
                .map(Long::valueOf)
                .toList();
        long row = revenue;
        for (long start : starts) {
            if (revenue >= start) {
                row = start;
            }
        }
        return row;
    }

    /**
     * 所得金額調整控除 (租税特別措置法 第41条の3の3, applied to 住民税 by 地方税法 附則): first, for a 給与等の収入金額 over
     * 8,500,000円 of a taxpayer who is a 特別障害者 or has a 扶養親族 under 23 or a 特別障害者 as 同一生計配偶者 or 扶養親族,
     * (min(収入, 10,000,000) − 8,500,000) × 10%, 1円未満切上げ (UNVERIFIED); then, with both a 給与所得 and a 公的年金等に係る
     * 雑所得, min(給与所得, 100,000) + min(雑所得, 100,000) − 100,000. Taken from the 給与所得, never below 0.
     *
     * @param qualifiesForChildOrDisability whether the first part's household condition holds
     */
    public Step incomeAdjustment(
            long salaryRevenue,
            long salaryIncome,
            long pensionIncome,
            boolean qualifiesForChildOrDisability,
            TaxYear year) {
        LocalDate date = year.assessmentDate();
        ResolvedParameter threshold = parameters.get("income-adjustment.salary-threshold", date);
        long first = 0;
        String rule = "";
        if (qualifiesForChildOrDisability && salaryRevenue > threshold.yen()) {
            long capped = Math.min(salaryRevenue, parameters.yen("income-adjustment.salary-cap", date));
            BigDecimal rate = parameters.rate("income-adjustment.rate", date);
            first = BigDecimal.valueOf(capped - threshold.yen())
                    .multiply(rate)
                    .setScale(0, java.math.RoundingMode.CEILING)
                    .longValueExact();
            first = Math.min(first, salaryIncome);
            rule = "（" + yen(capped) + " − " + yen(threshold.yen()) + "）× " + Parameters.percent(rate) + "（1円未満切上げ）";
        }
        long second = 0;
        long afterFirst = salaryIncome - first;
        if (afterFirst > 0 && pensionIncome > 0) {
            long cap = parameters.yen("income-adjustment.both-incomes.cap", date);
            long less = parameters.yen("income-adjustment.both-incomes.less", date);
            second = Math.max(0, Math.min(afterFirst, cap) + Math.min(pensionIncome, cap) - less);
            second = Math.min(second, afterFirst);
            rule = rule + (rule.isEmpty() ? "" : " + ") + "min(給与所得, " + yen(cap) + ") + min(公的年金等に係る雑所得, " + yen(cap)
                    + ") − " + yen(less);
        }
        return new Step(
                "所得金額調整控除",
                first + second,
                rule.isEmpty() ? "該当しない" : rule,
                cite(threshold) + "、" + cite(parameters.get("income-adjustment.both-incomes.cap", date)));
    }

    static void requireNotNegative(long amount, String field) {
        if (amount < 0) {
            throw new InvalidValueException("negative-amount", field + "が負の額（" + amount + "円）です");
        }
    }
}
