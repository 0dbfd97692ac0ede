package jp.kikan.childrearingallowance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kikan.childrearingallowance.domain.Decision;
import jp.kikan.childrearingallowance.domain.EntitlementFacts;
import jp.kikan.childrearingallowance.domain.InvalidInput;
import jp.kikan.childrearingallowance.domain.PaymentPlan;
import jp.kikan.childrearingallowance.domain.PaymentPlanner;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.payment.PaymentLedger;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.problem.RequestDates;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ResidentSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 支払処理 of 児童扶養手当 for a 支払期月 (児童扶養手当法 第7条第3項): plans every payable 受給資格 with {@link PaymentPlanner} and
 * writes the ledger. Runs of one tenant take turns (a transaction-scoped advisory lock), and the ledger's unique index
 * pays a month of a 受給資格 once as 本払 whatever happens. A run for a 支払期月 that was run before pays only what
 * became owed since (an 追加 run); when nothing did, the last run is the answer.
 */
@Service("childRearingAllowancePaymentRunService")
class PaymentRunService {

    /** A run may be made at the latest for the 支払期月 after the current month (payment data is made ahead). */
    private static final int MONTHS_AHEAD = 1;

    private final ChildRearingAllowanceEntitlements entitlements;
    private final EntitlementService service;
    private final PaymentPlanner planner;
    private final JdbcClient jdbc;
    private final PaymentLedger ledger;
    private final Residents residents;
    private final AuditLog audit;

    PaymentRunService(
            ChildRearingAllowanceEntitlements entitlements,
            EntitlementService service,
            PaymentPlanner planner,
            JdbcClient jdbc,
            Residents residents,
            AuditLog audit) {
        this.entitlements = entitlements;
        this.service = service;
        this.planner = planner;
        this.jdbc = jdbc;
        this.ledger = new PaymentLedger(jdbc, "child_rearing_allowance");
        this.residents = residents;
        this.audit = audit;
    }

    record RunResult(boolean created, RunView run) {}

    record RunView(
            UUID id,
            YearMonth month,
            int kaisu,
            Instant at,
            List<PaymentView> payments,
            List<ExceptionView> exceptions) {}

    record PaymentView(UUID id, UUID entitlement, String recipient, long gross, List<MonthView> months) {}

    record MonthView(YearMonth month, String kind, String decision, long due, long amount) {}

    record ExceptionView(UUID entitlement, String recipient, YearMonth month, String kind, long amount) {}

    /** A notice (支払通知書) of one payment: the payment with the 受給者's name and, unless withheld, address. */
    record Notice(RunView run, PaymentView payment, ResidentSnapshot payee) {}

    @Transactional
    RunResult run(YearMonth month) {
        if (!planner.isPaymentMonth(month)) {
            throw RequestDates.unprocessable(
                    "not-a-payment-month",
                    "shiharai_ym",
                    month + "は支払期月ではありません（" + planner.paymentMonthSource(month) + "）。");
        }
        YearMonth latest = YearMonth.now(RequestDates.JAPAN).plusMonths(MONTHS_AHEAD);
        if (month.isAfter(latest)) {
            throw RequestDates.unprocessable(
                    "payment-month-too-early", "shiharai_ym", month + "の支払処理はまだ行えません（" + latest + "の支払期月まで）。");
        }
        String tenant = TenantContext.require();
        int last = ledger.lockRuns(tenant, month);
        Map<UUID, Map<YearMonth, Long>> paid = ledger.paid(tenant);
        Map<UUID, Map<YearMonth, Long>> overpaid = ledger.lastOverpaid(tenant);
        List<Planned> planned = new ArrayList<>();
        YearMonth through = month.minusMonths(1);
        for (Entitlement e : entitlements.findPayable()) {
            Map<YearMonth, Long> paidOf = paid.getOrDefault(e.id, Map.of());
            if (e.start().isAfter(through) && paidOf.isEmpty()) {
                continue;
            }
            try {
                planned.add(new Planned(e, planner.plan(month, facts(e, paidOf))));
            } catch (InvalidInput invalid) {
                throw ProblemException.unprocessable(
                        "amount-not-computable",
                        "受給資格「" + e.id + "」の額を算定できません: " + invalid.reason(),
                        new InvalidParam("shiharai_ym", invalid.code(), invalid.reason()));
            }
        }
        if (last > 0 && planned.stream().noneMatch(p -> p.plan().pays())) {
            RunView existing = view(tenant, ledger.latestRun(tenant, month));
            audit.record(new AuditEntry(
                    EntitlementService.BUSINESS,
                    "児童扶養手当の支払処理",
                    null,
                    "READ",
                    AuditEntry.Outcome.SUCCESS,
                    "shiharai_ym=" + month + " nothing-new"));
            return new RunResult(false, existing);
        }
        UUID run = ledger.newRun(tenant, month, last + 1, CurrentStaff.actor());
        for (Planned p : planned) {
            write(tenant, run, p, overpaid.getOrDefault(p.entitlement().id, Map.of()));
        }
        return new RunResult(true, view(tenant, run));
    }

