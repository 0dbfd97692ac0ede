package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The verification covers every sealed record of the tenant and finds what someone with the database owner's rights
 * did behind the application's back (ADR 0023): a changed field, a deleted record (in the middle or the last), two
 * records swapped, and a chain rewritten consistently (every hash recomputed, which the unkeyed hash cannot show but
 * the signed head anchored outside the database does). It reports the unsealed tail.
 *
 * <p>The attacks are SQL on the test's own connection, which is the deployment's owner role: row-level security does
 * not apply to it and it may disable the append-only triggers. The application's tenant role can do neither
 * ({@code AuditChainTest}).
 */
class AuditTamperingTest extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    /** A new tenant with a sealed chain of {@code n} records, subjects R1…Rn. */
    private String chainOf(int n) {
        String tenant = newTenantCode();
        tenants.register(tenant, "改ざん試験市", "カイザンシケンシ");
        TenantContext.runAs(tenant, () -> {
            for (int i = 1; i <= n; i++) {
                audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の照会", "R" + i, "READ"));
            }
        });
        audit.sealPending();
        return tenant;
    }

    private JsonNode verify(String tenant) {
        ApiClient api = api();
        ApiClient.Response r = api.get(
                "/api/platform/v1/tenants/" + tenant + "/audit-chain-verification", api.token(tenant, "auditor"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Runs {@code sql} as the database owner with the append-only triggers off. */
    private void asOwnerWithoutTriggers(String... sql) {
        jdbc.execute("ALTER TABLE platform.audit_record DISABLE TRIGGER audit_record_append_only");
        try {
            for (String statement : sql) {
                jdbc.execute(statement);
            }
        } finally {
            jdbc.execute("ALTER TABLE platform.audit_record ENABLE TRIGGER audit_record_append_only");
        }
    }

    private static String where(String tenant, long sequence) {
        return " WHERE tenant_code = '" + tenant + "' AND sequence = " + sequence;
    }

    @Test
    void anUntouchedChainVerifiesEveryRecord() {
        String tenant = chainOf(5);
        JsonNode result = verify(tenant);
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("recordsChecked").asLong()).isEqualTo(5);
        assertThat(result.get("unsealedRecords").asLong()).isZero();
    }

    @Test
    void aChangedFieldIsDetected() {
        String tenant = chainOf(5);
        asOwnerWithoutTriggers(
                "UPDATE platform.audit_record SET occurred_at = occurred_at - interval '1 day'" + where(tenant, 2));
        JsonNode result = verify(tenant);
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenSequence").asLong()).isEqualTo(2);
        assertThat(result.get("detail").asString()).contains("改ざん");
    }

    @Test
    void aDeletedRecordLeavesAGap() {
        String tenant = chainOf(5);
        asOwnerWithoutTriggers("DELETE FROM platform.audit_record" + where(tenant, 3));
        JsonNode result = verify(tenant);
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenSequence").asLong()).isEqualTo(3);
        assertThat(result.get("detail").asString()).contains("連番 3 の記録が欠落");
    }

    @Test
    void aDeletedLastRecordLeavesTheHeadAheadOfTheRecords() {
        String tenant = chainOf(5);
        asOwnerWithoutTriggers("DELETE FROM platform.audit_record" + where(tenant, 5));
        JsonNode result = verify(tenant);
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenSequence").asLong()).isEqualTo(5);
        assertThat(result.get("recordsChecked").asLong()).isEqualTo(4);
    }

    @Test
    void twoSwappedRecordsBreakTheLinks() {
        String tenant = chainOf(5);
        asOwnerWithoutTriggers(
                "UPDATE platform.audit_record SET sequence = -2" + where(tenant, 2),
                "UPDATE platform.audit_record SET sequence = 2" + where(tenant, 4),
                "UPDATE platform.audit_record SET sequence = 4" + where(tenant, -2));
        JsonNode result = verify(tenant);
        assertThat(result.get("valid").asBoolean()).isFalse();
        assertThat(result.get("firstBrokenSequence").asLong()).isEqualTo(2);
        assertThat(result.get("detail").asString()).contains("直前ハッシュ");
    }

    @Test
    void theAnchoredHeadMatchesAnUntouchedChain_andShowsAConsistentRewrite() throws Exception {
        String tenant = chainOf(5);
        JsonNode anchored = awaitAnchoredAt(tenant, 5);
        assertThat(anchored.get("valid").asBoolean()).as(anchored.toString()).isTrue();
        assertThat(anchored.get("anchorMatches").asBoolean()).isTrue();
        assertThat(anchored.get("anchoredAt").asString()).isNotBlank();

        // The attacker changes record 2 and recomputes every hash after it and the head: the algorithm is public,
        // the hash unkeyed, so the chain inside the database is consistent again ...
        audit.sealPending(); // the verifications' own records, so nothing is sealed onto the chain while it is
        // rewritten
        asOwnerWithoutTriggers("UPDATE platform.audit_record SET subject = 'SOMEONE-ELSE'" + where(tenant, 2));
        rehashFrom(tenant, 2);
        JsonNode result = verify(tenant);
        // ... but its head no longer is the one signed outside it.
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.get("anchorMatches").asBoolean()).isFalse();
        assertThat(result.get("anchoredSequence").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(result.get("firstBrokenSequence").asLong())
                .isEqualTo(result.get("anchoredSequence").asLong());
        assertThat(result.get("detail").asString()).contains("外部アンカー").doesNotContain("直前ハッシュ");
    }

    @Test
    void theUnsealedTailIsReported() throws Exception {
        String tenant = chainOf(3);
        try (Connection head = dataSource.getConnection()) {
            // Sealing held off (as an attacker with database rights could, by holding the chain head's row) ...
            head.setAutoCommit(false);
            try (PreparedStatement lock =
                    head.prepareStatement("SELECT 1 FROM platform.audit_chain WHERE tenant_code = ? FOR UPDATE")) {
                lock.setString(1, tenant);
                lock.executeQuery().close();
            }
            TenantContext.runAs(tenant, () -> {
                audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の照会", "T1", "READ"));
                audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の照会", "T2", "READ"));
            });
            // ... the verification covers what is sealed and names the tail it could not cover.
            JsonNode result = verify(tenant);
            assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
            assertThat(result.get("recordsChecked").asLong()).isEqualTo(3);
            assertThat(result.get("unsealedRecords").asLong()).isEqualTo(2);
            assertThat(Instant.parse(result.get("oldestUnsealedAt").asString()))
                    .isBefore(Instant.now().plusSeconds(1));
            assertThat(result.get("detail").asString()).contains("未封緘の記録が 2 件");
            head.rollback();
        }
        JsonNode after = verify(tenant);
        assertThat(after.get("recordsChecked").asLong()).isEqualTo(3 + 2 + 1); // + the first verification's own record
        assertThat(after.get("unsealedRecords").asLong()).isZero();
    }

    /** Polls the verification until the deployment's anchorer (every second in the tests) anchored the head. */
    private JsonNode awaitAnchoredAt(String tenant, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        JsonNode result = verify(tenant);
        // each verification is audited itself, so the head moves on; wait until an anchor covers the first five
        while (result.path("anchoredSequence").asLong(0) < sequence && System.nanoTime() < deadline) {
            Thread.sleep(200);
            result = verify(tenant);
        }
        assertThat(result.path("anchoredSequence").asLong(0))
                .as(result.toString())
                .isGreaterThanOrEqualTo(sequence);
        return result;
    }

    /** What an attacker who knows the (public) algorithm does: recompute every hash from {@code from} on. */
    private void rehashFrom(String tenant, long from) throws Exception {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM platform.audit_record WHERE tenant_code = ? AND sequence >= ? ORDER BY sequence",
                tenant,
                from - 1);
        String previous = (String) rows.get(0).get("hash");
        String last = previous;
        jdbc.execute("ALTER TABLE platform.audit_record DISABLE TRIGGER audit_record_append_only");
        try {
            for (Map<String, Object> row : rows.subList(1, rows.size())) {
                String hash = canonicalHash(row, previous);
                jdbc.update(
                        "UPDATE platform.audit_record SET previous_hash = ?, hash = ? WHERE tenant_code = ?"
                                + " AND sequence = ?",
                        previous,
                        hash,
                        tenant,
                        row.get("sequence"));
                previous = hash;
                last = hash;
            }
        } finally {
            jdbc.execute("ALTER TABLE platform.audit_record ENABLE TRIGGER audit_record_append_only");
        }
        jdbc.update("UPDATE platform.audit_chain SET last_hash = ? WHERE tenant_code = ?", last, tenant);
    }

    private static String canonicalHash(Map<String, Object> row, String previous) throws Exception {
        StringBuilder out = new StringBuilder();
        Instant occurredAt = ((java.sql.Timestamp) row.get("occurred_at")).toInstant();
        for (Object value : new Object[] {
            row.get("sequence").toString(),
            occurredAt.toString(),
            row.get("tenant_code"),
            row.get("actor"),
            row.get("business"),
            row.get("purpose"),
            row.get("subject"),
            row.get("operation"),
            row.get("outcome"),
            row.get("detail"),
            row.get("request_id"),
            previous
        }) {
            String text = value == null ? null : value.toString();
            out.append(text == null ? "-1:" : text.length() + ":" + text).append('|');
        }
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(out.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
