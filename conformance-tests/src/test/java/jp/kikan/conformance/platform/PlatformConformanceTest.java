package jp.kikan.conformance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import jp.kikan.conformance.harness.ApiClient;
import jp.kikan.conformance.harness.ApiResponse;
import jp.kikan.conformance.harness.ConformanceTarget;
import jp.kikan.conformance.harness.Requirement;
import jp.kikan.conformance.harness.RequirementKind;
import org.junit.jupiter.api.Test;

/** The platform requirements every business relies on, checked black-box over HTTP. */
class PlatformConformanceTest {

    private static final String DEMO = ConformanceTarget.DEMO_TENANT;
    private static final String PLATFORM = "/api/platform/v1/tenants/";
    private static final String RESIDENTS = "/api/resident-registry/v1/tenants/" + DEMO + "/residents";

    private final ConformanceTarget target = ConformanceTarget.current();

    @Test
    @Requirement(id = "PLT-0001", title = "ヘルスチェック", business = "platform", kind = RequirementKind.MANDATORY)
    void healthLivenessAndReadinessAreUp() {
        ApiClient anonymous = target.anonymous();
        assertThat(anonymous.get("/actuator/health").jsonBody().path("status").asString())
                .isEqualTo("UP");
        assertThat(anonymous.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    @Requirement(id = "PLT-0002", title = "Bearer 認証", business = "platform", kind = RequirementKind.MANDATORY)
    void anUnauthenticatedRequestGets401AsAProblem() {
        ApiResponse r = target.anonymous().get(RESIDENTS);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(r.jsonBody().path("code").asString()).isEqualTo("unauthorized");
    }

    @Test
    @Requirement(id = "PLT-0003", title = "他団体アクセスの拒否と監査", business = "platform", kind = RequirementKind.MANDATORY)
    void anotherTenantsClerkIsRefusedAndTheRefusalAudited() {
        String other = ConformanceTarget.OTHER_TENANT;
        ApiResponse r =
                target.as("clerk-other", other, "resident-registry:clerk").get(RESIDENTS);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.jsonBody().path("code").asString()).isEqualTo("tenant-mismatch");
        ApiResponse audit = target.as("auditor-other", other, "auditor")
                .get(PLATFORM + other + "/audit-records?operation=ACCESS_DENIED&actor=clerk-other");
        if (audit.status() == 200) {
            assertThat(audit.jsonBody().path("items").size()).isGreaterThanOrEqualTo(1);
        } else {
            // On an external deployment the second tenant may not be registered: the refusal still stands.
            assertThat(audit.status()).isEqualTo(404);
        }
    }

    @Test
    @Requirement(id = "PLT-0004", title = "問題詳細", business = "platform", kind = RequirementKind.MANDATORY)
    void malformedJsonIsAJapaneseProblem() {
        ApiResponse r = target.as("admin-1", DEMO, "platform:admin")
                .send(
                        "POST",
                        PLATFORM + DEMO + "/parameter-overrides",
                        "{\"module\": ",
                        Map.of(
                                "Content-Type",
                                "application/json",
                                "Idempotency-Key",
                                UUID.randomUUID().toString()));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.jsonBody().path("type").asString()).startsWith("urn:kikan:problem:");
        assertThat(r.jsonBody().path("title").asString()).isEqualTo("要求の形式が正しくありません");
    }

    @Test
    @Requirement(id = "PLT-0005", title = "団体コードの検査数字", business = "platform", kind = RequirementKind.MANDATORY)
    void aTenantCodeWithAWrongCheckDigitIsRefusedNamingTheField() {
        String wrong = DEMO.substring(0, 5) + ((DEMO.charAt(5) - '0' + 1) % 10);
        ApiResponse r = target.as("clerk-1", DEMO, "resident-registry:clerk")
                .get("/api/resident-registry/v1/tenants/" + wrong + "/residents");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("tenantCode");
    }

