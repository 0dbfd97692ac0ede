package jp.kikan.benefit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.benefit.LedgerRun;
import jp.kikan.benefit.MonthsOwed;
import jp.kikan.benefit.Plan;
import jp.kikan.platform.Business;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payment ledger (ADR 0012, 0015) in the schema {@code benefit}, one set of tables for every paying business,
 * each row with its 業務コード ({@code gyomu_code}) and tenant: payment runs per 支払期月, payments, the months paid
 * (本払 once, then 差額), the deductions, and the exceptions a run lists (held months, 過払).
 */
@Repository
public class PaymentLedger {

    private final JdbcClient jdbc;

    PaymentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes the payment runs of the tenant and business take turns (a lock until the caller's transaction ends) and
     * returns the number of the last run of {@code paymentMonth} ({@code 0} when none ran).
     */
    public int lockRuns(String tenant, Business business, YearMonth paymentMonth) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .param("key", tenant + ":" + business.code() + ":payment-run")
                .query()
                .listOfRows();
        return jdbc.sql("SELECT coalesce(max(kaisu), 0) FROM benefit.payment_run"
                        + " WHERE tenant_code = :t AND gyomu_code = :g AND shiharai_ym = :m")
                .param("t", tenant)
                .param("g", business.code())
                .param("m", paymentMonth.atDay(1))
                .query(Integer.class)
                .single();
    }

    /** Records run number {@code kaisu} of {@code paymentMonth}, made now by {@code actor}; returns its id. */
    public UUID newRun(String tenant, Business business, YearMonth paymentMonth, int kaisu, String actor) {
        UUID run = UUID.randomUUID();
        jdbc.sql("INSERT INTO benefit.payment_run (tenant_code, id, gyomu_code, shiharai_ym, kaisu, created_at,"
                        + " created_by) VALUES (:t, :id, :g, :m, :k, :at, :by)")
                .param("t", tenant)
                .param("id", run)
                .param("g", business.code())
                .param("m", paymentMonth.atDay(1))
                .param("k", kaisu)
                .param("at", Timestamp.from(Instant.now()))
                .param("by", actor)
                .update();
        return run;
    }

