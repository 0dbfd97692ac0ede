package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kikan.platform.tenant.TenantContext;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * 住民の検索 of a common name: pages in reading order (then 宛名番号) read the reading index, the matches are counted
 * up to the contract's 1,000 and the pages beyond are still served; narrower criteria count exactly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResidentSearchTest extends ModuleIntegrationTest {

    /** More than the count's limit share the family name 検索; their given names' readings decide the order. */
    private static final int SAME_NAME = 1_005;

    /** Readings in code point order: a voiced kana comes right after its plain one. */
    private static final String[] GIVEN = {"カナ", "ガク", "キヨシ", "ギン", "サトシ"};

    @Autowired
    RegistryImport registryImport;

    private String tenant;
    private String clerk;
    private ApiClient api;

    @BeforeAll
    void registerTheCity() {
        tenant = newTenantCode();
        tenants.register(tenant, "検索市", "ケンサクシ");
        String batch = "search-" + UUID.randomUUID();
        List<ImportedVersion> versions = new ArrayList<>();
        for (int i = 0; i < SAME_NAME; i++) {
            // every fifth person born on 1980-05-05, the others on 1970-01-01
            versions.add(version(
                    String.format("%015d", 900_000 + i),
                    GIVEN[i % GIVEN.length],
                    i % 5 == 0 ? LocalDate.of(1980, 5, 5) : LocalDate.of(1970, 1, 1),
                    batch));
        }
        RegistryImport.Outcome loaded = TenantContext.callAs(tenant, () -> registryImport.load(batch, versions));
        assertThat(loaded.inserted()).isEqualTo(SAME_NAME);
        api = api();
        clerk = api.token(tenant, "resident-registry:clerk");
    }

    private static ImportedVersion version(String atenabango, String givenReading, LocalDate birth, String batch) {
        LocalDate from = LocalDate.of(2001, 4, 1);
        return new ImportedVersion(
                atenabango,
                1,
                RecordStatus.RESIDENT,
                ChangeReason.MOVE_IN,
                from,
                from,
                Instant.parse("2020-01-01T00:00:00Z"),
                true,
                "検索　" + givenReading,
                "ケンサク　" + givenReading,
                birth,
                null,
                "1",
                "0000000008" + atenabango.substring(10),
                "世帯主",
                true,
                from,
                from,
                new ResidentAddress("139998", "0001001", "東京都", "検索市", "本町", "1番1号", null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                batch,
                "search-test");
    }

    private JsonNode search(String query) {
        ApiClient.Response r = api.get("/api/resident-registry/v1/tenants/" + tenant + "/residents?" + query, clerk);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String encoded(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aCommonNameIsCountedUpToTheLimitAndEveryPageIsStillServed() {
        JsonNode first = search("shimei=" + encoded("けんさく") + "&size=20");
        assertThat(first.path("page").path("totalElements").asLong()).isEqualTo(1_000);
        assertThat(first.path("page").path("totalPages").asInt()).isEqualTo(50);
        assertThat(first.path("page").path("totalCapped").asBoolean()).isTrue();
        assertThat(first.path("items")).hasSize(20);

        // the sixth page of 200 holds the last five matches, past the counted 1,000
        JsonNode beyond = search("shimei=" + encoded("検索") + "&size=200&page=5");
        assertThat(beyond.path("items")).hasSize(SAME_NAME - 1_000);
        assertThat(beyond.path("page").path("totalCapped").asBoolean()).isTrue();
    }

    @Test
    void pagesFollowTheReadingInCodePointOrderThenTheAtenabango() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            for (JsonNode item : search("shimei=" + encoded("ケンサク") + "&size=200&page=" + page)
                    .path("items")) {
                seen.add(item.path("shimei").path("shimei_furigana").asString() + "|"
                        + item.path("atenabango").asString());
            }
        }
        assertThat(seen).hasSize(SAME_NAME).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>();
        for (String given : GIVEN) {
            for (int i = 0; i < SAME_NAME; i++) {
                if (GIVEN[i % GIVEN.length].equals(given)) {
                    expected.add("ケンサク　" + given + "|" + String.format("%015d", 900_000 + i));
                }
            }
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void narrowerCriteriaCountExactly() {
        JsonNode narrowed = search("shimei=" + encoded("検索") + "&seinengappi=1980-05-05&size=20");
        assertThat(narrowed.path("page").path("totalElements").asLong()).isEqualTo(201);
        assertThat(narrowed.path("page").has("totalCapped")).isFalse();
        JsonNode byGiven = search("shimei=" + encoded("ぎん") + "&size=20");
        assertThat(byGiven.path("page").path("totalElements").asLong()).isEqualTo(201);
        assertThat(byGiven.path("items")
                        .get(0)
                        .path("shimei")
                        .path("shimei_furigana")
                        .asString())
                .isEqualTo("ケンサク　ギン");
    }
}
