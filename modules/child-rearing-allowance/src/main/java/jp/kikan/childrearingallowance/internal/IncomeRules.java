package jp.kikan.childrearingallowance.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.childrearingallowance.domain.IncomeYear;
import jp.kikan.childrearingallowance.domain.InvalidInput;
import jp.kikan.childrearingallowance.domain.MonthAmount;
import jp.kikan.childrearingallowance.domain.MonthlyAmounts;
import jp.kikan.childrearingallowance.domain.QualificationFacts;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The amounts of a 児童扶養手当 受給資格 from its recorded 所得 (児童扶養手当法 第9条第1項: the 所得 of the year before
 * decides the months from November to the October after), for the processes that record 所得 and must show, or
 * refuse, the month it decides.
 */
@Component
class IncomeRules {

    private final MonthlyAmounts amounts;
    private final IncomeCodec codec;
    private final RequirementCodec requirements;

    IncomeRules(MonthlyAmounts amounts, IncomeCodec codec, RequirementCodec requirements) {
        this.amounts = amounts;
        this.codec = codec;
        this.requirements = requirements;
    }

    /** The 支給要件 and 除外事由 recorded (第4条), {@code null} when none is. */
    @Nullable
    QualificationFacts qualification(Entitlement e) {
        return requirements.read(e.requirement());
    }

    /** The 所得 recorded per 所得年, as the domain reads it. */
    Map<Integer, IncomeYear> incomes(Entitlement e) {
        Map<Integer, IncomeYear> out = new HashMap<>();
        for (IncomeRecord r : e.incomes()) {
            out.put(r.year(), codec.read(r));
        }
        return out;
    }

    /** The amount of {@code month} (the domain's refusal as thrown). */
    MonthAmount of(Entitlement e, YearMonth month) {
        return amounts.of(month, e.recipientKind(), e.spans(), incomes(e), e.claimDate(), e.start(), qualification(e));
    }

    /** Records the 所得 given, each of its 所得年 replacing what was recorded. */
    void record(Entitlement e, List<GivenIncome> given, java.time.Instant now) {
        given.forEach(income -> e.record(income, now));
    }

    /** The 支給開始月's decision, which needs the 所得 of its 所得年 (422 naming {@code shotoku} otherwise). */
    MonthAmount firstMonth(Entitlement e) {
        MonthAmount first;
        try {
            first = of(e, e.start());
        } catch (InvalidInput invalid) {
            throw ProblemException.unprocessable(
                    invalid.code(),
                    "支給開始月（" + e.start() + "）の額を算定できません: " + invalid.reason(),
                    new InvalidParam("shotoku", invalid.code(), invalid.reason()));
        }
        if (first.status() == MonthAmount.Status.INCOME_MISSING) {
            throw Refusal.of(
                    "income-required",
                    "shotoku",
                    "支給開始月（" + e.start() + "）は" + first.incomeYear() + "年の所得で判定します。その所得（shotoku_nen "
                            + first.incomeYear() + "）を指定してください（児童扶養手当法 第9条第1項）。");
        }
        return first;
    }

    /** The decision of a month in a sentence, for the history. */
    static String summary(MonthAmount amount) {
        var allowance = amount.allowance();
        if (amount.status() == MonthAmount.Status.NOT_QUALIFIED) {
            return "支給要件非該当";
        }
        return allowance == null
                ? "対象児童なし"
                : allowance.decision().japanese() + " 月額" + String.format("%,d", allowance.total()) + "円、"
                        + amount.incomeYear() + "年の所得による";
    }
}
