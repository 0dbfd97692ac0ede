package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.platform.tenant.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant isolation is enforced twice: Hibernate filters by the tenant, and PostgreSQL row-level security
 * hides other tenants' rows from any SQL, native queries included, and refuses to write them.
 */
class TenantIsolationTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate tx;

    @BeforeEach
    void setUp() {
        api();
        tx = new TransactionTemplate(transactions);
    }

    private long count(String sql) {
        Long n = tx.execute(s -> jdbc.queryForObject(sql, Long.class));
        return n == null ? -1 : n;
    }

    @Test
    void nativeSqlAsAnotherTenantSeesNoneOfTheDemoCitysResidents() {
        long demo = TenantContext.callAs(DEMO, () -> count("SELECT count(*) FROM resident_registry.resident_record"));
        assertThat(demo).isGreaterThanOrEqualTo(200);
        long asChiyoda = TenantContext.callAs(
                CHIYODA,
                () -> count(
                        "SELECT count(*) FROM resident_registry.resident_record WHERE tenant_code = '" + DEMO + "'"));
        assertThat(asChiyoda).isZero();
        long everythingAsChiyoda =
                TenantContext.callAs(CHIYODA, () -> count("SELECT count(*) FROM resident_registry.resident_record"));
        assertThat(everythingAsChiyoda).isZero();
    }

    @Test
    void nativeSqlCannotWriteRowsOfAnotherTenant() {
        assertThatThrownBy(
                        () -> TenantContext.runAs(
                                CHIYODA,
                                () -> tx.executeWithoutResult(
                                        s -> jdbc.update(
                                                "INSERT INTO resident_registry.resident_record (tenant_code, atenabango, version, shimei, "
                                                        + "shimei_furigana, search_name, search_kana, seinengappi, seibetsu, setaibango, zokugara, "
                                                        + "setainushi, valid_from, recorded_at) VALUES ('" + DEMO
                                                        + "', 'X1', 1, '侵入', 'シンニュウ', "
                                                        + "'侵入', 'シンニュウ', DATE '2000-01-01', '1', 'S1', '世帯主', true, DATE '2000-01-01', now())"))))
                .rootCause()
                .hasMessageContaining("row-level security");
        long updated = TenantContext.callAs(
                CHIYODA,
                () -> tx.execute(s -> (long)
                        jdbc.update("UPDATE resident_registry.resident_record SET shimei = '改ざん' WHERE tenant_code = '"
                                + DEMO + "'")));
        assertThat(updated).isZero();
    }

    @Test
    void withoutABoundTenantTheRestrictedRoleIsNotUsedButRequestsAlwaysBindOne() {
        String role = TenantContext.callAs(
                CHIYODA, () -> tx.execute(s -> jdbc.queryForObject("SELECT current_user", String.class)));
        assertThat(role).isEqualTo("kikan_tenant");
        String setting = TenantContext.callAs(
                CHIYODA,
                () -> tx.execute(s -> jdbc.queryForObject("SELECT current_setting('kikan.tenant')", String.class)));
        assertThat(setting).isEqualTo(CHIYODA);
    }

    @Test
    void aPooledConnectionKeptBoundForOneTenantIsBoundAgainForAnother() {
        Set<String> sessionsOfBoth = new HashSet<>();
        Map<String, String> lastTenantOfSession = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            for (String tenant : List.of(CHIYODA, DEMO, DEMO)) {
                String[] seen = TenantContext.callAs(
                                tenant,
                                () -> tx.execute(s -> jdbc.queryForObject(
                                        "SELECT pg_backend_pid() || ' ' || current_user || ' ' || current_setting('kikan.tenant')",
                                        String.class)))
                        .split(" ");
                assertThat(seen[1]).isEqualTo("kikan_tenant");
                assertThat(seen[2]).isEqualTo(tenant);
                String before = lastTenantOfSession.put(seen[0], tenant);
                if (before != null && !before.equals(tenant)) {
                    sessionsOfBoth.add(seen[0]);
                }
            }
        }
        assertThat(sessionsOfBoth).as("one session served both tenants in turn").isNotEmpty();
    }

    @Test
    void aPooledConnectionLastBoundForATenantIsResetBeforeUseWithoutOne() {
        TenantContext.runAs(CHIYODA, () -> count("SELECT 1"));
        String role = tx.execute(s -> jdbc.queryForObject("SELECT current_user", String.class));
        assertThat(role).isNotEqualTo("kikan_tenant");
        String setting = tx.execute(
                s -> jdbc.queryForObject("SELECT coalesce(current_setting('kikan.tenant', true), '')", String.class));
        assertThat(setting).isEmpty();
    }

    @Test
    void anotherTenantsAuditLogIsInvisible() {
        long demoAudit = TenantContext.callAs(
                DEMO, () -> count("SELECT count(*) FROM platform.audit_record WHERE tenant_code <> '" + DEMO + "'"));
        assertThat(demoAudit).isZero();
    }
}
