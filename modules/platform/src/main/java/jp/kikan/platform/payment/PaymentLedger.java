package jp.kikan.platform.payment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries of a benefit's payment ledger (ADR 0012), over the tables {@code payment_run}, {@code payment_month} and
 * {@code payment_exception} of the module's schema, for one tenant: what was paid per 受給資格 and month, the last 過払
 * listed, the runs of a 支払期月 (taking turns, numbered), and an exception of a run. The module writes its payments
 * itself (their other columns are its own).
 */
public final class PaymentLedger {

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;
    private final String schema;

    /** The ledger in {@code schema} (a plain schema name: it is written into the SQL). */
    public PaymentLedger(JdbcClient jdbc, String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a schema name: " + schema);
        }
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /**
     * Makes the payment runs of the tenant take turns (a lock until the caller's transaction ends) and returns the
     * number of the last run of {@code paymentMonth} ({@code 0} when none ran).
     */
    public int lockRuns(String tenant, YearMonth paymentMonth) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .param("key", tenant + ":" + schema + ":payment-run")
                .query()
                .listOfRows();
        return jdbc.sql("SELECT coalesce(max(kaisu), 0) FROM " + schema + ".payment_run"
                        + " WHERE tenant_code = :t AND shiharai_ym = :m")
                .param("t", tenant)
                .param("m", paymentMonth.atDay(1))
                .query(Integer.class)
                .single();
    }

    /** Records run number {@code kaisu} of {@code paymentMonth}, made now by {@code actor}; returns its id. */
    public UUID newRun(String tenant, YearMonth paymentMonth, int kaisu, String actor) {
        UUID run = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + schema + ".payment_run (tenant_code, id, shiharai_ym, kaisu, created_at, created_by)"
                        + " VALUES (:t, :id, :m, :k, :at, :by)")
                .param("t", tenant)
                .param("id", run)
                .param("m", paymentMonth.atDay(1))
                .param("k", kaisu)
                .param("at", Timestamp.from(Instant.now()))
                .param("by", actor)
                .update();
        return run;
    }

    /** What was paid so far, per 受給資格 and month (本払 and 差額 together). */
    public Map<UUID, Map<YearMonth, Long>> paid(String tenant) {
        Map<UUID, Map<YearMonth, Long>> out = new HashMap<>();
        jdbc.sql("SELECT entitlement_id, taisho_ym, sum(kingaku) AS paid FROM " + schema + ".payment_month"
                        + " WHERE tenant_code = :t GROUP BY entitlement_id, taisho_ym")
                .param("t", tenant)
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getObject("entitlement_id", UUID.class), k -> new HashMap<>())
                            .put(YearMonth.from(rs.getObject("taisho_ym", LocalDate.class)), rs.getLong("paid"));
                    return 0;
                })
                .list();
        return out;
    }

    /** The 過払 last listed per 受給資格 and month, so that an unchanged one is not listed again. */
    public Map<UUID, Map<YearMonth, Long>> lastOverpaid(String tenant) {
        Map<UUID, Map<YearMonth, Long>> out = new HashMap<>();
        jdbc.sql("SELECT DISTINCT ON (x.entitlement_id, x.taisho_ym) x.entitlement_id, x.taisho_ym, x.kingaku"
                        + " FROM " + schema + ".payment_exception x JOIN " + schema
                        + ".payment_run r ON r.id = x.run_id"
                        + " WHERE x.tenant_code = :t AND x.kubun = 'KABARAI'"
                        + " ORDER BY x.entitlement_id, x.taisho_ym, r.created_at DESC")
                .param("t", tenant)
                .query((rs, n) -> {
                    out.computeIfAbsent(rs.getObject("entitlement_id", UUID.class), k -> new HashMap<>())
                            .put(YearMonth.from(rs.getObject("taisho_ym", LocalDate.class)), rs.getLong("kingaku"));
                    return 0;
                })
                .list();
        return out;
    }

    /** Lists an exception of a run: a month held back ({@code kind} the reason) or a 過払 ({@code KABARAI}). */
    public void exception(
            String tenant, UUID run, UUID entitlement, String recipient, YearMonth month, String kind, long amount) {
        jdbc.sql(
                        "INSERT INTO " + schema + ".payment_exception (tenant_code, id, run_id, entitlement_id,"
                                + " jukyusha_atenabango, taisho_ym, kubun, kingaku) VALUES (:t, :id, :run, :e, :r, :m, :k, :amount)")
                .param("t", tenant)
                .param("id", UUID.randomUUID())
                .param("run", run)
                .param("e", entitlement)
                .param("r", recipient)
                .param("m", month.atDay(1))
                .param("k", kind)
                .param("amount", amount)
                .update();
    }

    /** The runs of a 支払期月, first to last (empty when none ran). */
    public List<UUID> runs(String tenant, YearMonth paymentMonth) {
        return jdbc.sql("SELECT id FROM " + schema + ".payment_run WHERE tenant_code = :t AND shiharai_ym = :m"
                        + " ORDER BY kaisu")
                .param("t", tenant)
                .param("m", paymentMonth.atDay(1))
                .query(UUID.class)
                .list();
    }

    /** The last run of a 支払期月 (there must be one). */
    public UUID latestRun(String tenant, YearMonth paymentMonth) {
        List<UUID> runs = runs(tenant, paymentMonth);
        if (runs.isEmpty()) {
            throw new IllegalStateException("no payment run for " + paymentMonth);
        }
        return runs.get(runs.size() - 1);
    }
}
