package jp.kikan.childrearingallowance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.money.Rounding;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;
import org.jspecify.annotations.Nullable;

/**
 * 児童扶養手当の額 for one month (月分): the income tests and the amount, step by step.
 *
 * <ol>
 *   <li>Where given, the 支給要件 (法 第4条, {@link Qualification}) and each child (第3条第1項, {@link ChildEligibility}):
 *       a month without either is 0円 with its reason, not an error.
 *   <li>The recipient's 所得額 (児童扶養手当法施行令 第4条): 総所得金額等, less up to 10万円 of 給与所得・公的年金等の
 *       雑所得, plus 80% of the 養育費 a father or mother received (1円未満四捨五入), less 8万円 and the deductions of
 *       第4条第2項 — or that 所得額 as given.
 *   <li>The limits for the recipient's 扶養親族等 (施行令 第2条の4): a father or mother gets 全部支給 below the 全部支給
 *       limit, 一部支給 below the 一部支給 limit, and nothing at or above it (法 第9条); a 養育者 gets the full amount
 *       below the 養育者 limit and nothing at or above it (法 第9条の2).
 *   <li>Any 配偶者 or 扶養義務者 at or above the limit for their dependants stops the allowance (法 第10条, 第11条).
 *   <li>一部支給 (施行令 第2条の4第3項): the amount not paid is (所得額 − 全部支給限度額) × the coefficient, rounded to
 *       10 yen (5円未満切捨て・5円以上切上げ, i.e. 10円未満四捨五入), plus 10円; the same for each 加算額 with its own
 *       coefficient. So 一部支給額 = (全部支給額 − 10円) − rounded product.
 *   <li>The 配偶者・扶養義務者・孤児等の養育者 limit (施行令 第2条の4) adds 6万円 for each 老人扶養親族; where every
 *       扶養親族等 is a 老人扶養親族, one of them is left out.
 *   <li>公的年金給付等との併給調整 (法 第13条の2): the monthly amount of the pensions given (年額 ÷ 12, summed, 10円未満
 *       四捨五入) is not paid, up to the whole 手当; of the 受給資格者's 障害基礎年金等 only the 子の加算部分 counts (第3項,
 *       since 2021-03).
 *   <li>一部支給停止 (法 第13条の3, 施行令 第7条): from the month after 5 years from the 支給開始月 (or 7 years from the
 *       month the 支給要件 arose, whichever is earlier; 5 years from the month after a child under 3 at the 認定請求
 *       reached 3), half of the 手当 left after 第13条の2 is not paid (10円未満切捨て), unless an 適用除外事由届出 covers
 *       the month. Never for a 養育者.
 * </ol>
 *
 * <p>Months from 2021-03 (the first month of 第13条の2第3項) are covered. Not modelled yet: disasters (法 第12条), the
 * 養育者 who is not a 孤児等の養育者 (法 第9条 applies to them; Kikan's 養育者 is the 孤児等の養育者 of 第9条の2), how a
 * pension for one child is capped by that child's part of the 手当. Immutable and thread-safe; every number comes from
 * the legal parameters.
 */
public final class AllowanceCalculator {

    private static final String SOURCE_INCOME = "児童扶養手当法施行令 第4条";

    private final Parameters parameters;
    private final PaymentSchedule schedule;
    private final ChildEligibility eligibility;
    private final Qualification qualification;

    public AllowanceCalculator(LegalParameters parameters) {
        this.parameters = new Parameters(Objects.requireNonNull(parameters, "parameters"));
        this.schedule = new PaymentSchedule(parameters);
        this.eligibility = new ChildEligibility(parameters);
        this.qualification = new Qualification(parameters);
    }

    /**
     * The amount for {@code request.month()} with each child judged (児童扶養手当法 第3条第1項): {@code request.children()}
     * is replaced by the number of {@code children} who are 児童 in the month. None counting is an answer, not an error:
     * {@link Decision#NO_CHILD}, 0円, with each child's reason (第4条第1項 pays only for a 児童).
     *
     * @throws InvalidInput as {@link #calculate(AllowanceRequest)}, except for the number of children
     */
    public MonthlyAllowance calculate(AllowanceRequest request, List<ChildFacts> children) {
        return calculate(request, children, null);
    }

