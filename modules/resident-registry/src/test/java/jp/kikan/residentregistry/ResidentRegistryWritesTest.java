package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes that must not go wrong when repeated or raced (issue 21, Hardening): a state-changing POST needs its
 * Idempotency-Key; of concurrent 異動 of one resident one wins and every loser is told of the conflict (409, or 412
 * when it sent If-Match), never that the person does not exist. That the same person is not entered twice by accident
 * (名寄せ on 転入 and 出生, confirmed only explicitly) is the addressee module's {@code DuplicateEntriesTest}: its rules
 * answer the registry's {@link ResidentMatching}.
 */
class ResidentRegistryWritesTest extends ModuleIntegrationTest {

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String base;

    @BeforeEach
    void newCity() {
        tenant = newTenantCode();
        tenants.register(tenant, "重複市", "チョウフクシ");
        api = api();
        clerk = api.token(tenant, "resident-registry:clerk");
        base = "/api/resident-registry/v1/tenants/" + tenant;
    }

    private ApiClient.Response post(String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Idempotency-Key";
        all[1] = UUID.randomUUID().toString();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return api.post(base + path, clerk, body, all);
    }

    private String address(String choaza, String banchi) {
        return """
                {"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"重複市",
                 "jusho_choaza":"%s","jusho_banchigohyoki":"%s"}""".formatted(tenant, choaza, banchi);
    }

    private String moveIn(String confirmation) {
        return """
                {"idoymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号","jusho":%s,%s
                 "members":[{"shimei":{"shimei":"重田　光","shimei_furigana":"シゲタ　ヒカル"},"seinengappi":"1979-11-23",
                             "seibetsu":"1","zokugara":"世帯主"}]}""".formatted(address("本町", "1番1号"), confirmation);
    }

    private long residents() {
        return api.get(base + "/residents?shojosha=true", clerk)
                .json()
                .get("page")
                .get("totalElements")
                .asLong();
    }

    private String etag(String atenabango) {
        return api.get(base + "/residents/" + atenabango, clerk).header("ETag");
    }

    /** Sends {@code n} requests at once (request {@code i} from {@code request.apply(i)}) and returns the answers. */
    private static List<ApiClient.Response> concurrently(int n, IntFunction<ApiClient.Response> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index);
                }));
            }
            start.countDown();
            List<ApiClient.Response> out = new ArrayList<>();
            for (Future<ApiClient.Response> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertProblem(ApiClient.Response r) {
        assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).as(r.body()).isNotBlank();
    }

    // ---------------------------------------------------------------------------------------------------- defect 4

    @Test
    void aStateChangingPostWithoutIdempotencyKeyIsRefusedNamingTheHeaderAndRecordsNothing() {
        ApiClient.Response r = api.post(base + "/move-ins", clerk, moveIn(""));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertProblem(r);
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("Idempotency-Key");
        assertThat(r.json().get("detail").asString()).contains("Idempotency-Key");
        assertThat(residents()).isZero();
    }

    @Test
    void ofTwentyConcurrentConflictingChangesOfOneResidentOneWinsAndEveryLoserIsTold412NeverNotFound()
            throws Exception {
        String person = post("/move-ins", moveIn(""))
                .json()
                .get("residents")
                .get(0)
                .get("atenabango")
                .asString();
        String etag = etag(person);
        List<ApiClient.Response> answers = concurrently(
                20,
                i -> i % 2 == 0
                        ? post(
                                "/address-changes",
                                """
                        {"idoymd":"2026-06-01","members":["%s"],"jusho":%s}""".formatted(person, address("緑町", (i + 1) + "番1号")),
                                "If-Match",
                                etag)
                        : post(
                                "/residents/" + person + "/corrections",
                                "{\"shusei_jiyu\":\"戸籍照合\",\"shimei\":{\"shimei\":\"重田　光" + "一二三四五六七八九十".charAt(i / 2)
                                        + "\"}}",
                                "If-Match",
                                etag));

        assertThat(answers.stream().filter(r -> r.status() == 201))
                .as(answers.toString())
                .hasSize(1);
        for (ApiClient.Response r : answers) {
            if (r.status() != 201) {
                assertThat(r.status()).as(r.body()).isEqualTo(412);
                assertProblem(r);
                assertThat(r.json().get("code").asString()).isEqualTo("precondition-failed");
            }
        }
        assertThat(api.get(base + "/residents/" + person + "/history", clerk)
                        .json()
                        .get("versions")
                        .size())
                .as("one change recorded, none lost and none twice")
                .isEqualTo(2);
    }

    @Test
    void ofTwentyConcurrentAddressChangesWithoutIfMatchOneWinsAndNoLoserIsToldThePersonDoesNotExist() throws Exception {
        String person = post("/move-ins", moveIn(""))
                .json()
                .get("residents")
                .get(0)
                .get("atenabango")
                .asString();
        String body = """
                {"idoymd":"2026-06-01","members":["%s"],"jusho":%s}""".formatted(person, address("緑町", "2番2号"));
        List<ApiClient.Response> answers = concurrently(20, i -> post("/address-changes", body));

        assertThat(answers.stream().filter(r -> r.status() == 201))
                .as(answers.toString())
                .hasSize(1);
        for (ApiClient.Response r : answers) {
            if (r.status() == 201) {
                continue;
            }
            assertProblem(r);
            assertThat(r.status()).as(r.body()).isNotEqualTo(404).isIn(409, 422);
            // A loser that waited for the winner is told of the concurrent change; one that came after it finds
            // the person already at the new address.
            assertThat(r.json().get("code").asString())
                    .as(r.body())
                    .isEqualTo(r.status() == 409 ? "concurrent-change" : "same-address");
        }
    }

    @Test
    void anAddressChangeOrMoveOutWithAStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String person = post("/move-ins", moveIn(""))
                .json()
                .get("residents")
                .get(0)
                .get("atenabango")
                .asString();
        String stale = etag(person);
        ApiClient.Response moved =
                post("/address-changes", """
                {"idoymd":"2026-06-01","members":["%s"],"jusho":%s}""".formatted(person, address("緑町", "3番3号")), "If-Match", stale);
        assertThat(moved.status()).as(moved.body()).isEqualTo(201);

        ApiClient.Response again =
                post("/address-changes", """
                {"idoymd":"2026-06-02","members":["%s"],"jusho":%s}""".formatted(person, address("若葉台", "4番4号")), "If-Match", stale);
        assertThat(again.status()).as(again.body()).isEqualTo(412);
        assertProblem(again);
        ApiClient.Response moveOut = post("/move-outs", """
                {"tenshutsu_yotei_ymd":"2026-07-01","tenshutsusaki_jusho":"大阪府大阪市中央区大手前二丁目1番22号",
                 "members":["%s"]}""".formatted(person), "If-Match", stale);
        assertThat(moveOut.status()).as(moveOut.body()).isEqualTo(412);
        assertProblem(moveOut);
        assertThat(api.get(base + "/residents/" + person + "/history", clerk)
                        .json()
                        .get("versions")
                        .size())
                .isEqualTo(2);

        ApiClient.Response current = post("/move-outs", """
                {"tenshutsu_yotei_ymd":"2026-07-01","tenshutsusaki_jusho":"大阪府大阪市中央区大手前二丁目1番22号",
                 "members":["%s"]}""".formatted(person), "If-Match", etag(person));
        assertThat(current.status()).as(current.body()).isEqualTo(201);
    }
}
