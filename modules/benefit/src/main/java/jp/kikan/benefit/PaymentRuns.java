package jp.kikan.benefit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.benefit.internal.PaymentLedger;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.Refusal;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.platform.validation.InvalidValueException;
import jp.kikan.residentregistry.ResidentRegistry;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 支払処理 of a benefit for a 支払期月 (ADR 0012, 0015): asks the law for every payable 受給資格 and what the run owes
 * each ({@link Payable#plan}), and writes the ledger. Runs of one tenant and business take turns (a
 * transaction-scoped advisory lock), and the ledger's unique index pays a month of a 受給資格 once as 本払 whatever
 * happens. A run for a 支払期月 that was run before pays only what became owed since (an 追加 run, 回数 2, 3 …); when
 * nothing did, the last run is the answer. Every run, payment, read of the runs and 支払通知書 is audited under the
 * law's business.
 */
@Service
public class PaymentRuns {

    /** A run may be made at the latest for the 支払期月 after the current month (payment data is made ahead). */
    private static final int MONTHS_AHEAD = 1;

    private final PaymentLedger ledger;
    private final ResidentRegistry registry;
    private final AuditLog audit;

    PaymentRuns(PaymentLedger ledger, ResidentRegistry registry, AuditLog audit) {
        this.ledger = ledger;
        this.registry = registry;
        this.audit = audit;
    }

    /** The run made, or the last run of the 支払期月 when nothing new was owed ({@code created} false). */
    public record Outcome(boolean created, LedgerRun run) {}

    /** A notice (支払通知書) of one payment: the payment with the payee as the registry knows them now. */
    public record Notice(LedgerRun run, LedgerRun.Payment payment, ResidentSnapshot payee) {}

    /**
     * Runs the payments of {@code law} for {@code month} in the current tenant.
     *
     * @throws ProblemException 422 {@code not-a-payment-month}, {@code payment-month-too-early} or
     *                          {@code amount-not-computable}
     */
    @Transactional
    public Outcome run(BenefitLaw law, YearMonth month) {
        PaymentSchedule schedule = law.paymentMonths();
        if (!schedule.isPaymentMonth(month)) {
            throw Refusal.of(
                    "not-a-payment-month", "shiharai_ym", month + "は支払期月ではありません（" + schedule.source(month) + "）。");
        }
        YearMonth latest = YearMonth.now(RequestDates.JAPAN).plusMonths(MONTHS_AHEAD);
        if (month.isAfter(latest)) {
            throw Refusal.of("payment-month-too-early", "shiharai_ym", month + "の支払処理はまだ行えません（" + latest + "の支払期月まで）。");
        }
        String tenant = TenantContext.require();
        int last = ledger.lockRuns(tenant, law.business(), month);
        Map<UUID, Map<YearMonth, Long>> paid = ledger.paid(tenant, law.business());
        List<Planned> planned = new ArrayList<>();
        YearMonth through = month.minusMonths(1);
        for (Payable payable : law.payable()) {
            Map<YearMonth, Long> paidOf = paid.getOrDefault(payable.id(), Map.of());
            if (payable.start().isAfter(through) && paidOf.isEmpty()) {
                continue;
            }
            planned.add(new Planned(payable, plan(payable, month, paidOf)));
        }
        String name = law.business().japaneseName();
        if (last > 0 && planned.stream().noneMatch(p -> p.plan().pays())) {
            LedgerRun existing = ledger.run(tenant, latest(tenant, law, month));
            audit.record(new AuditEntry(
                    law.business(),
                    name + "の支払処理",
                    null,
                    "READ",
                    AuditEntry.Outcome.SUCCESS,
                    "shiharai_ym=" + month + " nothing-new"));
            return new Outcome(false, existing);
        }
        UUID run = ledger.newRun(tenant, law.business(), month, last + 1, CurrentStaff.actor());
        Map<UUID, Map<YearMonth, Long>> overpaid = ledger.lastOverpaid(tenant, law.business());
        for (Planned p : planned) {
            write(tenant, law, run, p, overpaid.getOrDefault(p.payable().id(), Map.of()));
        }
        return new Outcome(true, ledger.run(tenant, run));
    }

    private record Planned(Payable payable, Plan plan) {}

    private static Plan plan(Payable payable, YearMonth month, Map<YearMonth, Long> paid) {
        try {
            return payable.plan(month, paid);
        } catch (InvalidValueException invalid) {
            throw ProblemException.unprocessable(
                    "amount-not-computable",
                    "受給資格「" + payable.id() + "」の額を算定できません: " + invalid.reason(),
                    new InvalidParam("shiharai_ym", invalid.code(), invalid.reason()));
        }
    }

    private void write(String tenant, BenefitLaw law, UUID run, Planned p, Map<YearMonth, Long> overpaidBefore) {
        Payable e = p.payable();
        Plan plan = p.plan();
        if (plan.pays()) {
            ledger.pay(tenant, law.business(), run, e.id(), e.recipient(), plan);
            audit.record(new AuditEntry(
                    law.business(),
                    law.business().japaneseName() + "の支払",
                    e.recipient(),
                    "CREATE",
                    AuditEntry.Outcome.SUCCESS,
                    "months=" + plan.months().size()));
        }
        for (Plan.Hold h : plan.holds()) {
            ledger.exception(tenant, law.business(), run, e.id(), e.recipient(), h.month(), h.reason(), h.amount());
        }
        for (MonthsOwed.Overpaid o : plan.overpaid()) {
            Long before = overpaidBefore.get(o.month());
            if (before == null || before != o.amount()) {
                ledger.exception(
                        tenant, law.business(), run, e.id(), e.recipient(), o.month(), LedgerRun.OVERPAID, o.amount());
            }
        }
    }

    private UUID latest(String tenant, BenefitLaw law, YearMonth month) {
        List<UUID> runs = ledger.runs(tenant, law.business(), month);
        if (runs.isEmpty()) {
            throw new IllegalStateException("no payment run for " + month);
        }
        return runs.get(runs.size() - 1);
    }

    /**
     * Every run of a 支払期月, first to last.
     *
     * @throws ProblemException 404 when none ran
     */
    @Transactional(readOnly = true)
    public List<LedgerRun> runs(BenefitLaw law, YearMonth month) {
        String tenant = TenantContext.require();
        List<UUID> ids = ledger.runs(tenant, law.business(), month);
        if (ids.isEmpty()) {
            throw ProblemException.notFound(month + "の支払処理はまだ行われていません。");
        }
        List<LedgerRun> runs = ids.stream().map(id -> ledger.run(tenant, id)).toList();
        audit.record(new AuditEntry(
                law.business(),
                law.business().japaneseName() + "の支払結果の照会",
                null,
                "READ",
                AuditEntry.Outcome.SUCCESS,
                "shiharai_ym=" + month));
        return runs;
    }

    /**
     * The 支払通知書 of a 支払期月: the payee as the registry knows them now, so that a DV等支援措置 that started after the
     * run still withholds the address.
     */
    @Transactional(readOnly = true)
    public List<Notice> notices(BenefitLaw law, YearMonth month) {
        List<Notice> out = new ArrayList<>();
        for (LedgerRun run : runs(law, month)) {
            for (LedgerRun.Payment payment : run.payments()) {
                ResidentSnapshot payee = registry.findCurrent(payment.payee())
                        .orElseThrow(() -> new IllegalStateException("payee not on the registry: " + payment.payee()));
                out.add(new Notice(run, payment, payee));
                audit.record(AuditEntry.success(law.business(), "支払通知書の作成", payment.payee(), "READ"));
            }
        }
        return out;
    }
}