    /**
     * The amount for {@code request.month()} with the 支給要件 judged (児童扶養手当法 第4条) where {@code qualification} is
     * given, and each child judged where {@code children} are given (otherwise {@code request.children()} is taken as
     * the number of 対象児童). A month in which the 支給要件 does not hold, or a 除外事由 applies, is an answer:
     * {@link Decision#NOT_QUALIFIED}, 0円, with the reason and the provision.
     *
     * @throws InvalidInput as {@link #calculate(AllowanceRequest)}, and for a 支給要件 that does not fit the recipient
     */
    public MonthlyAllowance calculate(
            AllowanceRequest request, @Nullable List<ChildFacts> children, @Nullable QualificationFacts qualification) {
        if (children == null) {
            return compute(request, List.of(), false, qualification);
        }
        List<ChildJudgement> judgements = eligibility.judge(children, request.month());
        int count = (int) judgements.stream().filter(ChildJudgement::counts).count();
        return compute(request.withChildren(count), judgements, true, qualification);
    }

    /**
     * The amount for {@code request.month()}.
     *
     * @throws InvalidInput for a month before 2021-03 (not covered), no child, a negative 所得 or count, more
     *                      elderly or specified dependants than dependants
     */
    public MonthlyAllowance calculate(AllowanceRequest request) {
        return compute(request, List.of(), false, null);
    }

