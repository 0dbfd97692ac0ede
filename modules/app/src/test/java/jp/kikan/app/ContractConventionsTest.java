package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * What every module gets from the platform's contract conventions: problem documents naming the field,
 * idempotent POSTs, ETag / If-Match, dated legal parameters with tenant overrides, 和暦 input. Uses the
 * platform's own parameter API on a tenant of its own.
 */
class ContractConventionsTest extends IntegrationTest {

    private static final String TENANT = newTenantCode();
    private static final String OVERRIDES = "/api/platform/v1/tenants/" + TENANT + "/parameter-overrides";

    private String admin(ApiClient api) {
        tenants.register(TENANT, "試験市", "シケンシ");
        return api.token(TENANT, "platform:admin");
    }

    private static String[] key() {
        return new String[] {"Idempotency-Key", java.util.UUID.randomUUID().toString()};
    }

    private static String override(String key, String from, String value) {
        return "{\"module\":\"kikan-test\",\"key\":\"" + key + "\",\"effectiveFrom\":\"" + from + "\",\"value\":\""
                + value + "\",\"source\":\"札幌市テスト手数料条例 第2条\"}";
    }

    @Test
    void malformedJsonIsAProblemAndWritesNothing() {
        ApiClient api = api();
        String token = admin(api);
        int before = api.get(OVERRIDES, token).json().size();
        ApiClient.Response r = api.post(OVERRIDES, token, "{\"module\": \"kikan-test\", ", key());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("malformed-request");
        assertThat(r.json().get("title").asString()).isEqualTo("要求の形式が正しくありません");
        assertThat(api.get(OVERRIDES, token).json().size()).isEqualTo(before);
    }

    @Test
    void anImpossibleDateNamesTheField() {
        ApiClient api = api();
        ApiClient.Response r = api.post(OVERRIDES, admin(api), override("ordinance-fee", "2025-02-30", "350"), key());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("effectiveFrom");
    }

    @Test
    void aMissingRequiredFieldIsNamedInJapanese() {
        ApiClient api = api();
        ApiClient.Response r = api.post(
                OVERRIDES,
                admin(api),
                "{\"module\":\"kikan-test\",\"key\":\"ordinance-fee\",\"effectiveFrom\":\"2025-04-01\",\"value\":\"350\"}",
                key());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("source");
        assertThat(r.json().get("invalidParams").get(0).get("reason").asString())
                .matches(".*[ぁ-んァ-ン一-龥].*");
    }

    @Test
    void aNumberTheLawFixesCannotBeOverriddenByOrdinance() {
        ApiClient api = api();
        ApiClient.Response r =
                api.post(OVERRIDES, admin(api), override("national-amount", "2025-04-01", "2000"), key());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").asString()).isEqualTo("parameter-not-overridable");
    }

    @Test
    void aStateChangingPostWithoutAnIdempotencyKeyIsRefusedNamingTheHeaderAndWritesNothing() {
        ApiClient api = api();
        String token = admin(api);
        int before = api.get(OVERRIDES, token).json().size();
        ApiClient.Response r = api.post(OVERRIDES, token, override("ordinance-fee", "2022-04-01", "390"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("Idempotency-Key");
        assertThat(r.json().get("detail").asString()).contains("Idempotency-Key");
        assertThat(api.get(OVERRIDES, token).json().size()).isEqualTo(before);
    }

    @Test
    void repeatingAPostWithTheSameIdempotencyKeyActsOnce() {
        ApiClient api = api();
        String token = admin(api);
        String body = override("ordinance-fee", "2023-04-01", "400");
        ApiClient.Response first = api.post(OVERRIDES, token, body, "Idempotency-Key", "key-2023");
        ApiClient.Response again = api.post(OVERRIDES, token, body, "Idempotency-Key", "key-2023");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));

        ApiClient.Response reused = api.post(
                OVERRIDES, token, override("ordinance-fee", "2023-05-01", "410"), "Idempotency-Key", "key-2023");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        ApiClient api = api();
        String token = admin(api);
        ApiClient.Response created = api.post(OVERRIDES, token, override("ordinance-fee", "2024-04-01", "450"), key());
        assertThat(created.status()).isEqualTo(201);
        String location = created.header("Location");
        String etag = api.get(location, token).header("ETag");
        assertThat(etag).isEqualTo("\"v0\"");

        ApiClient.Response withoutIfMatch = api.put(location, token, override("ordinance-fee", "2024-04-01", "460"));
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        ApiClient.Response updated =
                api.put(location, token, override("ordinance-fee", "2024-04-01", "460"), "If-Match", etag);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"v1\"");
        ApiClient.Response stale =
                api.put(location, token, override("ordinance-fee", "2024-04-01", "470"), "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get(location, token).json().get("value").asString()).isEqualTo("460");
    }

    @Test
    void aParameterResolvesToTheOrdinanceValueInForceWithItsSource() {
        ApiClient api = api();
        String token = admin(api);
        api.post(OVERRIDES, token, override("ordinance-fee", "2026-04-01", "500"), key());
        String path = "/api/platform/v1/tenants/" + TENANT + "/parameters/kikan-test/ordinance-fee?date=";
        ApiClient.Response national = api.get(path + "2001-01-01", token);
        assertThat(national.json().get("value").asString()).isEqualTo("300");
        assertThat(national.json().get("tenantOverride").asBoolean()).isFalse();
        ApiClient.Response local = api.get(path + "2026-11-23", token);
        assertThat(local.json().get("value").asString()).isEqualTo("500");
        assertThat(local.json().get("source").asString()).isEqualTo("札幌市テスト手数料条例 第2条");
        assertThat(local.json().get("tenantOverride").asBoolean()).isTrue();
    }

    @Test
    void warekiConvertsBothWaysAndAnImpossibleWarekiIsAProblem() {
        ApiClient api = api();
        String token = api.token(SAPPORO, "resident-registry:clerk");
        String path = "/api/platform/v1/tenants/" + SAPPORO + "/calendar/conversions?";
        ApiClient.Response toWestern = api.get(path + "wareki=" + enc("令和元年5月1日"), token);
        assertThat(toWestern.status()).isEqualTo(200);
        assertThat(toWestern.json().get("date").asString()).isEqualTo("2019-05-01");
        assertThat(toWestern.json().get("fiscalYearWareki").asString()).isEqualTo("平成31年度");
        ApiClient.Response toWareki = api.get(path + "date=2024-04-01", token);
        assertThat(toWareki.json().get("wareki").asString()).isEqualTo("令和6年4月1日");

        ApiClient.Response impossible = api.get(path + "wareki=" + enc("平成31年5月1日"), token);
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("wareki");
        assertThat(impossible.json().get("invalidParams").get(0).get("code").asString())
                .isEqualTo("wareki-out-of-era");
        ApiClient.Response garbage = api.get(path + "wareki=" + enc("令和六年"), token);
        assertThat(garbage.status()).isEqualTo(400);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
