package jp.kikan.benefit;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * A 受給資格 that a payment run may pay, as its law module gives it to the run.
 *
 * @param id        the 受給資格
 * @param recipient 受給者: the 宛名番号 the 受給資格 belongs to
 * @param start     the first month of the 支給期間; a 受給資格 starting after the months a run pays is passed over
 * @param planning  what a run pays it: the law's plan built on {@link MonthsOwed}
 */
public record Payable(UUID id, String recipient, YearMonth start, Planning planning) {

    /** The law's plan of one 受給資格 for a run. */
    @FunctionalInterface
    public interface Planning {

        /**
         * What the run for {@code paymentMonth} pays, given what earlier runs paid per month (本払 and 差額 together).
         *
         * @throws jp.kikan.platform.validation.InvalidValueException when the law cannot compute the amount of a month
         *     from what is recorded (the run stops with 422 {@code amount-not-computable})
         */
        Plan plan(YearMonth paymentMonth, Map<YearMonth, Long> paid);
    }

    /** What the run for {@code paymentMonth} pays, given what earlier runs paid per month. */
    public Plan plan(YearMonth paymentMonth, Map<YearMonth, Long> paid) {
        return planning.plan(paymentMonth, paid);
    }
}