    private MonthlyAllowance compute(
            AllowanceRequest request,
            List<ChildJudgement> judgements,
            boolean judged,
            @Nullable QualificationFacts qualificationFacts) {
        YearMonth month = request.month();
        LocalDate day = month.atDay(1);
        validate(request, day, judged);
        QualificationJudgement qualification = qualificationFacts == null
                ? null
                : this.qualification.judge(request.recipient(), qualificationFacts, month);
        List<Step> steps = new ArrayList<>();
        if (qualification != null) {
            steps.add(new Step(
                    "支給要件の判定",
                    null,
                    (qualification.qualifies() ? "該当：" : "非該当：") + qualification.reason(),
                    qualification.source()));
        }
        for (ChildJudgement j : judgements) {
            steps.add(new Step(
                    "対象児童の判定（児童" + j.position() + "）", null, (j.counts() ? "数える：" : "数えない：") + j.reason(), j.source()));
        }
        steps.add(new Step("判定に用いる所得", null, month + "分は、11月から翌年10月までの月分ごとに前年の所得で判定する", "児童扶養手当法 第9条第1項"));
        long income = assessedIncome(request, day, steps);

        long dependantRaise =
                Math.multiplyExact(parameters.yen(Parameters.LIMIT_PER_DEPENDANT, day), request.dependants());
        long additions = Math.addExact(
                Math.multiplyExact(parameters.yen(Parameters.LIMIT_ELDERLY, day), request.elderlyDependants()),
                Math.multiplyExact(parameters.yen(Parameters.LIMIT_SPECIFIED, day), request.specifiedDependants()));
        long fullLimit = limit(Parameters.LIMIT_FULL, day, dependantRaise, additions);
        long partialLimit = limit(Parameters.LIMIT_PARTIAL, day, dependantRaise, additions);
        long fosterLimit = supporterLimit(request.dependants(), request.elderlyDependants(), day);
        Limits limits =
                new Limits(fullLimit, partialLimit, request.recipient().isParent() ? partialLimit : fosterLimit);

        if (qualification != null && !qualification.qualifies()) {
            steps.add(new Step("手当月額", 0L, "支給要件に該当しないため支給しない（支給要件の判定を参照）", "児童扶養手当法 第4条"));
            return new MonthlyAllowance(
                    month,
                    Decision.NOT_QUALIFIED,
                    0,
                    0,
                    List.of(),
                    income,
                    limits,
                    steps,
                    schedule.paymentMonthOf(month),
                    0,
                    List.of(),
                    request.children(),
                    judgements,
                    judged,
                    qualification);
        }
        if (request.children() == 0) {
            steps.add(new Step("手当月額", 0L, "対象年月に児童である者がいないため支給しない（各児童の判定を参照）", "児童扶養手当法 第4条第1項、第3条第1項"));
            return new MonthlyAllowance(
                    month,
                    Decision.NO_CHILD,
                    0,
                    0,
                    List.of(),
                    income,
                    limits,
                    steps,
                    schedule.paymentMonthOf(month),
                    0,
                    List.of(),
                    0,
                    judgements,
                    true,
                    qualification);
        }
        Decision decision = recipientDecision(request, income, limits, day, steps);
        for (int i = 0; i < request.supporters().size() && decision != Decision.STOPPED; i++) {
            decision = supporterDecision(i, request.supporters().get(i), day, steps, decision);
        }

        long base = 0;
        List<Long> extra = new ArrayList<>();
        if (decision != Decision.STOPPED) {
            long excess = decision == Decision.PARTIAL ? income - fullLimit : 0;
            base = amount(
                    decision,
                    excess,
                    "本体額（児童1人目）",
                    Parameters.FULL_BASE,
                    Parameters.PARTIAL_BASE_MAX,
                    Parameters.PARTIAL_BASE_MIN,
                    Parameters.COEFFICIENT_BASE,
                    day,
                    steps);
            for (int child = 2; child <= request.children(); child++) {
                boolean second = child == 2;
                extra.add(amount(
                        decision,
                        excess,
                        "加算額（児童" + child + "人目）",
                        second ? Parameters.FULL_SECOND : Parameters.FULL_THIRD,
                        second ? Parameters.PARTIAL_SECOND_MAX : Parameters.PARTIAL_THIRD_MAX,
                        second ? Parameters.PARTIAL_SECOND_MIN : Parameters.PARTIAL_THIRD_MIN,
                        second ? Parameters.COEFFICIENT_SECOND : Parameters.COEFFICIENT_THIRD,
                        day,
                        steps));
            }
        }
        long total = base;
        for (long addition : extra) {
            total = Math.addExact(total, addition);
        }
        steps.add(new Step(
                "手当月額",
                total,
                decision.japanese() + "：本体額" + String.format("%,d", base) + "円"
                        + (extra.isEmpty()
                                ? ""
                                : "＋加算額"
                                        + extra.stream()
                                                .map(a -> String.format("%,d", a) + "円")
                                                .toList()),
                "児童扶養手当法 第5条、第9条"));
        List<Reduction> reductions = new ArrayList<>();
        long paid = total;
        if (paid > 0 && !request.pensions().isEmpty()) {
            paid -= pensionReduction(request.pensions(), paid, day, steps, reductions);
        }
        PartialStopFacts partialStop = request.partialStop();
        if (paid > 0 && partialStop != null) {
            paid -= partialStop(request.recipient(), partialStop, month, paid, steps, reductions);
        }
        if (!reductions.isEmpty()) {
            steps.add(new Step(
                    "支給月額",
                    paid,
                    "手当月額" + String.format("%,d", total) + "円から"
                            + reductions.stream()
                                    .map(r -> r.kind().japanese() + String.format("%,d", r.amount()) + "円")
                                    .toList()
                            + "を支給しない",
                    "児童扶養手当法 第13条の2、第13条の3"));
        }
        return new MonthlyAllowance(
                month,
                decision,
                paid,
                base,
                extra,
                income,
                limits,
                steps,
                schedule.paymentMonthOf(month),
                total,
                reductions,
                request.children(),
                judgements,
                judged,
                qualification);
    }

    /** 配偶者・扶養義務者・孤児等の養育者 limit (施行令 第2条の4): 扶養親族等 and 老人扶養親族 raise it. */
    private long supporterLimit(int dependants, int elderly, LocalDate day) {
        long limit = Math.addExact(
                parameters.yen(Parameters.LIMIT_SUPPORTER, day),
                Math.multiplyExact(parameters.yen(Parameters.LIMIT_SUPPORTER_PER_DEPENDANT, day), dependants));
        // 「当該老人扶養親族のほかに扶養親族等がないときは、当該老人扶養親族のうち一人を除いた」: one is left out when all are.
        int counted = elderly > 0 && elderly == dependants ? elderly - 1 : elderly;
        return Math.addExact(
                limit, Math.multiplyExact(parameters.yen(Parameters.LIMIT_SUPPORTER_ELDERLY, day), counted));
    }

