package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/** Platform behaviour through HTTP, as a vendor or a new user meets it. */
class PlatformApiTest extends IntegrationTest {

    @Test
    void healthIsUpWithLivenessAndReadiness() {
        ApiClient api = api();
        assertThat(api.get("/actuator/health", null).json().get("status").asString())
                .isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsAreExposed() {
        ApiClient.Response r = api().get("/actuator/prometheus", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void everyResponseCarriesARequestId() {
        ApiClient.Response r = api().get("/actuator/health", null, "X-Request-Id", "trace-123");
        assertThat(r.header("X-Request-Id")).isEqualTo("trace-123");
    }

    @Test
    void withoutATokenTheApiAnswers401InJapanese() {
        ApiClient.Response r = api().get("/api/resident-registry/v1/tenants/" + DEMO + "/residents", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("unauthorized");
        assertThat(r.json().get("title").asString()).isEqualTo("認証されていません");
        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aDemoClerkSeesTheDemoCitysResidents() {
        ApiClient api = api();
        String token = api.token(DEMO, "resident-registry:clerk");
        ApiClient.Response r = api.get("/api/resident-registry/v1/tenants/" + DEMO + "/residents?size=5", token);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(200);
        assertThat(r.json().get("items")).hasSize(5);
        String atenabango = r.json().get("items").get(0).get("atenabango").asString();
        ApiClient.Response one =
                api.get("/api/resident-registry/v1/tenants/" + DEMO + "/residents/" + atenabango, token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("jusho").get("jusho_shikugunchosonmei").asString())
                .isEqualTo("若葉市");
        String setaibango = one.json().get("setaibango").asString();
        ApiClient.Response household =
                api.get("/api/resident-registry/v1/tenants/" + DEMO + "/households/" + setaibango, token);
        assertThat(household.status()).isEqualTo(200);
        assertThat(household.json().get("members").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void nameSearchIgnoresWidthKanaAndOldCharacterForms() {
        ApiClient api = api();
        String token = api.token(DEMO, "resident-registry:clerk");
        long kanji = total(api, token, "高橋");
        long oldForm = total(api, token, "髙橋");
        long halfWidthKana = total(api, token, "ﾀｶﾊｼ");
        long hiragana = total(api, token, "たかはし");
        assertThat(kanji).isPositive();
        assertThat(oldForm).isEqualTo(kanji);
        assertThat(hiragana).isEqualTo(halfWidthKana).isGreaterThanOrEqualTo(kanji);
    }

    private static long total(ApiClient api, String token, String name) {
        ApiClient.Response r = api.get(
                "/api/resident-registry/v1/tenants/" + DEMO + "/residents?shimei="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                token);
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("page").get("totalElements").asLong();
    }

    @Test
    void aClerkWithoutTheBusinessRoleIsRefused() {
        ApiClient api = api();
        String token = api.token(DEMO, "child-allowance:clerk");
        ApiClient.Response r = api.get("/api/resident-registry/v1/tenants/" + DEMO + "/residents", token);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("code").asString()).isEqualTo("forbidden");
    }

    @Test
    void anotherTenantsDataIsRefusedAndTheRefusalIsAudited() {
        ApiClient api = api();
        String chiyodaClerk = api.token(CHIYODA, "resident-registry:clerk");
        ApiClient.Response r = api.get("/api/resident-registry/v1/tenants/" + DEMO + "/residents", chiyodaClerk);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("code").asString()).isEqualTo("tenant-mismatch");
        assertThat(r.json().get("title").asString()).isEqualTo("他の団体のデータにはアクセスできません");

        String auditor = api.token(CHIYODA, "auditor");
        ApiClient.Response audit = api.get(
                "/api/platform/v1/tenants/" + CHIYODA + "/audit-records?operation=ACCESS_DENIED&subject=tenant:" + DEMO,
                auditor);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("items").size()).isGreaterThanOrEqualTo(1);
        assertThat(audit.json().get("items").get(0).get("outcome").asString()).isEqualTo("DENIED");
        assertThat(audit.json().get("items").get(0).get("actor").asString()).isEqualTo("tester-" + CHIYODA);
    }

    @Test
    void aRefusalIsAuditedForTheTenantReachedForEvenWhenTheCallersTenantIsNotServedHere() {
        ApiClient api = api();
        String outsider = api.token("271004", "resident-registry:clerk"); // 大阪市, not registered here
        assertThat(api.get("/api/resident-registry/v1/tenants/" + DEMO + "/residents", outsider)
                        .status())
                .isEqualTo(403);
        ApiClient.Response audit = api.get(
                "/api/platform/v1/tenants/" + DEMO + "/audit-records?operation=ACCESS_DENIED&subject=tenant:271004",
                api.token(DEMO, "auditor"));
        assertThat(audit.json().get("items").size()).isGreaterThanOrEqualTo(1);
        assertThat(audit.json().get("items").get(0).get("purpose").asString()).isEqualTo("他団体の職員によるアクセス");
    }

    @Test
    void aTokenCannotTellAnUnregisteredTenantFromARegisteredOneItDoesNotHold() {
        ApiClient api = api();
        String chiyodaClerk = api.token(CHIYODA, "resident-registry:clerk");
        String unregistered = newTenantCode(); // valid check digit, never registered
        ApiClient.Response registered =
                api.get("/api/resident-registry/v1/tenants/" + SAPPORO + "/residents", chiyodaClerk);
        ApiClient.Response unknown =
                api.get("/api/resident-registry/v1/tenants/" + unregistered + "/residents", chiyodaClerk);
        assertThat(unknown.status()).isEqualTo(registered.status()).isEqualTo(403);
        assertThat(unknown.json().get("code").asString()).isEqualTo("tenant-mismatch");
        assertThat(unknown.json().has("invalidParams")).isFalse();

        ApiClient.Response audit = api.get(
                "/api/platform/v1/tenants/" + CHIYODA + "/audit-records?operation=ACCESS_DENIED&subject=tenant:"
                        + unregistered,
                api.token(CHIYODA, "auditor"));
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("items").size()).isEqualTo(1);
        assertThat(audit.json().get("items").get(0).get("purpose").asString()).isEqualTo("他団体のデータへのアクセス");
        assertThat(audit.json().get("items").get(0).get("actor").asString()).isEqualTo("tester-" + CHIYODA);
    }

    @Test
    void aTenantCodeWithAWrongCheckDigitIsABadRequestNamingTheField() {
        ApiClient api = api();
        String token = api.token(DEMO, "resident-registry:clerk");
        ApiClient.Response r = api.get("/api/resident-registry/v1/tenants/139997/residents", token);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("invalid-tenant-code");
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("tenantCode");
        assertThat(r.json().get("invalidParams").get(0).get("code").asString()).isEqualTo("check-digit");
    }

    @Test
    void anUnknownTenantIsNotFoundNamingTheField() {
        ApiClient api = api();
        String token = api.token("271004", "resident-registry:clerk");
        ApiClient.Response r = api.get("/api/resident-registry/v1/tenants/271004/residents", token);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("code").asString()).isEqualTo("unknown-tenant");
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("tenantCode");
    }

    @Test
    void anUnknownResidentIsNotFoundInJapanese() {
        ApiClient api = api();
        String token = api.token(DEMO, "resident-registry:clerk");
        ApiClient.Response r =
                api.get("/api/resident-registry/v1/tenants/" + DEMO + "/residents/999999999999999", token);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asString()).contains("見つかりません");
    }
}
