package jp.kikan.platform.parameter;

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

/**
 * 支払期月: an allowance paid in fixed months of the year, each payment for the months since the previous one (児童手当法
 * 第8条第4項, 児童扶養手当法 第7条第3項 and the like). The months come from a dated legal parameter of type text, e.g.
 * {@code 2,4,6,8,10,12}; the rule in force in the payment month decides which months it pays, so a change of rule
 * is followed without special cases (the October 2024 児童手当 payment, already under the even-month rule, paid June
 * to September).
 */
public final class PaymentMonths {

    /** Longest gap between two payment months in any rule. */
    private static final int SEARCH_MONTHS = 12;

    private final Function<YearMonth, ResolvedParameter> rule;

    /**
     * @param rule the payment-months parameter in force in a month (its value like {@code 2,6,10})
     */
    public PaymentMonths(Function<YearMonth, ResolvedParameter> rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * One payment.
     *
     * @param paymentMonth the 支払期月
     * @param months       the months (月分) it pays, oldest first
     * @param rule         the payment-months parameter in force in the payment month (its source is the provision)
     */
    public record Payment(YearMonth paymentMonth, List<YearMonth> months, ResolvedParameter rule) {
        public Payment {
            months = List.copyOf(months);
        }
    }

    /** Whether {@code month} is a 支払期月 under the rule in force in it. */
    public boolean isPaymentMonth(YearMonth month) {
        return months(rule.apply(month).text()).contains(month.getMonthValue());
    }

    /** The regular payment of the allowance for {@code month}: the first payment month after it. */
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

    /** "2,4,6" → {2, 4, 6}. */
    static Set<Integer> months(String text) {
        return Stream.of(text.split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