    /** What was paid so far, per 受給資格 and month (本払 and 差額 together). */
    public Map<UUID, Map<YearMonth, Long>> paid(String tenant, Business business) {
        Map<UUID, Map<YearMonth, Long>> out = new HashMap<>();
        jdbc.sql("SELECT entitlement_id, taisho_ym, sum(kingaku) AS paid FROM benefit.payment_month"
                        + " WHERE tenant_code = :t AND gyomu_code = :g GROUP BY entitlement_id, taisho_ym")
                .param("t", tenant)
                .param("g", business.code())
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getObject("entitlement_id", UUID.class), k -> new HashMap<>())
                            .put(month(rs, "taisho_ym"), rs.getLong("paid"));
                    return 0;
                })
                .list();
        return out;
    }

    /** The 過払 last listed per 受給資格 and month, so that an unchanged one is not listed again. */
    public Map<UUID, Map<YearMonth, Long>> lastOverpaid(String tenant, Business business) {
        Map<UUID, Map<YearMonth, Long>> out = new HashMap<>();
        jdbc.sql("SELECT DISTINCT ON (x.entitlement_id, x.taisho_ym) x.entitlement_id, x.taisho_ym, x.kingaku"
                        + " FROM benefit.payment_exception x JOIN benefit.payment_run r ON r.id = x.run_id"
                        + " WHERE x.tenant_code = :t AND x.gyomu_code = :g AND x.kubun = :k"
                        + " ORDER BY x.entitlement_id, x.taisho_ym, r.created_at DESC")
                .param("t", tenant)
                .param("g", business.code())
                .param("k", LedgerRun.OVERPAID)
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getObject("entitlement_id", UUID.class), k -> new HashMap<>())
                            .put(month(rs, "taisho_ym"), rs.getLong("kingaku"));
                    return 0;
                })
                .list();
        return out;
    }

    /** Writes the payment of {@code plan} in {@code run}: the payment, its months and its deductions. */
    public void pay(String tenant, Business business, UUID run, UUID entitlement, String recipient, Plan plan) {
        UUID payment = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO benefit.payment (tenant_code, id, gyomu_code, run_id, entitlement_id, jukyusha_atenabango,"
                                + " shiharaisaki_atenabango, shiharai_kubun, shikyugaku, kojogaku, furikomigaku)"
                                + " VALUES (:t, :id, :g, :run, :e, :r, :p, :k, :gross, :d, :n)")
                .param("t", tenant)
                .param("id", payment)
                .param("g", business.code())
                .param("run", run)
                .param("e", entitlement)
                .param("r", recipient)
                .param("p", plan.payee())
                .param("k", plan.kind().name())
                .param("gross", plan.gross())
                .param("d", plan.deducted())
                .param("n", plan.net())
                .update();
        for (Plan.Month m : plan.months()) {
            jdbc.sql("INSERT INTO benefit.payment_month (tenant_code, id, gyomu_code, payment_id, entitlement_id,"
                            + " taisho_ym, kubun, shikyu_kubun, getsugaku, kingaku)"
                            + " VALUES (:t, :id, :g, :p, :e, :m, :k, :decision, :due, :amount)")
                    .param("t", tenant)
                    .param("id", UUID.randomUUID())
                    .param("g", business.code())
                    .param("p", payment)
                    .param("e", entitlement)
                    .param("m", m.month().atDay(1))
                    .param("k", m.kind() == MonthsOwed.Kind.FIRST_PAYMENT ? "HONBARAI" : "SAGAKU")
                    .param("decision", m.decision())
                    .param("due", m.due())
                    .param("amount", m.amount())
                    .update();
        }
        for (Plan.Deduction d : plan.deductions()) {
            jdbc.sql("INSERT INTO benefit.payment_deduction (tenant_code, id, gyomu_code, payment_id, source_id, kubun,"
                            + " taisho_ym, kingaku) VALUES (:t, :id, :g, :p, :s, :k, :m, :amount)")
                    .param("t", tenant)
                    .param("id", UUID.randomUUID())
                    .param("g", business.code())
                    .param("p", payment)
                    .param("s", d.source())
                    .param("k", d.kind())
                    .param("m", d.month().atDay(1))
                    .param("amount", d.amount())
                    .update();
        }
    }

    /** Lists an exception of a run: a month held back ({@code kind} the reason) or a 過払 ({@code KABARAI}). */
    public void exception(
            String tenant,
            Business business,
            UUID run,
            UUID entitlement,
            String recipient,
            YearMonth month,
            String kind,
            long amount) {
        jdbc.sql("INSERT INTO benefit.payment_exception (tenant_code, id, gyomu_code, run_id, entitlement_id,"
                        + " jukyusha_atenabango, taisho_ym, kubun, kingaku)"
                        + " VALUES (:t, :id, :g, :run, :e, :r, :m, :k, :amount)")
                .param("t", tenant)
                .param("id", UUID.randomUUID())
                .param("g", business.code())
                .param("run", run)
                .param("e", entitlement)
                .param("r", recipient)
                .param("m", month.atDay(1))
                .param("k", kind)
                .param("amount", amount)
                .update();
    }

    /** The runs of a 支払期月, first to last (empty when none ran). */
    public List<UUID> runs(String tenant, Business business, YearMonth paymentMonth) {
        return jdbc.sql("SELECT id FROM benefit.payment_run WHERE tenant_code = :t AND gyomu_code = :g"
                        + " AND shiharai_ym = :m ORDER BY kaisu")
                .param("t", tenant)
                .param("g", business.code())
                .param("m", paymentMonth.atDay(1))
                .query(UUID.class)
                .list();
    }

    /** One run with its payments and listed months. */
    public LedgerRun run(String tenant, UUID run) {
        record Header(YearMonth month, int kaisu, Instant at) {}
        Header header = jdbc.sql("SELECT shiharai_ym, kaisu, created_at FROM benefit.payment_run"
                        + " WHERE tenant_code = :t AND id = :id")
                .param("t", tenant)
                .param("id", run)
                .query((rs, n) -> new Header(
                        month(rs, "shiharai_ym"),
                        rs.getInt("kaisu"),
                        rs.getTimestamp("created_at").toInstant()))
                .single();
        Map<UUID, List<LedgerRun.PaidMonth>> months = new HashMap<>();
        jdbc.sql("SELECT m.payment_id, m.taisho_ym, m.kubun, m.shikyu_kubun, m.getsugaku, m.kingaku"
                        + " FROM benefit.payment_month m JOIN benefit.payment p ON p.id = m.payment_id"
                        + " WHERE m.tenant_code = :t AND p.run_id = :run ORDER BY m.taisho_ym, m.kubun")
                .param("t", tenant)
                .param("run", run)
                .query((rs, n) -> months.computeIfAbsent(rs.getObject("payment_id", UUID.class), k -> new ArrayList<>())
                        .add(new LedgerRun.PaidMonth(
                                month(rs, "taisho_ym"),
                                rs.getString("kubun"),
                                rs.getString("shikyu_kubun"),
                                rs.getLong("getsugaku"),
                                rs.getLong("kingaku"))))
                .list();
        Map<UUID, List<LedgerRun.Deduction>> deductions = new HashMap<>();
        jdbc.sql("SELECT d.payment_id, d.kubun, d.taisho_ym, d.kingaku FROM benefit.payment_deduction d"
                        + " JOIN benefit.payment p ON p.id = d.payment_id"
                        + " WHERE d.tenant_code = :t AND p.run_id = :run ORDER BY d.taisho_ym, d.kubun")
                .param("t", tenant)
                .param("run", run)
                .query((rs, n) -> deductions
                        .computeIfAbsent(rs.getObject("payment_id", UUID.class), k -> new ArrayList<>())
                        .add(new LedgerRun.Deduction(
                                rs.getString("kubun"), month(rs, "taisho_ym"), rs.getLong("kingaku"))))
                .list();
        List<LedgerRun.Payment> payments = jdbc.sql("SELECT * FROM benefit.payment WHERE tenant_code = :t"
                        + " AND run_id = :run ORDER BY jukyusha_atenabango")
                .param("t", tenant)
                .param("run", run)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new LedgerRun.Payment(
                            id,
                            rs.getObject("entitlement_id", UUID.class),
                            rs.getString("jukyusha_atenabango"),
                            rs.getString("shiharaisaki_atenabango"),
                            rs.getString("shiharai_kubun"),
                            rs.getLong("shikyugaku"),
                            rs.getLong("kojogaku"),
                            rs.getLong("furikomigaku"),
                            months.getOrDefault(id, List.of()),
                            deductions.getOrDefault(id, List.of()));
                })
                .list();
        List<LedgerRun.Listed> listed = jdbc.sql("SELECT * FROM benefit.payment_exception"
                        + " WHERE tenant_code = :t AND run_id = :run ORDER BY jukyusha_atenabango, taisho_ym")
                .param("t", tenant)
                .param("run", run)
                .query((rs, n) -> new LedgerRun.Listed(
                        rs.getObject("entitlement_id", UUID.class),
                        rs.getString("jukyusha_atenabango"),
                        month(rs, "taisho_ym"),
                        rs.getString("kubun"),
                        rs.getLong("kingaku")))
                .list();
        return new LedgerRun(run, header.month(), header.kaisu(), header.at(), payments, listed);
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        return YearMonth.from(rs.getObject(column, LocalDate.class));
    }
}