    /** 法 第13条の2: the pensions' monthly amount is not paid, up to the whole 手当. */
    private long pensionReduction(
            List<Pension> pensions, long allowance, LocalDate day, List<Step> steps, List<Reduction> reductions) {
        ResolvedParameter compared = parameters.get(Parameters.PENSION_DISABILITY_COMPARED, day);
        // Σ年額 ÷ 12 + Σ月額, as twelfths so that one rounding (10円未満四捨五入) applies to the exact sum.
        long twelfths = 0;
        List<String> parts = new ArrayList<>();
        for (Pension p : pensions) {
            twelfths = Math.addExact(twelfths, p.annual() ? p.amount() : Math.multiplyExact(p.amount(), 12));
            parts.add(p.kind().japanese() + (p.annual() ? "年額" : "月額") + String.format("%,d", p.amount()) + "円");
        }
        Rounding rounding = Rounding.HALF_UP_TO_10;
        long monthly = rounding.divide(BigDecimal.valueOf(twelfths), 12);
        long reduction = Math.min(monthly, allowance);
        String sources = pensions.stream()
                .map(p -> p.kind().source())
                .distinct()
                .reduce((a, b) -> a + "、" + b)
                .orElseThrow();
        String explanation = String.join("、", parts) + "：月額（年額は12で除す）の合計" + String.format("%,d", monthly) + "円（"
                + rounding.japaneseName() + "）" + (reduction < monthly ? "が手当月額以上のため全額を支給しない" : "を支給しない")
                + "（障害基礎年金等は" + compared.text() + "のみ）";
        String source = sources + "; " + Parameters.cite(compared);
        steps.add(new Step(Reduction.Kind.PENSION.japanese(), -reduction, explanation, source));
        reductions.add(new Reduction(Reduction.Kind.PENSION, reduction, explanation, source));
        return reduction;
    }

    /** 法 第13条の3, 施行令 第7条: half of the 手当 after 5年等経過, unless an 適用除外事由届出 covers the month. */
    private long partialStop(
            Recipient recipient,
            PartialStopFacts facts,
            YearMonth month,
            long allowance,
            List<Step> steps,
            List<Reduction> reductions) {
        String item = Reduction.Kind.PARTIAL_STOP.japanese();
        if (!recipient.isParent()) {
            steps.add(new Step(item, 0L, "養育者には適用しない", "児童扶養手当法 第13条の3第1項（受給資格者（養育者を除く。））"));
            return 0;
        }
        EffectiveMonth first = partialStopFrom(recipient, facts, month.atDay(1));
        if (month.isBefore(first.month())) {
            steps.add(new Step(item, 0L, first.reason() + "。" + month + "分はその前のため適用しない", "児童扶養手当法 第13条の3第1項"));
            return 0;
        }
        Exemption exemption = facts.exemption();
        if (exemption != null) {
            steps.add(new Step(
                    item,
                    0L,
                    first.reason() + "。適用除外事由届出（" + exemption.japanese() + "）により適用しない",
                    "児童扶養手当法 第13条の3第2項、児童扶養手当法施行規則（一部支給停止適用除外事由届出）"));
            return 0;
        }
        ResolvedParameter rate = parameters.get(Parameters.PARTIAL_STOP_RATE, month.atDay(1));
        Rounding rounding = Rounding.FLOOR_TO_10;
        long stop = rounding.apply(BigDecimal.valueOf(allowance).multiply(rate.rate()));
        String explanation = first.reason() + "。" + String.format("%,d", allowance) + "円 × "
                + rate.rate().toPlainString() + "（" + rounding.japaneseName() + "）= " + String.format("%,d", stop)
                + "円を支給しない（適用除外事由届出なし）";
        String source = "児童扶養手当法 第13条の3第1項; " + Parameters.cite(rate);
        steps.add(new Step(item, -stop, explanation, source));
        reductions.add(new Reduction(Reduction.Kind.PARTIAL_STOP, stop, explanation, source));
        return stop;
    }

