package jp.kikan.conformance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.conformance.harness.ApiClient;
import jp.kikan.conformance.harness.ApiResponse;
import jp.kikan.conformance.harness.ConformanceTarget;
import jp.kikan.conformance.harness.Requirement;
import jp.kikan.conformance.harness.RequirementKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
            id = "PLT-0015",
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

    @Test
    @Requirement(id = "PLT-0011", title = "契約の制約に反するパラメータ", business = "platform", kind = RequirementKind.MANDATORY)
    void aParameterOutsideTheContractIsA400NamingIt() {
        ApiClient clerk = target.as("clerk-1", DEMO, "resident-registry:clerk");
        assertNamesParameter(clerk.get(RESIDENTS + "?size=500"), "size");
        assertNamesParameter(clerk.get(RESIDENTS + "?page=-1"), "page");
        assertNamesParameter(clerk.get(RESIDENTS + "?juminhyocode=abc"), "juminhyocode");
        assertNamesParameter(clerk.get(RESIDENTS + "/1234567890123456"), "atenabango");
        assertNamesParameter(
                target.as("reader-1", DEMO, "events:reader").get(PLATFORM + DEMO + "/events?limit=100000"), "limit");
    }

    @Test
    @Requirement(id = "PLT-0012", title = "サーバが拒否する要求の問題詳細", business = "platform", kind = RequirementKind.MANDATORY)
    void requestsRefusedBeforeAnyControllerAreJapaneseProblems() {
        String bearer = "Bearer " + target.tokens().token("clerk-1", DEMO, List.of("resident-registry:clerk"));
        // Raw UTF-8 in the query, as `curl '...?shimei=たかはし'` sends it; an encoded slash and NUL; a ../ segment.
        for (String path : List.of(
                RESIDENTS + "?shimei=たかはし",
                RESIDENTS + "/12%2F34",
                RESIDENTS + "/12%0034",
                RESIDENTS + "/../../../../platform/v1/tenants/" + DEMO + "/audit-records")) {
            RawRequest.Answer answer = RawRequest.get(target.baseUrl(), path, bearer);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertJapaneseProblem(path, answer.contentType(), answer.body(), 400);
        }
        ApiClient clerk = target.as("clerk-1", DEMO, "resident-registry:clerk");
        ApiResponse unknownPath = clerk.get("/api/resident-registry/v1/tenants/" + DEMO + "/no-such-resource");
        assertJapaneseProblem("unknown path", unknownPath.contentType().orElse(""), unknownPath.body(), 404);
        ApiResponse method = clerk.delete(RESIDENTS, Map.of());
        assertJapaneseProblem("DELETE", method.contentType().orElse(""), method.body(), 405);
        ApiResponse accept = clerk.get(RESIDENTS, Map.of("Accept", "text/csv"));
        assertJapaneseProblem("Accept: text/csv", accept.contentType().orElse(""), accept.body(), 406);
    }

    @Test
    @Requirement(id = "PLT-0013", title = "要求本文の未定義項目の拒否", business = "platform", kind = RequirementKind.MANDATORY)
    void aFieldTheContractDoesNotDefineIsRefusedNamingIt() {
        ApiResponse r = target.as("admin-1", DEMO, "platform:admin")
                .post(
                        PLATFORM + DEMO + "/parameter-overrides",
                        Map.of(
                                "module", "kikan-conformance",
                                "key", "none",
                                "effectiveFrom", "2025-04-01",
                                "value", "1",
                                "source", "x",
                                "sorce_note", "綴り誤り"),
                        Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("sorce_note");
    }

    @Test
    @Requirement(id = "PLT-0014", title = "団体の登録有無を明かさない", business = "platform", kind = RequirementKind.MANDATORY)
    void aTenantTheTokenDoesNotHoldIsRefusedAlikeWhetherServedOrNot() {
        ApiClient clerk = target.as("clerk-enum", DEMO, "resident-registry:clerk");
        String unserved = unservedTenantCode();
        ApiResponse served =
                clerk.get("/api/resident-registry/v1/tenants/" + ConformanceTarget.OTHER_TENANT + "/residents");
        ApiResponse notServed = clerk.get("/api/resident-registry/v1/tenants/" + unserved + "/residents");
        assertThat(notServed.status()).isEqualTo(served.status()).isEqualTo(403);
        assertThat(notServed.jsonBody().path("code").asString())
                .isEqualTo(served.jsonBody().path("code").asString())
                .isEqualTo("tenant-mismatch");
        ApiResponse audit = target.as("auditor-1", DEMO, "auditor")
                .get(PLATFORM + DEMO + "/audit-records?operation=ACCESS_DENIED&subject=tenant:" + unserved);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.jsonBody().path("items").size()).isGreaterThanOrEqualTo(1);
    }

    private static void assertNamesParameter(ApiResponse r, String name) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(r.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo(name);
    }

    private void assertJapaneseProblem(String what, String contentType, String body, int status) {
        assertThat(contentType).as(what + ": " + body).startsWith("application/problem+json");
        JsonNode problem = target.json().readTree(body);
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("type").asString()).as(what).startsWith("urn:kikan:problem:");
        assertThat(problem.path("title").asString())
                .as(what)
                .matches("(?s).*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*");
    }

    /** A 団体コード with a right check digit (総務省, weights 6-5-4-3-2) that no municipality has: 沖縄県 (47) 900-999. */
    private static String unservedTenantCode() {
        String five = "47" + (900 + new java.util.Random().nextInt(100));
        int[] weights = {6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (five.charAt(i) - '0') * weights[i];
        }
        return five + (11 - sum % 11) % 10;
    }
}
