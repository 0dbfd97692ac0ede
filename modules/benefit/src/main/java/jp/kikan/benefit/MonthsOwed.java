package jp.kikan.benefit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The months a payment run for a 支払期月 owes one 受給資格 (ADR 0012): every month of the 支給期間 up to the month
 * before the 支払期月 that is owed and not paid yet — the months regularly due and those due earlier (遡及, a 認定
 * made late, a 額改定 that raised a month already paid: the ただし書 of 児童手当法 第8条第4項, 児童扶養手当法 第7条第3項)
 * — and every month paid before, which may now be owed less. A month is paid once as 本払; a later increase is paid
 * as the difference (差額), a decrease is listed as 過払 (repayment or settlement is left to the clerk).
 *
 * <p>The law decides the rest through {@link Rules}: the amount of each month under the law of that month, and why a
 * month owed is held back (差止め for a missing 現況届, a 未支払請求 not yet made, …). Pure: no Spring, no database.
 */
public final class MonthsOwed {

    private MonthsOwed() {}

    /**
     * The law of the months of one 受給資格.
     *
     * @param <D> what the law says of a month paid (児童扶養手当: 全部支給 or 一部支給), or {@link Void}
     * @param <R> why the law holds a month back
     */
    public interface Rules<D, R> {

        /** The amount of {@code month}, a month of the 支給期間, under the law of that month. */
        Due<D, R> due(YearMonth month);

        /** Why {@code month}, with an amount owed, is held back; empty when it is paid now. */
        Optional<R> held(YearMonth month);
    }

    /**
     * The amount of a month, or why it cannot be known yet (the month is then held back whatever was paid).
     *
     * @param amount  the amount owed for the month (0 where nothing is)
     * @param detail  what the law says of the amount, where it says something
     * @param unknown why the amount cannot be known yet ({@code null} when it is known)
     */
    public record Due<D, R>(
            long amount, @Nullable D detail, @Nullable R unknown) {

        /** A known amount. */
        public static <D, R> Due<D, R> of(long amount, @Nullable D detail) {
            return new Due<>(amount, detail, null);
        }

        /** An amount not known yet, for {@code reason}. */
        public static <D, R> Due<D, R> unknown(R reason) {
            return new Due<>(0, null, reason);
        }
    }

    /** 本払 (the first payment of a month) or 差額 (a later increase). */
    public enum Kind {
        FIRST_PAYMENT,
        DIFFERENCE
    }

    /**
     * A month paid now.
     *
     * @param month      the month (月分)
     * @param due        its amount under its law
     * @param paidBefore what earlier runs paid for it
     * @param amount     paid now: the whole month (本払) or the difference (差額)
     * @param kind       本払 or 差額
     * @param detail     what the law says of the amount
     */
    public record Month<D>(
            YearMonth month,
            long due,
            long paidBefore,
            long amount,
            Kind kind,
            @Nullable D detail) {}

    /** A month held back, with the amount owed (0 where it is not known yet). */
    public record Hold<R>(YearMonth month, long amount, R reason) {}

    /** A month paid before at {@code amount} more than is owed now (過払). */
    public record Overpaid(YearMonth month, long amount) {}

    /** What a run owes one 受給資格: the months paid now, oldest first, the months held back and the 過払. */
    public record Result<D, R>(List<Month<D>> months, List<Hold<R>> holds, List<Overpaid> overpaid) {

        public Result {
            months = List.copyOf(months);
            holds = List.copyOf(holds);
            overpaid = List.copyOf(overpaid);
        }

        /** 支給額: the sum of the months paid now. */
        public long gross() {
            return months.stream().mapToLong(Month::amount).sum();
        }
    }

    /**
     * The months the run for {@code paymentMonth} owes.
     *
     * @param start the first month of the 支給期間
     * @param end   the last month of the 支給期間, {@code null} while it runs
     * @param paid  what earlier runs paid per month (本払 and 差額 together)
     */
    public static <D, R> Result<D, R> of(
            YearMonth paymentMonth,
            YearMonth start,
            @Nullable YearMonth end,
            Map<YearMonth, Long> paid,
            Rules<D, R> rules) {
        YearMonth last = paymentMonth.minusMonths(1);
        YearMonth until = end == null || end.isAfter(last) ? last : end;
        TreeSet<YearMonth> months = new TreeSet<>();
        for (YearMonth m = start; !m.isAfter(until); m = m.plusMonths(1)) {
            months.add(m);
        }
        paid.keySet().stream().filter(m -> !m.isAfter(last)).forEach(months::add);
        List<Month<D>> paidNow = new ArrayList<>();
        List<Hold<R>> holds = new ArrayList<>();
        List<Overpaid> overpaid = new ArrayList<>();
        for (YearMonth month : months) {
            boolean inPeriod = !month.isBefore(start) && !month.isAfter(until);
            Due<D, R> due = inPeriod ? rules.due(month) : Due.of(0, null);
            long before = paid.getOrDefault(month, 0L);
            R unknown = due.unknown();
            if (unknown != null) {
                holds.add(new Hold<>(month, 0, unknown));
            } else if (due.amount() > before) {
                long owed = due.amount() - before;
                Optional<R> held = rules.held(month);
                if (held.isPresent()) {
                    holds.add(new Hold<>(month, owed, held.get()));
                } else {
                    Kind kind = before == 0 ? Kind.FIRST_PAYMENT : Kind.DIFFERENCE;
                    paidNow.add(new Month<>(month, due.amount(), before, owed, kind, due.detail()));
                }
            } else if (due.amount() < before) {
                overpaid.add(new Overpaid(month, before - due.amount()));
            }
        }
        return new Result<>(paidNow, holds, overpaid);
    }
}