    /** The first month of the 一部支給停止 (法 第13条の3第1項, 施行令 第7条「経過した日の属する月の翌月から」). */
    EffectiveMonth partialStopFrom(Recipient recipient, PartialStopFacts facts, LocalDate day) {
        YearMonth countFrom = YearMonth.from(parameters
                .get(
                        recipient == Recipient.FATHER
                                ? Parameters.PARTIAL_STOP_COUNTING_FATHER
                                : Parameters.PARTIAL_STOP_COUNTING_MOTHER,
                        day)
                .dateValue());
        LocalDate under3 = facts.childUnder3Birth();
        if (under3 != null) {
            int age = parameters.integer(Parameters.PARTIAL_STOP_CHILD_AGE, day);
            int years = parameters.integer(Parameters.PARTIAL_STOP_YEARS_AFTER_AGE, day);
            // 年齢計算ニ関スル法律: the age is reached on the day before the birthday.
            LocalDate reached = under3.plusYears(age).minusDays(1);
            YearMonth from = later(YearMonth.from(reached).plusMonths(1), countFrom);
            YearMonth month = from.plusYears(years);
            return new EffectiveMonth(
                    month,
                    "認定請求日に" + age + "歳未満の児童が" + age + "歳に達した日（" + reached + "）の属する月の翌月（" + from + "）の初日から" + years
                            + "年を経過: " + month + "分から");
        }
        int years = parameters.integer(Parameters.PARTIAL_STOP_YEARS_AFTER_START, day);
        YearMonth start = later(facts.paymentStart(), countFrom);
        YearMonth month = start.plusYears(years);
        String reason = "支給開始月（" + start + "）の初日から" + years + "年を経過: " + month + "分から";
        YearMonth eligibleSince = facts.eligibleSince();
        if (eligibleSince != null) {
            int longer = parameters.integer(Parameters.PARTIAL_STOP_YEARS_AFTER_ELIGIBILITY, day);
            YearMonth since = later(eligibleSince, countFrom);
            YearMonth byEligibility = since.plusYears(longer);
            if (byEligibility.isBefore(month)) {
                return new EffectiveMonth(
                        byEligibility,
                        "支給要件に該当した月（" + since + "）の初日から" + longer + "年を経過（支給開始月から" + years + "年より早い）: " + byEligibility
                                + "分から");
            }
        }
        return new EffectiveMonth(month, reason);
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? b : a;
    }

    private void validate(AllowanceRequest request, LocalDate day, boolean judged) {
        if (!parameters.inForce(Parameters.FULL_BASE, day)) {
            throw new InvalidInput(
                    "taisho_ym",
                    "month-not-covered",
                    "対象年月（taisho_ym）" + request.month() + "は試算できません。令和3年3月分以降の月を指定してください");
        }
        if (!judged && request.children() < 1) {
            throw new InvalidInput("taisho_jido_su", "out-of-range", "対象児童の数（taisho_jido_su）は1以上で指定してください");
        }
        if (request.dependants() < 0) {
            throw new InvalidInput("fuyo_shinzokuto_su", "negative", "扶養親族等の数（fuyo_shinzokuto_su）は0以上で指定してください");
        }
        if (request.elderlyDependants() < 0
                || request.specifiedDependants() < 0
                || request.elderlyDependants() + request.specifiedDependants() > request.dependants()) {
            throw new InvalidInput(
                    "rojin_fuyo_shinzokuto_su",
                    "out-of-range",
                    "老人扶養親族等の数（rojin_fuyo_shinzokuto_su）と特定扶養親族等の数（tokutei_fuyo_shinzokuto_su）は0以上で、"
                            + "合わせて扶養親族等の数以下で指定してください");
        }
        for (int i = 0; i < request.supporters().size(); i++) {
            Supporter supporter = request.supporters().get(i);
            if (supporter.income() < 0) {
                throw new InvalidInput(
                        "fuyo_gimusha[" + i + "].shotokugaku",
                        "negative",
                        "扶養義務者等の所得額（fuyo_gimusha[" + i + "].shotokugaku）は0円以上で指定してください");
            }
            if (supporter.dependants() < 0) {
                throw new InvalidInput(
                        "fuyo_gimusha[" + i + "].fuyo_shinzokuto_su",
                        "negative",
                        "扶養義務者等の扶養親族等の数（fuyo_gimusha[" + i + "].fuyo_shinzokuto_su）は0以上で指定してください");
            }
            if (supporter.elderlyDependants() < 0 || supporter.elderlyDependants() > supporter.dependants()) {
                throw new InvalidInput(
                        "fuyo_gimusha[" + i + "].rojin_fuyo_shinzokuto_su",
                        "out-of-range",
                        "扶養義務者等の老人扶養親族の数（fuyo_gimusha[" + i + "].rojin_fuyo_shinzokuto_su）は0以上で、扶養親族等の数以下で指定してください");
            }
        }
        for (int i = 0; i < request.pensions().size(); i++) {
            if (request.pensions().get(i).amount() < 0) {
                throw new InvalidInput(
                        "kokin[" + i + "].kingaku", "negative", "公的年金給付等の額（kokin[" + i + "].kingaku）は0円以上で指定してください");
            }
        }
        PartialStopFacts stop = request.partialStop();
        if (stop != null && stop.paymentStart().isAfter(request.month())) {
            throw new InvalidInput(
                    "shikyu_kaishi_ym", "after-month", "支給開始年月（shikyu_kaishi_ym）は対象年月（taisho_ym）以前で指定してください");
        }
        YearMonth since = stop == null ? null : stop.eligibleSince();
        if (stop != null && since != null && since.isAfter(stop.paymentStart())) {
            throw new InvalidInput(
                    "shikyu_yoken_gaito_ym",
                    "after-start",
                    "支給要件該当年月（shikyu_yoken_gaito_ym）は支給開始年月（shikyu_kaishi_ym）以前で指定してください");
        }
    }

