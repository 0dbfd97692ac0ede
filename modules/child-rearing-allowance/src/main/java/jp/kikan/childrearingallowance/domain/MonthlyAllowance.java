package jp.kikan.childrearingallowance.domain;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 児童扶養手当 for one month (月分) and how it was reached.
 *
 * @param month          the month
 * @param decision       全部支給, 一部支給 or 支給停止
 * @param total          the monthly amount paid (本体額 + 加算額, less the reductions), yen
 * @param base           本体額 (児童1人目), yen
 * @param additions      加算額 of the 2nd, 3rd … child, in order, yen
 * @param assessedIncome the recipient's 所得額 as tested
 * @param limits         the limits for the recipient
 * @param steps          the calculation, step by step
 * @param paymentMonth   the 支払期月 in which this month is regularly paid
 * @param beforeReductions 本体額 + 加算額 before the reductions of 第13条の2 and 第13条の3, yen
 * @param reductions     what is not paid of it, in order (併給調整 first, then 一部支給停止)
 * @param children       the number of 対象児童 the amount is for
 * @param judgements     each child judged (第3条第1項), in order; empty when only a number was given
 * @param judged         whether the children were judged ({@code false}: the number was taken as given)
 * @param qualification  the 支給要件 judged (第4条), {@code null} when none was given (taken as eligible)
 */
public record MonthlyAllowance(
        YearMonth month,
        Decision decision,
        long total,
        long base,
        List<Long> additions,
        long assessedIncome,
        Limits limits,
        List<Step> steps,
        YearMonth paymentMonth,
        long beforeReductions,
        List<Reduction> reductions,
        int children,
        List<ChildJudgement> judgements,
        boolean judged,
        @Nullable QualificationJudgement qualification) {

    public MonthlyAllowance {
        judgements = List.copyOf(judgements);
        additions = List.copyOf(additions);
        steps = List.copyOf(steps);
        reductions = List.copyOf(reductions);
    }
}
