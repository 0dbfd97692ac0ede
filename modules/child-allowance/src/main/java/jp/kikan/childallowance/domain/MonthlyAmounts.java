package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.time.Ages;

/**
 * The amount of a month of a 受給資格 from its children, always through {@link AllowanceCalculator} at the law of that
 * month. Which children the calculator sees:
 *
 * <ul>
 *   <li>the children whose span covers the month (added from the 増額改定月, removed after a 減額改定);
 *   <li>a 監護し生計を同じくする child past 「18歳に達する日以後の最初の3月31日」 is no longer paid; from 2024-10 it still
 *       counts for the 第3子以降 rank up to 22歳年度末 only where the 監護相当・生計費の負担 was confirmed (確認書,
 *       児童手当法 第6条 as amended by 令和6年法律第47号); otherwise it is left out.
 * </ul>
 */
public final class MonthlyAmounts {

    private final AllowanceCalculator calculator;
    private final Parameters parameters;

    public MonthlyAmounts(AllowanceCalculator calculator, LegalParameters parameters) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * The amount of {@code month} for {@code children}.
     *
     * @throws InvalidInput from the calculator, e.g. a missing 所得 for a month before 2024-10
     */
    public MonthAmount of(YearMonth month, List<ChildSpan> children, IncomeFacts income) {
        LocalDate day = month.atDay(1);
        List<String> notes = new ArrayList<>();
        List<ChildSpan> counted = new ArrayList<>();
        List<Child> input = new ArrayList<>();
        List<ChildSpan> sorted = children.stream()
                .filter(c -> c.covers(month) && !c.birthDate().isAfter(month.atEndOfMonth()))
                .sorted(Comparator.comparing(ChildSpan::birthDate).thenComparing(ChildSpan::atenabango))
                .toList();
        for (ChildSpan child : sorted) {
            Child.Care care = child.care();
            if (care == Child.Care.SUPPORTED && pastEligibleAge(child, day)) {
                if (!child.confirmed()) {
                    notes.add("児童（" + child.atenabango() + "）は支給対象の年齢を過ぎ、監護相当・生計費の負担の確認がないため算定しません");
                    continue;
                }
                care = Child.Care.COUNTED_FOR_RANK_ONLY;
            }
            counted.add(child);
            input.add(new Child(child.birthDate(), care));
        }
        if (input.isEmpty()) {
            notes.add("この月に算定の対象となる児童がいません");
            return new MonthAmount(month, 0, Regime.NONE, List.of(), notes, calculator.noChild(month));
        }
        MonthlyAllowance allowance = calculator.calculate(
                new AllowanceRequest(month, input, income.income(), income.dependants(), income.elderlyDependants()));
        List<MonthAmount.Line> lines = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            lines.add(new MonthAmount.Line(counted.get(i), allowance.children().get(i)));
        }
        notes.addAll(allowance.notes());
        return new MonthAmount(month, allowance.total(), allowance.regime(), lines, notes, allowance.noPayment());
    }

    private boolean pastEligibleAge(ChildSpan child, LocalDate day) {
        int age = parameters.integer(Parameters.AGE_ELIGIBLE, day);
        return day.isAfter(Ages.endOfFiscalYearOfReaching(child.birthDate(), age));
    }

    /** Whether {@code child} is 中学校修了前 in {@code month} (学校給食費等の徴収, 児童手当法 第21条). */
    public boolean beforeJuniorHighEnd(LocalDate birthDate, YearMonth month) {
        LocalDate day = month.atDay(1);
        int age = parameters.integer(Parameters.SCHOOL_FEE_AGE, day);
        return !day.isAfter(Ages.endOfFiscalYearOfReaching(birthDate, age));
    }

    /** Whether {@code child} is a 児童 (18歳年度末まで under the law in force) in {@code month}. */
    public boolean isChild(LocalDate birthDate, YearMonth month) {
        LocalDate day = month.atDay(1);
        return !pastEligibleAge(new ChildSpan("", birthDate, Child.Care.SUPPORTED, false, month, null), day);
    }

    /** Whether a child may still count for the rank (22歳年度末まで from 2024-10) in {@code month}. */
    public boolean countsForRank(LocalDate birthDate, YearMonth month) {
        LocalDate day = month.atDay(1);
        int age = parameters.integer(Parameters.AGE_RANK_COUNT, day);
        return !day.isAfter(Ages.endOfFiscalYearOfReaching(birthDate, age));
    }
}