    private long limit(String key, LocalDate day, long dependantRaise, long additions) {
        return Math.addExact(Math.addExact(parameters.yen(key, day), dependantRaise), additions);
    }

    private long assessedIncome(AllowanceRequest request, LocalDate day, List<Step> steps) {
        if (request.income() instanceof Income.Assessed assessed) {
            if (assessed.amount() < 0) {
                throw new InvalidInput("shotokugaku", "negative", "所得額（shotokugaku）は0円以上で指定してください");
            }
            steps.add(new Step("所得額", assessed.amount(), "入力された所得額（8万円及び諸控除を差し引いた後、養育費の8割を含む額）", SOURCE_INCOME));
            return assessed.amount();
        }
        Income.Parts parts = (Income.Parts) request.income();
        Deductions d = parts.deductions();
        requireNotNegative("shotoku.sotoku_kingakuto", "総所得金額等", parts.totalIncome());
        requireNotNegative("shotoku.kyuyo_shotokuto", "給与所得等", parts.salaryOrPension());
        requireNotNegative("shotoku.yoikuhi", "養育費", parts.childSupport());
        for (long amount : new long[] {d.casualtyLoss(), d.medical(), d.smallBusinessMutualAid(), d.spouseSpecial()}) {
            requireNotNegative("shotoku.kojo", "控除額", amount);
        }
        if (d.disabled() < 0 || d.specialDisabled() < 0) {
            throw new InvalidInput("shotoku.kojo", "negative", "障害者控除の人数（shotoku.kojo）は0以上で指定してください");
        }
        if (parts.salaryOrPension() > parts.totalIncome()) {
            throw new InvalidInput(
                    "shotoku.kyuyo_shotokuto",
                    "out-of-range",
                    "給与所得等（shotoku.kyuyo_shotokuto）は総所得金額等（shotoku.sotoku_kingakuto）以下で指定してください");
        }
        long income = parts.totalIncome();
        steps.add(new Step("総所得金額等", income, "前年の総所得金額等", SOURCE_INCOME + "第1項"));

        if (parts.salaryOrPension() > 0) {
            ResolvedParameter cap = parameters.get(Parameters.DEDUCTION_SALARY_OR_PENSION, day);
            long deduction = Math.min(cap.yen(), parts.salaryOrPension());
            income -= deduction;
            steps.add(new Step(
                    "給与所得等の控除",
                    -deduction,
                    "給与所得・公的年金等に係る雑所得の合計額から" + String.format("%,d", cap.yen()) + "円（合計額が少なければその額）を控除",
                    Parameters.cite(cap)));
        }
        if (parts.childSupport() > 0) {
            if (request.recipient().isParent()) {
                ResolvedParameter rate = parameters.get(Parameters.CHILD_SUPPORT_RATE, day);
                // 1円未満四捨五入 (施行令 第4条第1項ただし書); the platform's Rounding has no 1-yen half-up rule.
                long counted = BigDecimal.valueOf(parts.childSupport())
                        .multiply(rate.rate())
                        .setScale(0, RoundingMode.HALF_UP)
                        .longValueExact();
                income = Math.addExact(income, counted);
                steps.add(new Step(
                        "養育費の算入額",
                        counted,
                        "養育費" + String.format("%,d", parts.childSupport()) + "円 × "
                                + rate.rate().toPlainString() + "（1円未満四捨五入）を所得に加える",
                        Parameters.cite(rate)));
            } else {
                steps.add(new Step("養育費の算入額", 0L, "養育者の場合、養育費は所得に算入しない", SOURCE_INCOME + "第1項ただし書"));
            }
        }
        ResolvedParameter flat = parameters.get(Parameters.DEDUCTION_FLAT, day);
        income -= flat.yen();
        steps.add(new Step("一律控除", -flat.yen(), "社会保険料相当額として一律に控除", Parameters.cite(flat)));

        long deductions = 0;
        deductions += perPerson(Parameters.DEDUCTION_DISABLED, "障害者控除", d.disabled(), day, steps);
        deductions += perPerson(Parameters.DEDUCTION_SPECIAL_DISABLED, "特別障害者控除", d.specialDisabled(), day, steps);
        deductions += perPerson(Parameters.DEDUCTION_WORKING_STUDENT, "勤労学生控除", d.workingStudent() ? 1 : 0, day, steps);
        if (request.recipient().isParent()) {
            if (d.widow() || d.singleParent()) {
                steps.add(new Step(
                        "寡婦控除・ひとり親控除",
                        0L,
                        "受給資格者が父又は母の場合は控除しない",
                        Parameters.cite(parameters.get(Parameters.DEDUCTION_SINGLE_PARENT, day))));
            }
        } else {
            deductions += perPerson(Parameters.DEDUCTION_WIDOW, "寡婦控除", d.widow() ? 1 : 0, day, steps);
            deductions += perPerson(Parameters.DEDUCTION_SINGLE_PARENT, "ひとり親控除", d.singleParent() ? 1 : 0, day, steps);
        }
        long actual = Math.addExact(
                Math.addExact(d.casualtyLoss(), d.medical()),
                Math.addExact(d.smallBusinessMutualAid(), d.spouseSpecial()));
        if (actual > 0) {
            deductions += actual;
            steps.add(new Step("雑損・医療費・小規模企業共済等掛金・配偶者特別控除", -actual, "地方税法上の控除額をそのまま控除", SOURCE_INCOME + "第2項"));
        }
        income -= deductions;
        long result = Math.max(0, income);
        steps.add(new Step("所得額", result, income < 0 ? "控除後の額が負となるため0円" : "控除後の所得額", SOURCE_INCOME));
        return result;
    }

