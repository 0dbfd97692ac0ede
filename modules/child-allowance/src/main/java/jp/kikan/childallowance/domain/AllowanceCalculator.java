package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import jp.kikan.platform.time.Ages;
import org.jspecify.annotations.Nullable;

/**
 * 児童手当の額 (児童手当法 第6条) for one month (月分), per child, with the explanation.
 *
 * <p>How a month is judged:
 *
 * <ul>
 *   <li>Ages follow 年齢計算ニ関スル法律 through {@link Ages}: an age is reached at the end of the day before the
 *       birthday, so a child born on 1 April reaches it on 31 March and leaves a 「…歳に達する日以後の最初の3月31日」
 *       limit a year earlier than a child born on 2 April. Such a limit counts for the whole of March.
 *   <li>「3歳に満たない児童」 keeps the under-3 amount up to the month that contains the third birthday: the law treats a
 *       child born on the first of a month as under 3 until three years from birth have passed (第6条), and a decrease
 *       takes effect from the month after its cause (第9条第3項). From the next month the child is in the 3歳以上 band.
 *   <li>A child born in the month asked counts from the following month (第8条第2項, 第9条第1項).
 *   <li>The rank (第n子) is by birth date, oldest first, among the children counted in that month: to 18歳年度末 under
 *       the earlier law; to 22歳年度末 from 2024-10, including children only counted for the rank.
 *   <li>From 2012-06 to 2024-09 the recipient's 所得 decides between 児童手当 (below the 所得制限限度額), 特例給付 (附則
 *       第2条, 5,000円 per child under 中学校修了) and, from 2022-06, nothing (at or above the 所得上限限度額).
 * </ul>
 *
 * <p>Immutable and thread-safe; every number comes from the legal parameters.
 */
public final class AllowanceCalculator {

    private final Parameters parameters;
    private final PaymentSchedule schedule;

    public AllowanceCalculator(LegalParameters parameters) {
        this.parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
        this.schedule = new PaymentSchedule(parameters);
    }

    /**
     * The amount for {@code request.month()}.
     *
     * @throws InvalidInput for a month outside the law Kikan covers (before 2012-04), no child, a child born after the
     *                      month, a negative 所得 or number of dependants, or a missing 所得 where the income limit applies
     */
    public MonthlyAllowance calculate(AllowanceRequest request) {
        YearMonth month = request.month();
        LocalDate day = month.atDay(1);
        if (parameters.find(Parameters.AGE_ELIGIBLE, day).isEmpty()) {
            throw new InvalidInput(
                    "taisho_ym", "month-not-covered", "対象年月（taisho_ym）" + month + "は試算できません。平成24年4月分以降の月を指定してください");
        }
        if (request.children().isEmpty()) {
            throw new InvalidInput("jido", "required", "児童（jido）を1人以上指定してください");
        }
        boolean reformed = isReformed(day);
        List<String> notes = new ArrayList<>();
        IncomeTest incomeTest = incomeTest(request, day, notes);
        Regime regime = incomeTest == null ? Regime.ALLOWANCE : incomeTest.outcome();

        int rankLimitAge = parameters.integer(Parameters.AGE_RANK_COUNT, day);
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < request.children().size(); i++) {
            Child child = request.children().get(i);
            validateBirth(i, child, month);
            if (isCountedForRank(child, month, rankLimitAge, reformed)) {
                counted.add(i);
            }
        }
        counted.sort(
                Comparator.comparing((Integer i) -> request.children().get(i).birthDate())
                        .thenComparing(i -> i));

