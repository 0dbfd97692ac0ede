package jp.kikan.benefit;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payment run as the ledger records it: its payments with their months and deductions, and the months it listed
 * without paying.
 *
 * @param id       the run
 * @param month    its 支払期月
 * @param kaisu    回数: 1 for the regular run of the 支払期月, 2, 3 … for the 追加 runs after it
 * @param at       when it ran
 * @param payments its payments, by 受給者
 * @param listed   the months it held back or listed as 過払, by 受給者 and month
 */
public record LedgerRun(UUID id, YearMonth month, int kaisu, Instant at, List<Payment> payments, List<Listed> listed) {

    /** The code of a 過払 among the {@link #listed} months. */
    public static final String OVERPAID = "KABARAI";

    public LedgerRun {
        payments = List.copyOf(payments);
        listed = List.copyOf(listed);
    }

    /**
     * A payment.
     *
     * @param kind     {@code TEIKI} or {@code MISHIHARAI}
     * @param gross    支給額
     * @param deducted 控除額
     * @param net      振込額
     */
    public record Payment(
            UUID id,
            UUID entitlement,
            String recipient,
            String payee,
            String kind,
            long gross,
            long deducted,
            long net,
            List<PaidMonth> months,
            List<Deduction> deductions) {}

    /** A month paid: {@code kind} {@code HONBARAI} or {@code SAGAKU}, {@code decision} the law's 支給区分 or null. */
    public record PaidMonth(
            YearMonth month, String kind, @Nullable String decision, long due, long amount) {}

    /** A deduction from a payment. */
    public record Deduction(String kind, YearMonth month, long amount) {}

    /** A month listed without paying: held back ({@code kind} the reason) or overpaid ({@link #OVERPAID}). */
    public record Listed(UUID entitlement, String recipient, YearMonth month, String kind, long amount) {}

    /** The months held back. */
    public List<Listed> holds() {
        return listed.stream().filter(x -> !x.kind().equals(OVERPAID)).toList();
    }

    /** The months listed as 過払. */
    public List<Listed> overpaid() {
        return listed.stream().filter(x -> x.kind().equals(OVERPAID)).toList();
    }

    /** 振込額 of the run. */
    public long total() {
        return payments.stream().mapToLong(Payment::net).sum();
    }
}