    private static void requireNotNegative(String field, String name, long amount) {
        if (amount < 0) {
            throw new InvalidInput(field, "negative", name + "（" + field + "）は0円以上で指定してください");
        }
    }

    private long perPerson(String key, String name, int persons, LocalDate day, List<Step> steps) {
        if (persons == 0) {
            return 0;
        }
        ResolvedParameter each = parameters.get(key, day);
        long amount = Math.multiplyExact(each.yen(), persons);
        steps.add(new Step(name, -amount, String.format("%,d", each.yen()) + "円 × " + persons, Parameters.cite(each)));
        return amount;
    }

    private Decision recipientDecision(
            AllowanceRequest request, long income, Limits limits, LocalDate day, List<Step> steps) {
        String who = request.recipient().japanese() + "の所得額" + String.format("%,d", income) + "円、扶養親族等"
                + request.dependants() + "人";
        if (!request.recipient().isParent()) {
            Decision decision = income < limits.recipient() ? Decision.FULL : Decision.STOPPED;
            steps.add(new Step(
                    "所得制限（養育者）",
                    limits.recipient(),
                    who + (request.elderlyDependants() > 0 ? "（うち老人扶養親族" + request.elderlyDependants() + "人）" : "")
                            + "：限度額" + String.format("%,d", limits.recipient()) + "円"
                            + (decision == Decision.FULL ? "未満のため全部支給" : "以上のため支給停止"),
                    "児童扶養手当法 第9条の2; " + Parameters.cite(parameters.get(Parameters.LIMIT_SUPPORTER, day))));
            return decision;
        }
        Decision decision = income < limits.full()
                ? Decision.FULL
                : income < limits.partial() ? Decision.PARTIAL : Decision.STOPPED;
        steps.add(new Step(
                "所得制限（受給資格者）",
                income,
                who + "：全部支給限度額" + String.format("%,d", limits.full()) + "円、一部支給限度額"
                        + String.format("%,d", limits.partial()) + "円（老人扶養親族等・特定扶養親族等の加算を含む）→ "
                        + decision.japanese(),
                "児童扶養手当法 第9条第1項; " + Parameters.cite(parameters.get(Parameters.LIMIT_FULL, day)) + "; "
                        + Parameters.cite(parameters.get(Parameters.LIMIT_PARTIAL, day))));
        return decision;
    }

