package jp.kikan.benefit.contract;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import jp.kikan.benefit.BenefitLaw;
import jp.kikan.benefit.LedgerRun;
import jp.kikan.benefit.PaymentRuns;
import jp.kikan.benefit.contract.model.Address;
import jp.kikan.benefit.contract.model.HistoryEntry;
import jp.kikan.benefit.contract.model.Overpayment;
import jp.kikan.benefit.contract.model.PaymentRunRequest;
import jp.kikan.benefit.contract.model.Revision;
import jp.kikan.benefit.contract.model.StatusReport;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.HistoryRecord;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.benefit.entitlement.StatusReportRecord;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.residentregistry.ResidentAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The kit's records and the ledger's runs in the shared schemas of {@code specs/benefit/benefit.yaml}: what a paying
 * business's controllers show the same way whatever the law (ADR 0026). What differs by law (the 受給資格 itself, a
 * payment with its 控除, a hold with its reasons) the business maps itself, with these for the parts.
 */
public final class BenefitViews {

    private BenefitViews() {}

    /** 額改定 of the 受給資格 {@code entitlement} of the 受給者 {@code recipient}. */
    public static Revision revision(RevisionRecord r, UUID entitlement, String recipient) {
        return new Revision(
                        r.id(),
                        entitlement,
                        recipient,
                        Revision.KubunEnum.valueOf(r.kind().name()),
                        Revision.JotaiEnum.valueOf(r.state().name()),
                        Revision.JiyuEnum.valueOf(r.reason()),
                        r.eventDate(),
                        r.child(),
                        r.createdAt().atOffset(ZoneOffset.UTC))
                .seikyuYmd(r.claimDate())
                .kaiteiYm(month(r.revisedFrom()))
                .konkyo(r.basis())
                .riyu(r.withdrawalReason());
    }

    /** 額改定 of one 受給資格, in order. */
    public static List<Revision> revisions(
            List<? extends RevisionRecord> revisions, UUID entitlement, String recipient) {
        return revisions.stream().map(r -> revision(r, entitlement, recipient)).toList();
    }

    /** The 額改定 proposed from registry events and waiting for the clerk (提案), as {@link EntitlementLifecycle#proposals}. */
    public static List<Revision> proposals(
            List<? extends EntitlementLifecycle.Proposal<? extends RevisionRecord>> proposals) {
        return proposals.stream()
                .map(p -> revision(
                        p.revision(), Objects.requireNonNull(p.revision().entitlementId()), p.recipient()))
                .toList();
    }

    /** 現況届 received. */
    public static List<StatusReport> statusReports(List<? extends StatusReportRecord> reports) {
        return reports.stream()
                .map(s -> new StatusReport(s.year(), s.filedOn()))
                .toList();
    }

    /** 履歴, in order. */
    public static List<HistoryEntry> history(List<? extends HistoryRecord> history) {
        return history.stream()
                .map(h -> new HistoryEntry(h.kind(), h.text(), h.recordedAt().atOffset(ZoneOffset.UTC), h.recordedBy())
                        .jiyuYmd(h.eventDate()))
                .toList();
    }

    /**
     * 支払処理 of {@code law} for the request's 支払期月: {@code 201} with the new run, or {@code 200} with the last run of
     * the month when nothing new was owed.
     */
    public static <T> ResponseEntity<T> run(
            PaymentRuns runs, BenefitLaw law, PaymentRunRequest request, Function<LedgerRun, T> view) {
        PaymentRuns.Outcome outcome = runs.run(law, RequestDates.month("shiharai_ym", request.getShiharaiYm()));
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view.apply(outcome.run()));
    }

    /** The runs of {@code law} for the 支払期月 {@code shiharaiYm} (the query parameter), in order. */
    public static <T> ResponseEntity<List<T>> runs(
            PaymentRuns runs, BenefitLaw law, String shiharaiYm, Function<LedgerRun, T> view) {
        return ResponseEntity.ok(runs.runs(law, RequestDates.month("shiharaiYm", shiharaiYm)).stream()
                .map(view)
                .toList());
    }

    /** The 支払通知書 of {@code law}'s runs for the 支払期月 {@code shiharaiYm} (the query parameter), one per payment. */
    public static <T> ResponseEntity<List<T>> notices(
            PaymentRuns runs, BenefitLaw law, String shiharaiYm, Function<PaymentRuns.Notice, T> view) {
        return ResponseEntity.ok(runs.notices(law, RequestDates.month("shiharaiYm", shiharaiYm)).stream()
                .map(view)
                .toList());
    }

    /**
     * A business's view of a run ({@code PaymentRun} in its contract): the run's header, its payments and holds as the
     * law shows them, and the shared 過払 list.
     */
    @FunctionalInterface
    public interface RunView<V, P, H> {

        /** The view; a generated model's all-required-fields constructor is one ({@code PaymentRun::new}). */
        V of(
                UUID id,
                String month,
                Integer kaisu,
                OffsetDateTime at,
                Integer count,
                Long total,
                List<P> payments,
                List<H> holds,
                List<Overpayment> overpaid);
    }

    /** {@code run} in a business's view, each payment and hold as {@code payment} and {@code hold} show it. */
    public static <V, P, H> V run(
            LedgerRun run,
            Function<LedgerRun.Payment, P> payment,
            Function<LedgerRun.Listed, H> hold,
            RunView<V, P, H> view) {
        List<P> payments = run.payments().stream().map(payment).toList();
        return view.of(
                run.id(),
                run.month().toString(),
                run.kaisu(),
                run.at().atOffset(ZoneOffset.UTC),
                payments.size(),
                run.total(),
                payments,
                run.holds().stream().map(hold).toList(),
                overpaid(run));
    }

    /** The months of a run listed as 過払. */
    public static List<Overpayment> overpaid(LedgerRun run) {
        return run.overpaid().stream()
                .map(x -> new Overpayment(
                        x.entitlement(), x.recipient(), x.month().toString(), x.amount()))
                .toList();
    }

    /**
     * The 送付先 of a 支払通知書: the payee's 住所 as the registry holds it, or {@code null} when the payee is under
     * DV等支援措置 (the notice then goes out without it, through the clerk) or has none.
     */
    public static @Nullable Address address(PaymentRuns.Notice notice) {
        ResidentAddress a = notice.payee().address();
        if (a == null || notice.payee().restricted()) {
            return null;
        }
        return new Address()
                .jushoShikuchosonkodo(a.shikuchosonkodo())
                .jushoChoazakodo(a.choazakodo())
                .jushoTodofuken(a.todofuken())
                .jushoShikugunchosonmei(a.shikugunchosonmei())
                .jushoChoaza(a.choaza())
                .jushoBanchigohyoki(a.banchigohyoki())
                .jushoKatagaki(a.katagaki());
    }

    private static @Nullable String month(@Nullable YearMonth month) {
        return month == null ? null : month.toString();
    }
}
