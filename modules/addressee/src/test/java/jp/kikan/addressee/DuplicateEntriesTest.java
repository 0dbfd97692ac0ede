package jp.kikan.addressee;

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
import tools.jackson.databind.JsonNode;

/**
 * 名寄せ before the registry enters a person (ADR 0020, issue 21): the same person is not entered twice by accident, by
 * 転入 or 出生, and is entered anyway only when the clerk confirms another person. The registry asks, the addressee
 * module's rules answer ({@code ResidentMatching}), so these writes of the registry are tested here, with both
 * modules (moved from the registry's {@code ResidentRegistryWritesTest}, ADR 0021).
 */
class DuplicateEntriesTest extends ModuleIntegrationTest {

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
    void fiveConcurrentIdenticalMoveInsWithFiveKeysEnterThePersonOnceAndAnswerTheOthersWithTheCandidate()
            throws Exception {
        String body = moveIn("");
        List<ApiClient.Response> answers = concurrently(5, i -> post("/move-ins", body));

        List<ApiClient.Response> created =
                answers.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).as(answers.toString()).hasSize(1);
        String person =
                created.get(0).json().get("residents").get(0).get("atenabango").asString();
        for (ApiClient.Response r : answers) {
            if (r.status() == 201) {
                continue;
            }
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertProblem(r);
            assertThat(r.json().get("code").asString()).isEqualTo("possible-duplicate");
            assertThat(r.json().get("invalidParams").get(0).get("name").asString())
                    .isEqualTo("members[0]");
            JsonNode candidate = r.json().get("kohosha").get(0);
            assertThat(candidate.get("atenabango").asString()).isEqualTo(person);
            assertThat(candidate.get("komoku").asString()).isEqualTo("members[0]");
            assertThat(candidate.get("riyu").toString()).contains("SHIMEI_SEINENGAPPI");
        }
        assertThat(residents()).isEqualTo(1);
    }

    @Test
    void aMoveInOfAPersonLikeAResidentIsRecordedWhenTheClerkConfirmsTheyAreAnotherPerson() {
        assertThat(post("/move-ins", moveIn("")).status()).isEqualTo(201);
        ApiClient.Response unconfirmed = post("/move-ins", moveIn("\"chofuku_kakunin\":false,"));
        assertThat(unconfirmed.status()).as(unconfirmed.body()).isEqualTo(409);

        ApiClient.Response confirmed = post("/move-ins", moveIn("\"chofuku_kakunin\":true,"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(residents()).isEqualTo(2);
    }

    @Test
    void aBirthNotifiedTwiceIsAnsweredWithTheChildAlreadyEnteredUnlessConfirmed() {
        ApiClient.Response family = post("/move-ins", moveIn(""));
        String household = family.json().get("setaibango").asString();
        String birth = """
                {"setaibango":"%s",%s"person":{"shimei":{"shimei":"重田　葵","shimei_furigana":"シゲタ　アオイ"},
                 "seinengappi":"2026-05-05","seibetsu":"2","zokugara":"子"}}""";
        ApiClient.Response first = post("/births", birth.formatted(household, ""));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String child = first.json().get("residents").get(0).get("atenabango").asString();

        ApiClient.Response again = post("/births", birth.formatted(household, ""));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertProblem(again);
        assertThat(again.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("person");
        assertThat(again.json().get("kohosha").get(0).get("atenabango").asString())
                .isEqualTo(child);
        assertThat(again.json().get("kohosha").get(0).get("riyu").toString()).contains("SHIMEI_SEINENGAPPI");
        assertThat(residents()).isEqualTo(2);

        ApiClient.Response confirmed = post("/births", birth.formatted(household, "\"chofuku_kakunin\":true,"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(residents()).isEqualTo(3);
    }

    // ---------------------------------------------------------------------------------------------------- defect 6
}
