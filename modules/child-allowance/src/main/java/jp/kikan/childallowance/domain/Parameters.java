package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.util.Optional;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;

/** The module's view of {@code parameters/child-allowance.yaml}: its keys and the look-ups it needs. */
final class Parameters {

    static final String MODULE = "child-allowance";

    static final String UNDER_3 = "monthly-amount.under-3";
    static final String UNDER_3_THIRD = "monthly-amount.under-3.third-or-later";
    static final String FROM_3 = "monthly-amount.from-3";
    static final String FROM_3_THIRD = "monthly-amount.from-3.third-or-later";
    static final String JUNIOR_HIGH = "monthly-amount.junior-high";
    static final String SPECIAL_BENEFIT = "special-benefit.monthly-amount";
    static final String INCOME_LIMIT = "income-limit.base";
    static final String PER_DEPENDANT = "income-limit.per-dependant";
    static final String ELDERLY_ADDITION = "income-limit.elderly-addition";
    static final String UPPER_LIMIT = "income-upper-limit.base";
    static final String AGE_UNDER_3 = "age.under-3";
    static final String AGE_PRIMARY_END = "age.primary-school-end";
    static final String AGE_ELIGIBLE = "age.eligible-until";
    static final String AGE_RANK_COUNT = "age.rank-count-until";
    static final String MULTI_CHILD_RANK = "rank.multi-child-from";
    static final String PAYMENT_MONTHS = "payment-months";
    static final String SPECIAL_PERIOD_DAYS = "claim.special-period-days";
    static final String SCHOOL_FEE_AGE = "school-fee.child-age-until";
    static final String STATUS_REPORT_MONTH = "status-report.month";

    private final LegalParameters parameters;

    Parameters(LegalParameters parameters) {
        this.parameters = parameters;
    }

    ResolvedParameter get(String key, LocalDate date) {
        return parameters.resolve(MODULE, key, date);
    }

    long yen(String key, LocalDate date) {
        return get(key, date).yen();
    }

    int integer(String key, LocalDate date) {
        return Math.toIntExact(get(key, date).integer());
    }

    /** The value in force on {@code date}, or empty where the parameter is not (yet, or any more) in force. */
    Optional<ResolvedParameter> find(String key, LocalDate date) {
        boolean inForce =
                parameters.definition(MODULE, key).flatMap(p -> p.valueOn(date)).isPresent();
        return inForce ? Optional.of(get(key, date)) : Optional.empty();
    }

    /** 「児童手当法 第6条第1項（…）、2024-10-01から」: the source of a value with the start of its period. */
    static String cite(ResolvedParameter value) {
        return value.source() + "（" + value.effectiveFrom() + "から"
                + (value.effectiveTo() == null ? "" : value.effectiveTo() + "まで") + "の値）";
    }
}