    private record Planned(Entitlement entitlement, PaymentPlan plan) {}

    private EntitlementFacts facts(Entitlement e, Map<YearMonth, Long> paid) {
        Set<Integer> years = e.statusReports.stream().map(r -> r.nendo).collect(Collectors.toSet());
        return new EntitlementFacts(
                e.start(), e.end(), e.seikyuYmd, e.recipient(), e.spans(), service.incomes(e), years, paid);
    }

    private void write(String tenant, UUID run, Planned p, Map<YearMonth, Long> overpaidBefore) {
        Entitlement e = p.entitlement();
        PaymentPlan plan = p.plan();
        if (plan.pays()) {
            UUID payment = UUID.randomUUID();
            jdbc.sql("INSERT INTO child_rearing_allowance.payment (tenant_code, id, run_id, entitlement_id,"
                            + " jukyusha_atenabango, shikyugaku) VALUES (:t, :id, :run, :e, :r, :g)")
                    .param("t", tenant)
                    .param("id", payment)
                    .param("run", run)
                    .param("e", e.id)
                    .param("r", e.jukyushaAtenabango)
                    .param("g", plan.gross())
                    .update();
            for (PaymentPlan.Month m : plan.months()) {
                jdbc.sql(
                                "INSERT INTO child_rearing_allowance.payment_month (tenant_code, id, payment_id, entitlement_id,"
                                        + " taisho_ym, kubun, shikyu_kubun, getsugaku, kingaku)"
                                        + " VALUES (:t, :id, :p, :e, :m, :k, :d, :due, :amount)")
                        .param("t", tenant)
                        .param("id", UUID.randomUUID())
                        .param("p", payment)
                        .param("e", e.id)
                        .param("m", m.month().atDay(1))
                        .param("k", m.kind() == PaymentPlan.Month.Kind.FIRST_PAYMENT ? "HONBARAI" : "SAGAKU")
                        .param("d", m.decision() == Decision.FULL ? "ZENBU_SHIKYU" : "ICHIBU_SHIKYU")
                        .param("due", m.due())
                        .param("amount", m.amount())
                        .update();
            }
            audit.record(new AuditEntry(
                    EntitlementService.BUSINESS,
                    "児童扶養手当の支払",
                    e.jukyushaAtenabango,
                    "CREATE",
                    AuditEntry.Outcome.SUCCESS,
                    "months=" + plan.months().size()));
        }
        for (PaymentPlan.Hold h : plan.holds()) {
            exception(
                    tenant,
                    run,
                    e,
                    h.month(),
                    h.reason() == PaymentPlan.Hold.Reason.STATUS_REPORT_MISSING
                            ? "GENKYO_TODOKE_MITEI"
                            : "SHOTOKU_MIKAKUNIN",
                    0);
        }
        for (PaymentPlan.Overpaid o : plan.overpaid()) {
            Long before = overpaidBefore.get(o.month());
            if (before == null || before != o.amount()) {
                exception(tenant, run, e, o.month(), "KABARAI", o.amount());
            }
        }
    }

    private void exception(String tenant, UUID run, Entitlement e, YearMonth month, String kind, long amount) {
        ledger.exception(tenant, run, e.id, e.jukyushaAtenabango, month, kind, amount);
    }

