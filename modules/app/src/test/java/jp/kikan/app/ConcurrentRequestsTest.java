package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No request needs two pooled connections at once (issue 21, defect 1): a read and its audit record share the
 * read's transaction, so three times the pool's size of concurrent audited reads all succeed instead of parking
 * every thread in the pool. The audit record of a write commits or rolls back with it; a refusal is kept either way.
 */
class ConcurrentRequestsTest extends IntegrationTest {

    private static final String TENANT = newTenantCode();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    PlatformTransactionManager transactions;

    private int poolSize() throws java.sql.SQLException {
        return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
    }

    @Test
    void threeTimesThePoolOfConcurrentAuditedReadsAllSucceed() throws Exception {
        ApiClient api = api();
        tenants.register(TENANT, "同時試験市", "ドウジシケンシ");
        String clerk = api.token(TENANT, "resident-registry:clerk");
        String base = "/api/resident-registry/v1/tenants/" + TENANT;
        ApiClient.Response moved = api.post(
                base + "/move-ins",
                clerk,
                """
                {"idoymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"同時試験市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"1番1号"},
                 "members":[{"shimei":{"shimei":"同時　読子","shimei_furigana":"ドウジ　ヨミコ"},"seinengappi":"1980-02-03",
                             "seibetsu":"2","zokugara":"世帯主"}]}""".formatted(TENANT),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);
        String atenabango =
                moved.json().get("residents").get(0).get("atenabango").asString();
        long auditedBefore = auditedReads(atenabango);

        int clients = 3 * poolSize();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return api.get(base + "/residents/" + atenabango, clerk).status();
                }));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(auditedReads(atenabango) - auditedBefore).isEqualTo(clients);
    }

    private long auditedReads(String subject) {
        audit.sealPending();
        Long n = jdbc.queryForObject(
                "SELECT count(*) FROM platform.audit_record WHERE tenant_code = ? AND subject = ? AND operation = 'READ'"
                        + " AND actor = ?",
                Long.class,
                TENANT,
                subject,
                "tester-" + TENANT); // the clerk's reads, not those of the event listeners reacting to the 転入
        return n == null ? 0 : n;
    }

    @Test
    void aRolledBackTransactionLeavesNoRecordOfWhatItDid_butItsRefusalsStay() {
        String tenant = newTenantCode();
        tenants.register(tenant, "巻戻試験市", "マキモドシシケンシ");
        TenantContext.runAs(tenant, () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の異動", "ROLLED-BACK", "UPDATE"));
            audit.record(new AuditEntry(
                    Business.RESIDENT_REGISTRY,
                    "住民票の写しの交付",
                    "REFUSED",
                    "CERTIFICATE_ISSUE",
                    AuditEntry.Outcome.DENIED,
                    null));
            status.setRollbackOnly();
        }));
        TenantContext.runAs(tenant, () -> new TransactionTemplate(transactions)
                .executeWithoutResult(status ->
                        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の異動", "COMMITTED", "UPDATE"))));
        audit.sealPending();
        List<String> recorded = jdbc.queryForList(
                "SELECT subject FROM platform.audit_record WHERE tenant_code = ? ORDER BY sequence",
                String.class,
                tenant);
        assertThat(recorded).containsExactly("REFUSED", "COMMITTED");

        ApiClient api = api();
        ApiClient.Response verified = api.get(
                "/api/platform/v1/tenants/" + tenant + "/audit-chain-verification", api.token(tenant, "auditor"));
        assertThat(verified.json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void readsOfATenantCompleteWhileOneOfItsWriteTransactionsHoldsItsAuditOpen() throws Exception {
        ApiClient api = api();
        String tenant = newTenantCode();
        tenants.register(tenant, "保留試験市", "ホリュウシケンシ");
        String auditor = api.token(tenant, "auditor");
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> held = writer.submit(() -> TenantContext.runAs(
                    tenant, () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の異動", "HELD", "UPDATE"));
                        jdbc.queryForList("SELECT 1"); // the transaction holds its connection
                        recorded.countDown();
                        try {
                            release.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    })));
            recorded.await();
            // Audited reads of the same tenant (each writes its own audit record) do not wait for the open write.
            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                ApiClient.Response read = api.get("/api/platform/v1/tenants/" + tenant + "/audit-records", auditor);
                assertThat(read.status()).isEqualTo(200);
            }
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(java.time.Duration.ofSeconds(10));
            release.countDown();
            held.get();
        } finally {
            release.countDown();
            writer.shutdownNow();
        }
        audit.sealPending();
        assertThat(jdbc.queryForList(
                        "SELECT subject FROM platform.audit_record WHERE tenant_code = ? AND subject = 'HELD'",
                        String.class,
                        tenant))
                .hasSize(1);
    }
}
