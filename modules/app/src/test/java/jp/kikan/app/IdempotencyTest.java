package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An {@code Idempotency-Key}'s record commits in the business transaction (issue 21, defect 3): a crash can leave a
 * key replayable or free, never refused while its change committed; a repeat is recognised by the JSON it carries,
 * not its bytes; a replay is given only to a member who still holds the roles the first request was made with.
 */
class IdempotencyTest extends IntegrationTest {

    private static final String TENANT = newTenantCode();
    private static final String OVERRIDES = "/api/platform/v1/tenants/" + TENANT + "/parameter-overrides";

    @Autowired
    JdbcTemplate jdbc;

    private String admin(ApiClient api, String... moreRoles) {
        tenants.register(TENANT, "冪等試験市", "ベキトウシケンシ");
        String[] roles = new String[moreRoles.length + 1];
        roles[0] = "platform:admin";
        System.arraycopy(moreRoles, 0, roles, 1, moreRoles.length);
        return api.token(TENANT, roles);
    }

    private static String override(String from, String value) {
        return "{\"module\":\"kikan-test\",\"key\":\"ordinance-fee\",\"effectiveFrom\":\"" + from + "\",\"value\":\""
                + value + "\",\"source\":\"札幌市テスト手数料条例 第2条\"}";
    }

    @Test
    void theKeysRecordIsWrittenByTheTransactionThatMadeTheChange() {
        ApiClient api = api();
        ApiClient.Response created =
                api.post(OVERRIDES, admin(api), override("2019-04-01", "310"), "Idempotency-Key", "atomic-2019");
        assertThat(created.status()).isEqualTo(201);
        // xmin is the id of the transaction that wrote a row version: one transaction wrote both.
        String change = jdbc.queryForObject(
                "SELECT xmin::text FROM platform.parameter_override WHERE tenant_code = ? AND effective_from = '2019-04-01'",
                String.class,
                TENANT);
        String key = jdbc.queryForObject(
                "SELECT xmin::text FROM platform.idempotency_record WHERE tenant_code = ? AND idempotency_key = ?",
                String.class,
                TENANT,
                "atomic-2019");
        assertThat(key).isEqualTo(change);
    }

    @Test
    void repeatsSentWhileTheFirstRunsWaitForItAndReplayIt() throws Exception {
        ApiClient api = api();
        String token = admin(api);
        String body = override("2018-04-01", "305");
        int before = api.get(OVERRIDES, token).json().size();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return api.post(OVERRIDES, token, body, "Idempotency-Key", "together-2018");
                }));
            }
            start.countDown();
            List<String> ids = new ArrayList<>();
            int replayed = 0;
            for (Future<ApiClient.Response> f : sent) {
                ApiClient.Response r = f.get();
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                ids.add(r.json().get("id").asString());
                replayed += "true".equals(r.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(replayed).isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(OVERRIDES, token).json().size()).isEqualTo(before + 1);
    }

    @Test
    void aRetryThatReSerialisesTheSameJsonIsRecognised() {
        ApiClient api = api();
        String token = admin(api);
        ApiClient.Response first =
                api.post(OVERRIDES, token, override("2017-04-01", "300"), "Idempotency-Key", "json-2017");
        String reordered = """
                {
                  "source" : "札幌市テスト手数料条例 第2条",
                  "value" : "300", "effectiveFrom" : "2017-04-01",
                  "key" : "ordinance-fee", "module" : "kikan-\\u0074est"
                }""";
        ApiClient.Response again = api.post(OVERRIDES, token, reordered, "Idempotency-Key", "json-2017");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
    }

    @Test
    void aReplayIsRefusedToAMemberWhoNoLongerHoldsTheRolesOfTheFirstRequest() {
        ApiClient api = api();
        String body = override("2016-04-01", "295");
        ApiClient.Response first = api.post(OVERRIDES, admin(api, "auditor"), body, "Idempotency-Key", "roles-2016");
        assertThat(first.status()).isEqualTo(201);

        ApiClient.Response fewerRoles = api.post(OVERRIDES, admin(api), body, "Idempotency-Key", "roles-2016");
        assertThat(fewerRoles.status()).isEqualTo(403);
        assertThat(fewerRoles.json().get("code").asString()).isEqualTo("idempotency-roles-changed");

        ApiClient.Response sameRoles =
                api.post(OVERRIDES, admin(api, "auditor"), body, "Idempotency-Key", "roles-2016");
        assertThat(sameRoles.status()).isEqualTo(201);
        assertThat(sameRoles.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aRefusedRequestChangesNothingAndItsRepeatGetsTheSameRefusal() {
        ApiClient api = api();
        String token = admin(api);
        String notOverridable =
                "{\"module\":\"kikan-test\",\"key\":\"national-amount\",\"effectiveFrom\":\"2015-04-01\","
                        + "\"value\":\"2000\",\"source\":\"札幌市テスト手数料条例 第2条\"}";
        ApiClient.Response refused = api.post(OVERRIDES, token, notOverridable, "Idempotency-Key", "refused-2015");
        ApiClient.Response again = api.post(OVERRIDES, token, notOverridable, "Idempotency-Key", "refused-2015");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("code").asString()).isEqualTo("parameter-not-overridable");
    }
}
