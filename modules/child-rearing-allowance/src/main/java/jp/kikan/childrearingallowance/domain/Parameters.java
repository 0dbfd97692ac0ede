package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;

/** The module's view of {@code parameters/child-rearing-allowance.yaml}: its keys and look-ups. */
final class Parameters {

    static final String MODULE = "child-rearing-allowance";

    static final String FULL_BASE = "full.base";
    static final String PARTIAL_BASE_MAX = "partial.base.max";
    static final String PARTIAL_BASE_MIN = "partial.base.min";
    static final String FULL_SECOND = "full.second";
    static final String PARTIAL_SECOND_MAX = "partial.second.max";
    static final String PARTIAL_SECOND_MIN = "partial.second.min";
    static final String FULL_THIRD = "full.third";
    static final String PARTIAL_THIRD_MAX = "partial.third.max";
    static final String PARTIAL_THIRD_MIN = "partial.third.min";
    static final String COEFFICIENT_BASE = "coefficient.base";
    static final String COEFFICIENT_SECOND = "coefficient.second";
    static final String COEFFICIENT_THIRD = "coefficient.third";
    static final String LIMIT_FULL = "income-limit.full.base";
    static final String LIMIT_PARTIAL = "income-limit.partial.base";
    static final String LIMIT_PER_DEPENDANT = "income-limit.per-dependant";
    static final String LIMIT_SUPPORTER = "income-limit.supporter.base";
    static final String LIMIT_SUPPORTER_PER_DEPENDANT = "income-limit.supporter.per-dependant";
    static final String LIMIT_ELDERLY = "income-limit.elderly-addition";
    static final String LIMIT_SUPPORTER_ELDERLY = "income-limit.supporter.elderly-addition";
    static final String PENSION_DISABILITY_COMPARED = "pension.disability-basic.compared-part";
    static final String PARTIAL_STOP_RATE = "partial-stop.rate";
    static final String PARTIAL_STOP_YEARS_AFTER_START = "partial-stop.years-after-start";
    static final String PARTIAL_STOP_YEARS_AFTER_ELIGIBILITY = "partial-stop.years-after-eligibility";
    static final String PARTIAL_STOP_CHILD_AGE = "partial-stop.young-child.age";
    static final String PARTIAL_STOP_YEARS_AFTER_AGE = "partial-stop.young-child.years";
    static final String PARTIAL_STOP_COUNTING_MOTHER = "partial-stop.counting-from.mother";
    static final String PARTIAL_STOP_COUNTING_FATHER = "partial-stop.counting-from.father";
    static final String LIMIT_SPECIFIED = "income-limit.specified-addition";
    static final String DEDUCTION_FLAT = "deduction.flat";
    static final String CHILD_SUPPORT_RATE = "child-support.inclusion-rate";
    static final String DEDUCTION_SALARY_OR_PENSION = "deduction.salary-or-pension";
    static final String DEDUCTION_DISABLED = "deduction.disabled";
    static final String DEDUCTION_SPECIAL_DISABLED = "deduction.special-disabled";
    static final String DEDUCTION_WORKING_STUDENT = "deduction.working-student";
    static final String DEDUCTION_WIDOW = "deduction.widow";
    static final String DEDUCTION_SINGLE_PARENT = "deduction.single-parent";
    static final String PAYMENT_MONTHS = "payment-months";
    static final String CHILD_AGE = "child.age-until";
    static final String CHILD_DISABLED_AGE = "child.disabled.age-under";
    static final String INCOME_YEAR_FROM = "income.year-from-month";
    static final String STATUS_REPORT_MONTH = "status-report.month";
    static final String REQUIREMENT_ABANDONED_YEARS = "requirement.abandoned.years";
    static final String REQUIREMENT_DETAINED_YEARS = "requirement.detained.years";

    private final LegalParameters parameters;

    Parameters(LegalParameters parameters) {
        this.parameters = parameters;
    }

    ResolvedParameter get(String key, LocalDate date) {
        return parameters.resolve(MODULE, key, date);
    }

    int integer(String key, LocalDate date) {
        return Math.toIntExact(get(key, date).integer());
    }

    long yen(String key, LocalDate date) {
        return get(key, date).yen();
    }

    boolean inForce(String key, LocalDate date) {
        return parameters.definition(MODULE, key).flatMap(p -> p.valueOn(date)).isPresent();
    }

    /** The source of a value with its period. */
    static String cite(ResolvedParameter value) {
        return value.source() + "（" + value.effectiveFrom() + "から"
                + (value.effectiveTo() == null ? "" : value.effectiveTo() + "まで") + "の値）";
    }
}
