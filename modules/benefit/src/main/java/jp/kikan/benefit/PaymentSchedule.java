package jp.kikan.benefit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.ResolvedParameter;

/**
 * 支払期月: a benefit paid in fixed months of the year, each payment for the months since the previous one (児童手当法
 * 第8条第4項, 児童扶養手当法 第7条第3項 and the like). The months come from a dated legal parameter of type text of the
 * law's module, e.g. {@code 2,4,6,8,10,12}; the rule in force in the payment month decides which months it pays, so a
 * change of rule is followed without special cases (the October 2024 児童手当 payment, already under the even-month
 * rule, paid June to September).
 *
 * <p>A payment due earlier, or for months after the right ended, may be made outside the payment months (the
 * ただし書 of those provisions); this schedule gives the regular months. A law module may extend it to name its own
 * provision or validate its own input.
 */
public class PaymentSchedule {

    /** Longest gap between two payment months in any rule. */
    private static final int SEARCH_MONTHS = 12;

    private final Function<YearMonth, ResolvedParameter> rule;

    /**
     * @param parameters the legal parameters
     * @param module     the law module whose parameter file holds the rule (e.g. {@code child-allowance})
     * @param key        the key of the 支払期月 parameter (e.g. {@code payment-months})
     */
    public PaymentSchedule(LegalParameters parameters, String module, String key) {
        Objects.requireNonNull(parameters, "parameters");
        this.rule = month -> parameters.resolve(module, key, month.atDay(1));
    }

    /**
     * One payment.
     *
     * @param paymentMonth the 支払期月
     * @param months       the months (月分) it pays, oldest first
     * @param rule         the 支払期月 parameter in force in the payment month (its source is the provision)
     */
    public record Payment(YearMonth paymentMonth, List<YearMonth> months, ResolvedParameter rule) {
        public Payment {
            months = List.copyOf(months);
        }

        /** The provision of the payment months in force in the payment month. */
        public String source() {
            return cite(rule);
        }
    }

    /** Whether {@code month} is a 支払期月 under the rule in force in it. */
    public boolean isPaymentMonth(YearMonth month) {
        return months(rule.apply(month).text()).contains(month.getMonthValue());
    }

    /** The provision of the 支払期月 in force in {@code month}, with the period of its value. */
    public String source(YearMonth month) {
        return cite(rule.apply(month));
    }

    /** The regular 支払期月 of the benefit for {@code month}: the first payment month after it. */
    public YearMonth paymentMonthOf(YearMonth month) {
        return paymentOf(month).paymentMonth();
    }

    /** The regular payment of the benefit for {@code month}. */
    public Payment paymentOf(YearMonth month) {
        for (int ahead = 1; ahead <= SEARCH_MONTHS; ahead++) {
            YearMonth candidate = month.plusMonths(ahead);
            ResolvedParameter inForce = rule.apply(candidate);
            if (months(inForce.text()).contains(candidate.getMonthValue())) {
                return new Payment(candidate, List.of(month), inForce);
            }
        }
        throw new IllegalStateException("no payment month within a year after " + month);
    }

    /**
     * The payments of the months from {@code first} to {@code last}, both inclusive, in order.
     *
     * @throws IllegalArgumentException when {@code last} is before {@code first}
     */
    public List<Payment> between(YearMonth first, YearMonth last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period reversed: " + first + " to " + last);
        }
        Map<YearMonth, List<YearMonth>> byPayment = new LinkedHashMap<>();
        Map<YearMonth, ResolvedParameter> rules = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Payment payment = paymentOf(month);
            byPayment
                    .computeIfAbsent(payment.paymentMonth(), p -> new ArrayList<>())
                    .add(month);
            rules.putIfAbsent(payment.paymentMonth(), payment.rule());
        }
        List<Payment> payments = new ArrayList<>();
        byPayment.forEach((paymentMonth, months) ->
                payments.add(new Payment(paymentMonth, months, Objects.requireNonNull(rules.get(paymentMonth)))));
        return payments;
    }

    /** 「児童手当法 第8条第4項（…）、2024-10-01からの値」: the source of a value with the period of its value. */
    static String cite(ResolvedParameter value) {
        return value.source() + "（" + value.effectiveFrom() + "から"
                + (value.effectiveTo() == null ? "" : value.effectiveTo() + "まで") + "の値）";
    }

    /** "2,4,6" → {2, 4, 6}. */
    static Set<Integer> months(String text) {
        return Stream.of(text.split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
