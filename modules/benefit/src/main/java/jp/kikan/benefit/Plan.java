package jp.kikan.benefit;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a payment run pays one 受給資格, in the ledger's terms: the payee, the months paid now, the deductions of the
 * law (申出), and what the run lists without paying (months held back, 過払). Codes are the ledger's and the API's
 * (e.g. {@code GENKYO_TODOKE_MITEI}); the law module names them.
 *
 * @param payee      支払先: the 宛名番号 paid (the 受給者, or the 未支払 請求者)
 * @param kind       定例 or 未支払
 * @param months     the months paid now, oldest first
 * @param deductions what the law takes from the months paid now
 * @param holds      months owed but held back
 * @param overpaid   months paid before at more than is owed now
 */
public record Plan(
        String payee,
        PaymentKind kind,
        List<Month> months,
        List<Deduction> deductions,
        List<Hold> holds,
        List<MonthsOwed.Overpaid> overpaid) {

    public Plan {
        months = List.copyOf(months);
        deductions = List.copyOf(deductions);
        holds = List.copyOf(holds);
        overpaid = List.copyOf(overpaid);
    }

    /**
     * A month paid now.
     *
     * @param decision the law's 支給区分 of the month (児童扶養手当: {@code ZENBU_SHIKYU}, {@code ICHIBU_SHIKYU}), or null
     */
    public record Month(
            YearMonth month,
            MonthsOwed.Kind kind,
            long due,
            long amount,
            @Nullable String decision) {}

    /**
     * A deduction from a month paid now.
     *
     * @param source the law's record it comes from (児童手当: the 申出)
     * @param kind   its code (児童手当: {@code KIFU}, {@code GAKKO_KYUSHOKUHI_TO})
     */
    public record Deduction(UUID source, String kind, YearMonth month, long amount) {}

    /** A month held back, with the amount owed (0 where not known) and the reason's code. */
    public record Hold(YearMonth month, String reason, long amount) {}

    /** Whether this plan pays anything. */
    public boolean pays() {
        return !months.isEmpty();
    }

    /** 支給額. */
    public long gross() {
        return months.stream().mapToLong(Month::amount).sum();
    }

    /** 控除額. */
    public long deducted() {
        return deductions.stream().mapToLong(Deduction::amount).sum();
    }

    /** 振込額. */
    public long net() {
        return gross() - deducted();
    }
}
