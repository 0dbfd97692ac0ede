package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, item 1 (ADR 0023): auditing takes no lock other requests of the tenant wait for. Records are queued by a
 * plain insert and sealed into the chain by the sealer shortly after; how long that takes is measured (metrics, the
 * health contributor {@code auditSeal}) and bounded.
 */
class AuditSealingTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    DataSource dataSource;

    @Autowired
    HealthContributorRegistry health;

    @Autowired
    MeterRegistry meters;

    /** A transaction of the tenant's role (row-level security) on a connection of its own, left open. */
    private Connection openTenantTransaction(String tenant) throws Exception {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement set = c.prepareStatement(
                "SELECT set_config('role', 'kikan_tenant', true), set_config('kikan.tenant', ?, true),"
                        + " set_config('statement_timeout', '5s', true)")) {
            set.setString(1, tenant);
            set.execute();
        }
        return c;
    }

    /** What a write's transaction inserts before its commit: its audit record, queued for the sealer. */
    private static void queueRecord(Connection c, String tenant, String subject, String age) throws Exception {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO platform.audit_pending (tenant_code, occurred_at, actor, business, purpose, subject,"
                        + " operation, outcome) VALUES (?, now() - ?::interval, 'test-writer', 'resident-registry',"
                        + " '住民の異動', ?, 'UPDATE', 'SUCCESS')")) {
            insert.setString(1, tenant);
            insert.setString(2, age);
            insert.setString(3, subject);
            insert.executeUpdate();
        }
    }

    private Status sealHealth() {
        return ((HealthIndicator) health.getContributor("auditSeal")).health().getStatus();
    }

    /** The contributor reads what the sealer's last pass measured: wait for a pass to show {@code expected}. */
    private Status awaitSealHealth(Status expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!sealHealth().equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return sealHealth();
    }

    private long pending(String tenant) {
        Long n = jdbc.queryForObject(
                "SELECT count(*) FROM platform.audit_pending WHERE tenant_code = ?", Long.class, tenant);
        return n == null ? 0 : n;
    }

    private void awaitSealed(String tenant) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (pending(tenant) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(pending(tenant))
                .as("records of " + tenant + " left unsealed")
                .isZero();
    }

    @Test
    void readsOfATenantCompleteWhileAWriteOfItAndItsChainHeadAreHeld_andTheHealthShowsTheLag() throws Exception {
        ApiClient api = api();
        String tenant = newTenantCode();
        tenants.register(tenant, "封緘試験市", "フウカンシケンシ");
        String clerk = api.token(tenant, "resident-registry:clerk");
        TenantContext.runAs(
                tenant, () -> audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の照会", "FIRST", "READ")));
        audit.sealPending(); // the tenant's chain head exists

        ExecutorService readers = Executors.newFixedThreadPool(16);
        try (Connection write = openTenantTransaction(tenant);
                Connection otherWrite = openTenantTransaction(tenant);
                Connection head = dataSource.getConnection()) {
            // A write of the tenant has queued its audit record and not committed; a second one does the same
            // meanwhile.
            queueRecord(write, tenant, "HELD-WRITE", "0 s");
            queueRecord(otherWrite, tenant, "OTHER-WRITE", "0 s");
            // Whatever lock sealing takes, held: the chain head row, as a sealer holds it while it seals.
            head.setAutoCommit(false);
            try (PreparedStatement lock = head.prepareStatement(
                    "SELECT last_sequence FROM platform.audit_chain WHERE tenant_code = ? FOR UPDATE")) {
                lock.setString(1, tenant);
                lock.executeQuery().close();
            }
            // Audited reads of the same tenant, 16 at once, each writing its own audit record, all complete.
            String search = "/api/resident-registry/v1/tenants/" + tenant + "/residents?size=5";
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                reads.add(readers.submit(() -> api.get(search, clerk).status()));
            }
            for (Future<Integer> read : reads) {
                assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(200);
            }
            // A committed record an hour old that the sealer cannot reach: the health contributor says so,
            // readiness (which it is not part of) does not.
            try (Connection planted = dataSource.getConnection()) {
                queueRecord(planted, tenant, "AN-HOUR-OLD", "1 hour");
            }
            assertThat(awaitSealHealth(Status.DOWN)).isEqualTo(Status.DOWN);
            assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);

            write.commit();
            otherWrite.commit();
            head.rollback();
        } finally {
            readers.shutdownNow();
        }
        awaitSealed(tenant); // by the scheduled sealer: nobody calls it
        assertThat(awaitSealHealth(Status.UP)).isEqualTo(Status.UP);
        assertThat(jdbc.queryForList(
                        "SELECT subject FROM platform.audit_record WHERE tenant_code = ? AND operation = 'UPDATE'",
                        String.class,
                        tenant))
                .containsExactlyInAnyOrder("HELD-WRITE", "OTHER-WRITE", "AN-HOUR-OLD");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM platform.audit_record WHERE tenant_code = ? AND operation = 'SEARCH'",
                        Long.class,
                        tenant))
                .isEqualTo(16);
    }

    @Test
    void theSealDelayUnderLoadIsMeasuredAndStaysWithinTheHealthLimit() throws Exception {
        ApiClient api = api();
        String tenant = newTenantCode();
        tenants.register(tenant, "負荷試験市", "フカシケンシ");
        String clerk = api.token(tenant, "resident-registry:clerk");
        String search = "/api/resident-registry/v1/tenants/" + tenant + "/residents?size=5";
        int clients = 8;
        Duration load = Duration.ofSeconds(Long.getLong("audit.load.seconds", 5));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Timer passes = meters.get("kikan.audit.seal").timer();
        long passesBefore = passes.count();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        double worstGauge = 0;
        long worstUnsealed = 0;
        try {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (running.get()) {
                        if (api.get(search, clerk).status() == 200) {
                            requests.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
            long end = System.nanoTime() + load.toNanos();
            while (System.nanoTime() < end) {
                worstGauge = Math.max(
                        worstGauge,
                        meters.get("kikan.audit.unsealed.oldest.age").gauge().value());
                worstUnsealed = Math.max(worstUnsealed, (long)
                        meters.get("kikan.audit.unsealed.records").gauge().value());
                Thread.sleep(20);
            }
        } finally {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        awaitSealed(tenant);

        Map<String, Object> delay = jdbc.queryForMap("""
                SELECT count(*) AS n,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sealed_at - occurred_at)) AS p50,
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sealed_at - occurred_at)) AS p99,
                       max(extract(epoch FROM sealed_at - occurred_at)) AS worst
                  FROM platform.audit_record WHERE tenant_code = ?""", tenant);
        Timer delays = meters.get("kikan.audit.seal.delay").timer();
        double p99Meter = 0;
        for (ValueAtPercentile v : delays.takeSnapshot().percentileValues()) {
            if (v.percentile() == 0.99) {
                p99Meter = v.value(TimeUnit.MILLISECONDS);
            }
        }
        double p50 = ((Number) delay.get("p50")).doubleValue() * 1000;
        double p99 = ((Number) delay.get("p99")).doubleValue() * 1000;
        double worst = ((Number) delay.get("worst")).doubleValue() * 1000;
        System.out.printf(
                """

                === Audit seal delay under load: %d clients of audited searches for %d s, seal interval 200 ms ===
                requests: %d (%.0f req/s), failures %d; records sealed: %s
                access to sealing (sealed_at - occurred_at): p50 %.0f ms, p99 %.0f ms, max %.0f ms
                gauges sampled every 20 ms: oldest unsealed age max %.0f ms, unsealed records max %d
                meter kikan.audit.seal.delay (whole test JVM): p99 %.0f ms; \
                kikan.audit.seal: %d passes in the run; whole JVM mean %.1f ms, max %.1f ms (a held head costs a pass 5 s)
                load average: %.2f

                """,
                clients,
                load.toSeconds(),
                requests.get(),
                requests.get() / (double) load.toSeconds(),
                failures.get(),
                delay.get("n"),
                p50,
                p99,
                worst,
                worstGauge * 1000,
                worstUnsealed,
                p99Meter,
                passes.count() - passesBefore,
                passes.mean(TimeUnit.MILLISECONDS),
                passes.max(TimeUnit.MILLISECONDS),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        assertThat(failures.get()).isZero();
        assertThat(((Number) delay.get("n")).longValue()).isGreaterThanOrEqualTo(requests.get());
        // The bound the health contributor reports against (kikan.audit.seal-delay-limit, 30 s).
        assertThat(worst).isLessThan(30_000);
        assertThat(worstGauge).isLessThan(30);
    }
}