    /** Every run of a 支払期月, first to last. */
    @Transactional(readOnly = true)
    List<RunView> runs(YearMonth month) {
        String tenant = TenantContext.require();
        List<UUID> ids = ledger.runs(tenant, month);
        if (ids.isEmpty()) {
            throw ProblemException.notFound(month + "の支払処理はまだ行われていません。");
        }
        List<RunView> runs = ids.stream().map(id -> view(tenant, id)).toList();
        audit.record(new AuditEntry(
                EntitlementService.BUSINESS,
                "児童扶養手当の支払結果の照会",
                null,
                "READ",
                AuditEntry.Outcome.SUCCESS,
                "shiharai_ym=" + month));
        return runs;
    }

    /** The 支払通知書 of a 支払期月: the payee as the registry knows them now (no address under DV等支援措置). */
    @Transactional(readOnly = true)
    List<Notice> notices(YearMonth month) {
        List<Notice> out = new ArrayList<>();
        for (RunView run : runs(month)) {
            for (PaymentView payment : run.payments()) {
                ResidentSnapshot payee = residents
                        .now(payment.recipient())
                        .orElseThrow(() -> new IllegalStateException("recipient not on the registry"));
                out.add(new Notice(run, payment, payee));
                audit.record(AuditEntry.success(EntitlementService.BUSINESS, "支払通知書の作成", payment.recipient(), "READ"));
            }
        }
        return out;
    }

    private RunView view(String tenant, UUID run) {
        record Header(YearMonth month, int kaisu, Instant at) {}
        Header header = jdbc.sql("SELECT shiharai_ym, kaisu, created_at FROM child_rearing_allowance.payment_run"
                        + " WHERE tenant_code = :t AND id = :id")
                .param("t", tenant)
                .param("id", run)
                .query((rs, n) -> new Header(
                        month(rs, "shiharai_ym"),
                        rs.getInt("kaisu"),
                        rs.getTimestamp("created_at").toInstant()))
                .single();
        Map<UUID, List<MonthView>> months = new HashMap<>();
        jdbc.sql("SELECT m.payment_id, m.taisho_ym, m.kubun, m.shikyu_kubun, m.getsugaku, m.kingaku"
                        + " FROM child_rearing_allowance.payment_month m JOIN child_rearing_allowance.payment p ON p.id = m.payment_id"
                        + " WHERE m.tenant_code = :t AND p.run_id = :run ORDER BY m.taisho_ym, m.kubun")
                .param("t", tenant)
                .param("run", run)
                .query((rs, n) -> months.computeIfAbsent(rs.getObject("payment_id", UUID.class), k -> new ArrayList<>())
                        .add(new MonthView(
                                month(rs, "taisho_ym"),
                                rs.getString("kubun"),
                                rs.getString("shikyu_kubun"),
                                rs.getLong("getsugaku"),
                                rs.getLong("kingaku"))))
                .list();
        List<PaymentView> payments = jdbc.sql("SELECT * FROM child_rearing_allowance.payment WHERE tenant_code = :t"
                        + " AND run_id = :run ORDER BY jukyusha_atenabango")
                .param("t", tenant)
                .param("run", run)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new PaymentView(
                            id,
                            rs.getObject("entitlement_id", UUID.class),
                            rs.getString("jukyusha_atenabango"),
                            rs.getLong("shikyugaku"),
                            months.getOrDefault(id, List.of()));
                })
                .list();
        List<ExceptionView> exceptions = jdbc.sql("SELECT * FROM child_rearing_allowance.payment_exception"
                        + " WHERE tenant_code = :t AND run_id = :run ORDER BY jukyusha_atenabango, taisho_ym")
                .param("t", tenant)
                .param("run", run)
                .query((rs, n) -> new ExceptionView(
                        rs.getObject("entitlement_id", UUID.class),
                        rs.getString("jukyusha_atenabango"),
                        month(rs, "taisho_ym"),
                        rs.getString("kubun"),
                        rs.getLong("kingaku")))
                .list();
        return new RunView(run, header.month(), header.kaisu(), header.at(), payments, exceptions);
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return YearMonth.from(date);
    }
}
