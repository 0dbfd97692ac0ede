package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log is append-only and tamper-evident: a changed record breaks the verified chain. */
class AuditChainTest extends IntegrationTest {

    private static final String TENANT = newTenantCode();

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChainVerifiesUntilARecordIsAlteredBehindTheApplicationsBack() {
        ApiClient api = api();
        tenants.register(TENANT, "監査試験市", "カンサシケンシ");
        TenantContext.runAs(TENANT, () -> {
            for (int i = 0; i < 5; i++) {
                audit.record(AuditEntry.success(Business.RESIDENT_REGISTRY, "住民の照会", "A" + i, "READ"));
            }
        });
        String auditor = api.token(TENANT, "auditor");
        String verify = "/api/platform/v1/tenants/" + TENANT + "/audit-chain-verification";
        ApiClient.Response ok = api.get(verify, auditor);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("valid").asBoolean()).isTrue();
        assertThat(ok.json().get("recordsChecked").asLong()).isGreaterThanOrEqualTo(5);

        // The application's own role can neither change nor delete records ...
        assertThatThrownBy(() -> jdbc.update(
                        "UPDATE platform.audit_record SET subject = 'X' WHERE tenant_code = ? AND sequence = 2",
                        TENANT))
                .hasMessageContaining("監査ログは追記のみです");
        // ... but someone with the database owner's rights could: the chain shows it.
        jdbc.execute("ALTER TABLE platform.audit_record DISABLE TRIGGER audit_record_append_only");
        try {
            jdbc.update(
                    "UPDATE platform.audit_record SET subject = 'B9' WHERE tenant_code = ? AND sequence = 3", TENANT);
        } finally {
            jdbc.execute("ALTER TABLE platform.audit_record ENABLE TRIGGER audit_record_append_only");
        }
        ApiClient.Response broken = api.get(verify, auditor);
        assertThat(broken.json().get("valid").asBoolean()).isFalse();
        assertThat(broken.json().get("firstBrokenSequence").asLong()).isEqualTo(3);
        assertThat(broken.json().get("detail").asString()).contains("改ざん");
    }

    @Test
    void auditorsQueryTheLogBySubjectAndNonAuditorsMayNot() {
        ApiClient api = api();
        String clerk = api.token(DEMO, "resident-registry:clerk");
        String residents = "/api/resident-registry/v1/tenants/" + DEMO + "/residents";
        String atenabango = api.get(residents + "?size=1", clerk)
                .json()
                .get("items")
                .get(0)
                .get("atenabango")
                .asString();
        api.get(residents + "/" + atenabango, clerk);

        String auditor = api.token(DEMO, "auditor");
        ApiClient.Response found =
                api.get("/api/platform/v1/tenants/" + DEMO + "/audit-records?subject=" + atenabango, auditor);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("items").get(0).get("operation").asString()).isEqualTo("READ");
        assertThat(found.json().get("items").get(0).get("business").asString()).isEqualTo("resident-registry");
        assertThat(found.json().get("items").get(0).get("purpose").asString()).isEqualTo("住民の照会");

        ApiClient.Response refused = api.get("/api/platform/v1/tenants/" + DEMO + "/audit-records", clerk);
        assertThat(refused.status()).isEqualTo(403);
    }
}