    @Test
    @Requirement(id = "PLT-0006", title = "和暦の変換", business = "platform", kind = RequirementKind.MANDATORY)
    void warekiAndIsoDatesConvertAndAnImpossibleWarekiIsRefused() {
        ApiClient clerk = target.as("clerk-1", DEMO, "resident-registry:clerk");
        ApiResponse ok = clerk.get(PLATFORM + DEMO + "/calendar/conversions?wareki=R1.5.1");
        assertThat(ok.jsonBody().path("date").asString()).isEqualTo("2019-05-01");
        assertThat(ok.jsonBody().path("wareki").asString()).isEqualTo("令和元年5月1日");
        ApiResponse bad = clerk.get(PLATFORM + DEMO + "/calendar/conversions?wareki=H31.5.1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("wareki");
    }

    @Test
    @Requirement(id = "PLT-0007", title = "POST の冪等性", business = "platform", kind = RequirementKind.MANDATORY)
    void aRepeatedPostWithTheSameKeyIsReplayed() {
        ApiClient admin = target.as("admin-1", DEMO, "platform:admin");
        String key = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        Map<String, Object> body = Map.of(
                "module",
                "kikan-conformance",
                "key",
                "none",
                "effectiveFrom",
                "2025-04-01",
                "value",
                "1",
                "source",
                "x");
        ApiResponse first = admin.post(PLATFORM + DEMO + "/parameter-overrides", body, headers);
        ApiResponse again = admin.post(PLATFORM + DEMO + "/parameter-overrides", body, headers);
        assertThat(again.status()).isEqualTo(first.status());
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    @Requirement(
            id = "PLT-0011",
            title = "Idempotency-Key の必須",
            business = "platform",
            kind = RequirementKind.MANDATORY)
    void aStateChangingPostWithoutAnIdempotencyKeyIsRefusedNamingTheHeader() {
        ApiClient admin = target.as("admin-1", DEMO, "platform:admin");
        ApiResponse r = admin.post(
                PLATFORM + DEMO + "/parameter-overrides",
                Map.of(
                        "module",
                        "kikan-conformance",
                        "key",
                        "none",
                        "effectiveFrom",
                        "2025-04-01",
                        "value",
                        "1",
                        "source",
                        "x"));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(r.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("Idempotency-Key");
        assertThat(r.jsonBody().path("detail").asString()).contains("Idempotency-Key");
    }

    @Test
    @Requirement(id = "PLT-0008", title = "If-Match", business = "platform", kind = RequirementKind.MANDATORY)
    void anUpdateWithoutIfMatchIsRefusedWith428OrNotFound() {
        ApiClient admin = target.as("admin-1", DEMO, "platform:admin");
        ApiResponse r = admin.put(
                PLATFORM + DEMO + "/parameter-overrides/" + UUID.randomUUID(),
                Map.of("module", "m", "key", "k", "effectiveFrom", "2025-04-01", "value", "1", "source", "x"));
        // An unknown id is 404 before any precondition; a known one without If-Match is 428.
        assertThat(r.status()).isIn(404, 428);
        assertThat(r.jsonBody().path("code").asString()).isIn("not-found", "precondition-required");
    }

    @Test
    @Requirement(id = "PLT-0009", title = "監査ログの照会と改ざん検証", business = "platform", kind = RequirementKind.MANDATORY)
    void auditorsSeeTheLogAndItsChainVerifies() {
        target.as("clerk-1", DEMO, "resident-registry:clerk").get(RESIDENTS + "?size=1");
        ApiClient auditor = target.as("auditor-1", DEMO, "auditor");
        ApiResponse records = auditor.get(PLATFORM + DEMO + "/audit-records?actor=clerk-1");
        assertThat(records.status()).isEqualTo(200);
        assertThat(records.jsonBody().path("items").size()).isGreaterThanOrEqualTo(1);
        ApiResponse verification = auditor.get(PLATFORM + DEMO + "/audit-chain-verification");
        assertThat(verification.jsonBody().path("valid").asBoolean()).isTrue();
    }

    @Test
    @Requirement(id = "PLT-0010", title = "法定パラメータ", business = "platform", kind = RequirementKind.MANDATORY)
    void anUnknownLegalParameterIsNotFoundInJapanese() {
        ApiResponse r = target.as("clerk-1", DEMO, "resident-registry:clerk")
                .get(PLATFORM + DEMO + "/parameters/no-such-module/no-such-key?date=2026-04-01");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.jsonBody().path("detail").asString()).contains("法定パラメータ");
    }
}
