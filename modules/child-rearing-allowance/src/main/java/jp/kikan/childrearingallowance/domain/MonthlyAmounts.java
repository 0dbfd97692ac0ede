package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kikan.platform.parameter.LegalParameters;
import org.jspecify.annotations.Nullable;

/**
 * The 児童扶養手当 of a month of a 受給資格, always through {@link AllowanceCalculator} at the law and 物価スライド of that
 * month: the 対象児童 are the children whose span covers the month and who are still 児童 as {@link ChildEligibility}
 * judges them (「18歳に達する日以後の最初の3月31日」まで, or under 20 in the 障害の状態 of 施行令 別表第一 recorded for the
 * child, 児童扶養手当法 第3条第1項); where a 支給要件 is recorded, it is judged for the month (第4条, {@link
 * Qualification}); the 所得 is that of the year before the November that begins the month's
 * period (11月〜翌年10月, 第9条第1項). The pensions (第13条の2) and the 適用除外事由届出 (第13条の3第2項) are those recorded
 * with that 所得年; the 一部支給停止 (第13条の3) counts from the 受給資格's 支給開始月, or from the month after the youngest
 * child under 3 on the 認定請求日 reached 3.
 */
public final class MonthlyAmounts {

    private final AllowanceCalculator calculator;
    private final Parameters parameters;
    private final ChildEligibility eligibility;
    private final Qualification qualification;

    public MonthlyAmounts(AllowanceCalculator calculator, LegalParameters parameters) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
        this.eligibility = new ChildEligibility(parameters);
        this.qualification = new Qualification(parameters);
    }

    /**
     * The month's amount of a 受給資格 claimed on {@code claimDate}, paid from {@code start}.
     *
     * @throws InvalidInput from the calculator (a month before 2021-03, a negative 所得 …)
     */
    public MonthAmount of(
            YearMonth month,
            Recipient recipient,
            List<ChildSpan> children,
            Map<Integer, IncomeYear> incomes,
            LocalDate claimDate,
            YearMonth start) {
        return of(month, recipient, children, incomes, new Claim(claimDate, start), null);
    }

    /**
     * The month's amount of a 受給資格 claimed on {@code claimDate}, paid from {@code start}, with its 支給要件 and 除外事由
     * judged for the month where recorded ({@code qualification}).
     *
     * @throws InvalidInput from the calculator (a month before 2021-03, a negative 所得 …)
     */
    public MonthAmount of(
            YearMonth month,
            Recipient recipient,
            List<ChildSpan> children,
            Map<Integer, IncomeYear> incomes,
            LocalDate claimDate,
            YearMonth start,
            @Nullable QualificationFacts qualification) {
        return of(month, recipient, children, incomes, new Claim(claimDate, start), qualification);
    }

    /** The month's amount without the 一部支給停止 of 第13条の3 (for the tests of the 所得 rules). */
    MonthAmount of(YearMonth month, Recipient recipient, List<ChildSpan> children, Map<Integer, IncomeYear> incomes) {
        return of(month, recipient, children, incomes, (Claim) null, null);
    }

    private record Claim(LocalDate date, YearMonth start) {}

    private MonthAmount of(
            YearMonth month,
            Recipient recipient,
            List<ChildSpan> children,
            Map<Integer, IncomeYear> incomes,
            @Nullable Claim claim,
            @Nullable QualificationFacts qualificationFacts) {
        int year = incomeYear(month);
        List<ChildSpan> on = children.stream().filter(c -> c.covers(month)).toList();
        List<ChildFacts> facts = on.stream().map(ChildSpan::facts).toList();
        List<ChildJudgement> judgements = eligibility.judge(facts, month);
        int count = (int) judgements.stream().filter(ChildJudgement::counts).count();
        QualificationJudgement qualified =
                qualificationFacts == null ? null : qualification.judge(recipient, qualificationFacts, month);
        if (qualified != null && !qualified.qualifies()) {
            return new MonthAmount(month, year, count, null, MonthAmount.Status.NOT_QUALIFIED, judgements, qualified);
        }
        if (count == 0) {
            return new MonthAmount(month, year, 0, null, MonthAmount.Status.NO_CHILD, judgements, qualified);
        }
        IncomeYear income = incomes.get(year);
        if (income == null) {
            return new MonthAmount(month, year, count, null, MonthAmount.Status.INCOME_MISSING, judgements, qualified);
        }
        AllowanceRequest request = new AllowanceRequest(
                month,
                count,
                recipient,
                income.income(),
                income.dependants(),
                income.elderlyDependants(),
                income.specifiedDependants(),
                income.supporters(),
                income.pensions(),
                claim == null ? null : partialStop(month, claim, children, income));
        MonthlyAllowance allowance = calculator.calculate(request, facts, qualificationFacts);
        return new MonthAmount(month, year, count, allowance, MonthAmount.Status.DECIDED, judgements, qualified);
    }

    private PartialStopFacts partialStop(YearMonth month, Claim claim, List<ChildSpan> children, IncomeYear income) {
        int age = parameters.integer(Parameters.PARTIAL_STOP_CHILD_AGE, month.atDay(1));
        LocalDate under3 = null;
        for (ChildSpan c : children) {
            // 「認定の請求をした日において三歳未満の児童を監護する」: a child on the 受給資格 from its start, not yet 3 on that day
            // (an age is reached on the day before the birthday, 年齢計算ニ関スル法律).
            LocalDate reaches3 = c.birthDate().plusYears(age).minusDays(1);
            if (!c.from().isAfter(claim.start())
                    && claim.date().isBefore(reaches3)
                    && (under3 == null || c.birthDate().isAfter(under3))) {
                under3 = c.birthDate();
            }
        }
        return new PartialStopFacts(claim.start(), income.eligibleSince(), under3, income.exemption());
    }

    /** The 所得年 that decides {@code month}: 11月〜翌年10月 follow the 所得 of the year before the November. */
    public int incomeYear(YearMonth month) {
        int from = parameters.integer(Parameters.INCOME_YEAR_FROM, month.atDay(1));
        return month.getMonthValue() >= from ? month.getYear() - 1 : month.getYear() - 2;
    }

    /** Whether a child born on {@code birthDate}, not in a 障害の状態, is a 児童 in {@code month} (18歳年度末まで). */
    public boolean isChild(LocalDate birthDate, YearMonth month) {
        return isChild(new ChildFacts(birthDate, DisabilityState.none()), month);
    }

    /** Whether a child is a 児童 in {@code month} by its age and 障害の状態 ({@link ChildEligibility}). */
    public boolean isChild(ChildFacts child, YearMonth month) {
        return judge(child, month).counts();
    }

    /** The child judged for {@code month} ({@link ChildEligibility}). */
    public ChildJudgement judge(ChildFacts child, YearMonth month) {
        return eligibility.judge(1, child, month);
    }
}
