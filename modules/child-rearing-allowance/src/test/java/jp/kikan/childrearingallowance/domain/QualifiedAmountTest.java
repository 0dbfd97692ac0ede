package jp.kikan.childrearingallowance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The amount with the 支給要件 judged (児童扶養手当法 第4条) and each child of a 受給資格 judged (第3条第1項): a month that
 * fails either is 0円 with its reason, in the 試算 and in the months of a 受給資格 alike.
 */
class QualifiedAmountTest {

    private static final AllowanceRequest MOTHER_ONE_CHILD = new AllowanceRequest(
            YearMonth.of(2025, 6), 1, Recipient.MOTHER, new Income.Assessed(0), 1, 0, 0, List.of());

    private static final Requirement DIVORCE =
            new Requirement(Requirement.Situation.DIVORCE, null, LocalDate.of(2020, 3, 1));

    @Test
    void law4_2_aTwoParentHouseholdGetsNothing_notTheFullAmount() {
        QualificationFacts twoParents = new QualificationFacts(
                DIVORCE, List.of(new Exclusion(Exclusion.Kind.OTHER_PARENT, LocalDate.of(2024, 1, 1), null, false)));
        MonthlyAllowance r = AllowanceCalculatorTest.CALCULATOR.calculate(MOTHER_ONE_CHILD, null, twoParents);
        assertThat(r.decision()).isEqualTo(Decision.NOT_QUALIFIED);
        assertThat(r.total()).isZero();
        assertThat(r.qualification()).isNotNull();
        assertThat(r.qualification().source()).contains("第4条第2項");
        assertThat(r.steps().get(r.steps().size() - 1).source()).contains("第4条");

        MonthlyAllowance single = AllowanceCalculatorTest.CALCULATOR.calculate(
                MOTHER_ONE_CHILD, null, new QualificationFacts(DIVORCE, List.of()));
        assertThat(single.decision()).isEqualTo(Decision.FULL);
        assertThat(single.total()).isEqualTo(46_690);
        assertThat(single.qualification().qualifies()).isTrue();
    }

    @Test
    void withoutARequirementTheRecipientIsTakenAsEligible_notJudged() {
        MonthlyAllowance r = AllowanceCalculatorTest.CALCULATOR.calculate(MOTHER_ONE_CHILD, null, null);
        assertThat(r.qualification()).isNull();
        assertThat(r.total()).isEqualTo(46_690);
    }

    @Test
    void law3_1_aDisabledChildOnAnEntitlementCountsPast18UntilTheMonthItReaches20() {
        // born 2006-09-15: 18歳年度末 2025-03-31; reaches 20 on 2026-09-14 → counted through 2026-09
        DisabilityState table1 =
                new DisabilityState(DisabilityState.Evidence.CERTIFICATE, null, null, true, LocalDate.of(2024, 12, 1));
        ChildSpan disabled = new ChildSpan("C1", LocalDate.of(2006, 9, 15), YearMonth.of(2024, 7), null, table1);
        ChildSpan plain = new ChildSpan("C1", LocalDate.of(2006, 9, 15), YearMonth.of(2024, 7), null);
        Map<Integer, IncomeYear> incomes = Map.of(
                2023, MonthlyAmountsTest.income(2023, 0, 1),
                2024, MonthlyAmountsTest.income(2024, 0, 1),
                2025, MonthlyAmountsTest.income(2025, 0, 1));
        MonthAmount april =
                MonthlyAmountsTest.AMOUNTS.of(YearMonth.of(2025, 4), Recipient.MOTHER, List.of(disabled), incomes);
        assertThat(april.status()).isEqualTo(MonthAmount.Status.DECIDED);
        assertThat(april.children()).isEqualTo(1);
        assertThat(april.judgements().get(0).reason()).contains("診断書");
        assertThat(MonthlyAmountsTest.AMOUNTS
                        .of(YearMonth.of(2025, 4), Recipient.MOTHER, List.of(plain), incomes)
                        .status())
                .isEqualTo(MonthAmount.Status.NO_CHILD);
        assertThat(MonthlyAmountsTest.AMOUNTS
                        .of(YearMonth.of(2026, 9), Recipient.MOTHER, List.of(disabled), incomes)
                        .children())
                .isEqualTo(1);
        assertThat(MonthlyAmountsTest.AMOUNTS
                        .of(YearMonth.of(2026, 10), Recipient.MOTHER, List.of(disabled), incomes)
                        .status())
                .isEqualTo(MonthAmount.Status.NO_CHILD);
    }

    @Test
    void law4_2_aMonthOfAnEntitlementAfterAMarriageIsNotQualified_withItsReason() {
        ChildSpan child = new ChildSpan("C1", LocalDate.of(2015, 5, 5), YearMonth.of(2025, 7), null);
        Map<Integer, IncomeYear> incomes = Map.of(2023, MonthlyAmountsTest.income(2023, 0, 1));
        QualificationFacts married = new QualificationFacts(
                DIVORCE, List.of(new Exclusion(Exclusion.Kind.SPOUSE, LocalDate.of(2025, 8, 10), null, false)));
        MonthAmount august = MonthlyAmountsTest.AMOUNTS.of(
                YearMonth.of(2025, 8),
                Recipient.MOTHER,
                List.of(child),
                incomes,
                LocalDate.of(2025, 6, 10),
                YearMonth.of(2025, 7),
                married);
        assertThat(august.status()).isEqualTo(MonthAmount.Status.DECIDED);
        assertThat(august.total()).isEqualTo(46_690);
        MonthAmount september = MonthlyAmountsTest.AMOUNTS.of(
                YearMonth.of(2025, 9),
                Recipient.MOTHER,
                List.of(child),
                incomes,
                LocalDate.of(2025, 6, 10),
                YearMonth.of(2025, 7),
                married);
        assertThat(september.status()).isEqualTo(MonthAmount.Status.NOT_QUALIFIED);
        assertThat(september.total()).isZero();
        assertThat(september.qualification().reason()).contains("配偶者");
    }
}