        List<ChildLine> lines = new ArrayList<>();
        long total = 0;
        int eligible = 0;
        for (int i = 0; i < request.children().size(); i++) {
            Child child = request.children().get(i);
            int position = counted.indexOf(i);
            Integer rank = position < 0 ? null : position + 1;
            ChildLine line = line(i, child, rank, month, regime, reformed, rankLimitAge);
            lines.add(line);
            total = Math.addExact(total, line.amount());
            if (line.amount() > 0) {
                eligible++;
            }
        }
        if (!reformed && request.children().stream().anyMatch(c -> c.care() == Child.Care.COUNTED_FOR_RANK_ONLY)) {
            notes.add("令和6年9月分までは、監護相当・生計費の負担のみの子は順位の算定に含めません（令和6年法律第47号による改正前）");
        }
        NoPayment noPayment = null;
        if (eligible == 0 && regime != Regime.NONE) {
            regime = Regime.NONE;
            notes.add("この月に支給対象となる児童がいません");
            noPayment = noChild(month);
        } else if (regime == Regime.NONE) {
            noPayment = new NoPayment("所得額が所得上限限度額以上のため、児童手当・特例給付とも支給しない", incomeSource(day));
        }
        return new MonthlyAllowance(
                month, total, regime, lines, incomeTest, schedule.paymentMonthOf(month), notes, noPayment);
    }

    /**
     * Why a month without a child the recipient is paid for pays nothing: 児童手当 is paid to one who 監護し生計を同じくする a
     * 児童 (児童手当法 第4条第1項) — one up to the first 31 March after the age of the month's law (第3条第1項).
     */
    public NoPayment noChild(YearMonth month) {
        ResolvedParameter age = parameters.get(Parameters.AGE_ELIGIBLE, month.atDay(1));
        return new NoPayment(
                month + "分は、支給対象となる児童（" + age.integer() + "歳に達する日以後の最初の3月31日までの間にある児童で、監護し生計を同じくするもの）がいないため支給しない（0円）",
                "児童手当法 第4条第1項、第3条第1項; " + Parameters.cite(age));
    }

    /** From 2024-10 the law as amended by 令和6年法律第47号 applies (no junior-high band any more). */
    private boolean isReformed(LocalDate day) {
        return parameters.find(Parameters.JUNIOR_HIGH, day).isEmpty();
    }

    private static void validateBirth(int index, Child child, YearMonth month) {
        if (child.birthDate().isAfter(month.atEndOfMonth())) {
            throw new InvalidInput(
                    "jido[" + index + "].seinengappi",
                    "born-after-month",
                    "生年月日（jido[" + index + "].seinengappi）" + child.birthDate() + "が対象年月" + month + "より後です");
        }
    }

    private static boolean bornInMonth(Child child, YearMonth month) {
        return YearMonth.from(child.birthDate()).equals(month);
    }

    /** Whether {@code date}'s month is within 「{@code age}歳に達する日以後の最初の3月31日まで」 (March included). */
    private static boolean withinFiscalYearOfReaching(Child child, YearMonth month, int age) {
        return !month.atDay(1).isAfter(Ages.endOfFiscalYearOfReaching(child.birthDate(), age));
    }

    private static boolean isCountedForRank(Child child, YearMonth month, int rankLimitAge, boolean reformed) {
        if (bornInMonth(child, month)) {
            return false;
        }
        if (child.care() == Child.Care.COUNTED_FOR_RANK_ONLY && !reformed) {
            return false;
        }
        return withinFiscalYearOfReaching(child, month, rankLimitAge);
    }

    private ChildLine line(
            int index,
            Child child,
            @Nullable Integer rank,
            YearMonth month,
            Regime regime,
            boolean reformed,
            int rankAge) {
        LocalDate day = month.atDay(1);
        LocalDate birth = child.birthDate();
        if (bornInMonth(child, month)) {
            return new ChildLine(
                    index, birth, null, AgeBand.BORN_THIS_MONTH, 0, "出生の月は算定せず、翌月分から支給・額の改定を行う", "児童手当法 第8条第2項、第9条第1項");
        }
        if (rank == null) {
            return new ChildLine(
                    index,
                    birth,
                    null,
                    AgeBand.NOT_COUNTED,
                    0,
                    rankAge + "歳に達する日以後の最初の3月31日を過ぎているため、順位の算定にも含めない",
                    Parameters.cite(parameters.get(Parameters.AGE_RANK_COUNT, day)));
        }
        ResolvedParameter eligibleAge = parameters.get(Parameters.AGE_ELIGIBLE, day);
        if (child.care() == Child.Care.COUNTED_FOR_RANK_ONLY
                || !withinFiscalYearOfReaching(child, month, Math.toIntExact(eligibleAge.integer()))) {
            return new ChildLine(
                    index,
                    birth,
                    rank,
                    AgeBand.RANK_ONLY,
                    0,
                    "第" + rank + "子として順位に数えるが、支給対象（" + eligibleAge.integer() + "歳に達する日以後の最初の3月31日まで" + "の監護等する児童）ではない",
                    Parameters.cite(eligibleAge));
        }
        AgeBand band = band(child, month, reformed);
        if (regime == Regime.NONE) {
            return new ChildLine(index, birth, rank, band, 0, "所得上限限度額以上のため支給しない", incomeSource(day));
        }
        if (regime == Regime.SPECIAL_BENEFIT) {
            ResolvedParameter special = parameters.get(Parameters.SPECIAL_BENEFIT, day);
            return new ChildLine(
                    index,
                    birth,
                    rank,
                    band,
                    special.yen(),
                    "所得制限限度額以上・所得上限限度額未満のため特例給付（中学校修了前の児童1人につき一律）",
                    Parameters.cite(special));
        }
        int multiFrom = parameters.integer(Parameters.MULTI_CHILD_RANK, day);
        boolean multi = rank >= multiFrom;
        String key =
                switch (band) {
                    case UNDER_3 -> multi ? Parameters.UNDER_3_THIRD : Parameters.UNDER_3;
                    case FROM_3_TO_PRIMARY_END, FROM_3_TO_HIGH_SCHOOL_END ->
                        multi ? Parameters.FROM_3_THIRD : Parameters.FROM_3;
                    case JUNIOR_HIGH -> Parameters.JUNIOR_HIGH;
                    default -> throw new IllegalStateException("no amount for band " + band);
                };
        ResolvedParameter amount = parameters.get(key, day);
        String rankText =
                band == AgeBand.JUNIOR_HIGH ? "（順位にかかわらず一律）" : multi ? "・第" + multiFrom + "子以降" : "・第" + rank + "子";
        return new ChildLine(
                index,
                birth,
                rank,
                band,
                amount.yen(),
                band.japanese() + rankText + "の月額（第" + rank + "子）",
                Parameters.cite(amount));
    }

    private AgeBand band(Child child, YearMonth month, boolean reformed) {
        LocalDate day = month.atDay(1);
        int under3 = parameters.integer(Parameters.AGE_UNDER_3, day);
        // Up to the month containing the birthday: 第6条 (月の初日生まれは出生の日から3年を経過しない児童) with 第9条第3項.
        if (!YearMonth.from(child.birthDate().plusYears(under3)).isBefore(month)) {
            return AgeBand.UNDER_3;
        }
        if (reformed) {
            return AgeBand.FROM_3_TO_HIGH_SCHOOL_END;
        }
        int primaryEnd = parameters.integer(Parameters.AGE_PRIMARY_END, day);
        return withinFiscalYearOfReaching(child, month, primaryEnd)
                ? AgeBand.FROM_3_TO_PRIMARY_END
                : AgeBand.JUNIOR_HIGH;
    }

    private @Nullable IncomeTest incomeTest(AllowanceRequest request, LocalDate day, List<String> notes) {
        Optional<ResolvedParameter> limitBase = parameters.find(Parameters.INCOME_LIMIT, day);
        if (limitBase.isEmpty()) {
            if (request.income() != null) {
                notes.add(
                        isReformed(day)
                                ? "令和6年10月分からは所得制限がないため、所得額は判定に用いません（令和6年法律第47号）"
                                : "平成24年5月分までは所得制限がないため、所得額は判定に用いません");
            }
            return null;
        }
        Long income = request.income();
        Integer dependants = request.dependants();
        if (income == null) {
            throw new InvalidInput("shotokugaku", "required", "所得額（shotokugaku）を指定してください（令和6年9月分までは所得制限があります）");
        }
        if (dependants == null) {
            throw new InvalidInput(
                    "fuyo_shinzokuto_su", "required", "扶養親族等の数（fuyo_shinzokuto_su）を指定してください（令和6年9月分までは所得制限があります）");
        }
        if (income < 0) {
            throw new InvalidInput("shotokugaku", "negative", "所得額（shotokugaku）は0円以上で指定してください");
        }
        if (dependants < 0) {
            throw new InvalidInput("fuyo_shinzokuto_su", "negative", "扶養親族等の数（fuyo_shinzokuto_su）は0以上で指定してください");
        }
        if (request.elderlyDependants() < 0 || request.elderlyDependants() > dependants) {
            throw new InvalidInput(
                    "rojin_fuyo_shinzokuto_su",
                    "out-of-range",
                    "老人控除対象配偶者・老人扶養親族の数（rojin_fuyo_shinzokuto_su）は0以上、扶養親族等の数以下で指定してください");
        }
        long perDependant = parameters.yen(Parameters.PER_DEPENDANT, day);
        long elderly =
                Math.multiplyExact(parameters.yen(Parameters.ELDERLY_ADDITION, day), request.elderlyDependants());
        long raise = Math.addExact(Math.multiplyExact(perDependant, dependants), elderly);
        long limit = Math.addExact(limitBase.get().yen(), raise);
        Optional<ResolvedParameter> upperBase = parameters.find(Parameters.UPPER_LIMIT, day);
        Long upper = upperBase.map(u -> Math.addExact(u.yen(), raise)).orElse(null);
        Regime outcome;
        if (income < limit) {
            outcome = Regime.ALLOWANCE;
        } else if (upper != null && income >= upper) {
            outcome = Regime.NONE;
        } else {
            outcome = Regime.SPECIAL_BENEFIT;
        }
        notes.add("所得額" + String.format("%,d", income) + "円、扶養親族等" + dependants + "人：所得制限限度額"
                + String.format("%,d", limit) + "円"
                + (upper == null ? "" : "、所得上限限度額" + String.format("%,d", upper) + "円")
                + " → " + outcome.japanese() + "（限度額以上で制限。老人控除対象配偶者・老人扶養親族1人につき"
                + String.format("%,d", parameters.yen(Parameters.ELDERLY_ADDITION, day)) + "円を加算）");
        return new IncomeTest(income, dependants, limit, upper, outcome, incomeSource(day));
    }

    private String incomeSource(LocalDate day) {
        String limit = Parameters.cite(parameters.get(Parameters.INCOME_LIMIT, day));
        return parameters
                .find(Parameters.UPPER_LIMIT, day)
                .map(u -> limit + "; " + Parameters.cite(u))
                .orElse(limit);
    }
}