    private Decision supporterDecision(int index, Supporter supporter, LocalDate day, List<Step> steps, Decision now) {
        long limit = supporterLimit(supporter.dependants(), supporter.elderlyDependants(), day);
        boolean stops = supporter.income() >= limit;
        steps.add(new Step(
                "所得制限（扶養義務者等" + (index + 1) + "）",
                supporter.income(),
                "所得額" + String.format("%,d", supporter.income()) + "円、扶養親族等" + supporter.dependants() + "人"
                        + (supporter.elderlyDependants() > 0 ? "（うち老人扶養親族" + supporter.elderlyDependants() + "人）" : "")
                        + "：限度額" + String.format("%,d", limit) + "円" + (stops ? "以上のため支給停止" : "未満"),
                "児童扶養手当法 第10条、第11条; " + Parameters.cite(parameters.get(Parameters.LIMIT_SUPPORTER, day))
                        + (supporter.elderlyDependants() > 0
                                ? "; " + Parameters.cite(parameters.get(Parameters.LIMIT_SUPPORTER_ELDERLY, day))
                                : "")));
        return stops ? Decision.STOPPED : now;
    }

    private long amount(
            Decision decision,
            long excess,
            String item,
            String fullKey,
            String maxKey,
            String minKey,
            String coefficientKey,
            LocalDate day,
            List<Step> steps) {
        if (decision == Decision.FULL) {
            ResolvedParameter full = parameters.get(fullKey, day);
            steps.add(new Step(item, full.yen(), "全部支給額", Parameters.cite(full)));
            return full.yen();
        }
        ResolvedParameter max = parameters.get(maxKey, day);
        ResolvedParameter coefficient = parameters.get(coefficientKey, day);
        Rounding rounding = Rounding.HALF_UP_TO_10;
        long stop = rounding.apply(BigDecimal.valueOf(excess).multiply(coefficient.decimal()));
        long amount = max.yen() - stop;
        long min = parameters.yen(minKey, day);
        if (amount < min || amount > max.yen()) {
            throw new IllegalStateException(item + " " + amount + " outside " + min + "–" + max.yen()
                    + ": the parameters of " + day + " do not fit together");
        }
        steps.add(new Step(
                item,
                amount,
                String.format("%,d", max.yen()) + "円 −（所得額 − 全部支給限度額 = " + String.format("%,d", excess) + "円）× "
                        + coefficient.decimal().toPlainString() + "（" + rounding.japaneseName() + "）= "
                        + String.format("%,d", max.yen()) + "円 − " + String.format("%,d", stop) + "円",
                "児童扶養手当法施行令 第2条の4第3項（一部支給停止額は積の10円未満を四捨五入し10円を加えた額）; " + Parameters.cite(coefficient) + "; "
                        + Parameters.cite(max)));
        return amount;
    }
}
