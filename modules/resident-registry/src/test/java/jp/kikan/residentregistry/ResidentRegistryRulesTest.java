package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The registry's legal preconditions and protections through the API: invalid requests get a problem document
 * naming the field and change nothing; corrections and 回復 add versions and keep what was known before; a person
 * under DV等支援措置 has the address withheld.
 */
class ResidentRegistryRulesTest extends ModuleIntegrationTest {

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String base;

    @BeforeEach
    void newCity() {
        tenant = newTenantCode();
        tenants.register(tenant, "試験町", "シケンチョウ");
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

    private String moveInBody(String idoymd, String kojinbango, String zokugara) {
        return """
                {"idoymd":"%s","todokedeymd":"2026-04-03","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"試験町",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"5番6号"},
                 "members":[{"shimei":{"shimei":"佐藤　次郎","shimei_furigana":"サトウ　ジロウ"},"seinengappi":"1990-01-01",
                             "seibetsu":"1","zokugara":"%s","kojinbango":"%s"}]}""".formatted(idoymd, tenant, zokugara, kojinbango);
    }

    private JsonNode moveIn() {
        ApiClient.Response r = post("/move-ins", moveInBody("2026-04-01", "123456789018", "世帯主"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("residents").get(0);
    }

    private long residents() {
        return api.get(base + "/residents?shojosha=true", clerk)
                .json()
                .get("page")
                .get("totalElements")
                .asLong();
    }

    private static void assertProblemNaming(ApiClient.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(field);
        assertThat(r.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void aMyNumberWithABadCheckDigitIsRefusedNamingTheFieldAndNothingIsStored() {
        ApiClient.Response r = post("/move-ins", moveInBody("2026-04-01", "123456789012", "世帯主"));
        assertProblemNaming(r, 400, "members[0].kojinbango");
        assertThat(r.json().get("invalidParams").get(0).get("code").asString()).isEqualTo("check-digit");
        assertThat(residents()).isZero();
    }

    @Test
    void aBeanValidationFailureNamesTheFieldAsTheClientWroteIt() {
        String tooLong = "ア".repeat(101);
        ApiClient.Response r = post(
                "/move-ins",
                moveInBody("2026-04-01", "123456789018", "世帯主")
                        .replace("\"shimei_furigana\":\"サトウ　ジロウ\"", "\"shimei_furigana\":\"" + tooLong + "\""));
        assertProblemNaming(r, 400, "members[0].shimei.shimei_furigana");
        assertThat(residents()).isZero();
    }

    @Test
    void anUnknownRelationshipIsRefusedNamingTheField() {
        ApiClient.Response r = post("/move-ins", moveInBody("2026-04-01", "123456789018", "親分"));
        assertProblemNaming(r, 400, "members[0].zokugara");
        assertThat(r.json().get("invalidParams").get(0).get("code").asString()).isEqualTo("unknown-zokugara");
        assertThat(residents()).isZero();
    }

    @Test
    void anImpossibleWarekiDateIsRefusedNamingTheField() {
        ApiClient.Response r = post("/move-ins", moveInBody("平成31年5月1日", "123456789018", "世帯主"));
        assertProblemNaming(r, 400, "idoymd");
        assertThat(r.json().get("invalidParams").get(0).get("code").asString()).startsWith("wareki");
        assertThat(residents()).isZero();
    }

    @Test
    void anAddressChangeOfARemovedPersonIsRefusedAndNothingChanges() {
        JsonNode person = moveIn();
        String a = person.get("atenabango").asString();
        assertThat(post("/deaths", "{\"idoymd\":\"2026-05-01\",\"atenabango\":\"" + a + "\"}")
                        .status())
                .isEqualTo(201);
        int versions = api.get(base + "/residents/" + a + "/history", clerk)
                .json()
                .get("versions")
                .size();
        ApiClient.Response r = post("/address-changes", """
                {"idoymd":"2026-06-01","members":["%s"],
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"試験町",
                          "jusho_choaza":"緑町","jusho_banchigohyoki":"1番1号"}}""".formatted(a, tenant));
        assertProblemNaming(r, 422, "members[0]");
        assertThat(r.json().get("code").asString()).isEqualTo("person-removed");
        assertThat(api.get(base + "/residents/" + a + "/history", clerk)
                        .json()
                        .get("versions")
                        .size())
                .isEqualTo(versions);
    }

    @Test
    void residentsAreFoundByTheBeginningOfTheirNameReadingGivenNameOrAddress() {
        String a = moveIn().get("atenabango").asString();
        for (String query : new String[] {"佐藤", "さとう　じ", "ｻﾄｳｼﾞﾛｳ", "次郎", "じろう", "佐藤次"}) {
            JsonNode found = api.get(
                            base + "/residents?shimei="
                                    + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                            clerk)
                    .json();
            assertThat(found.toString()).as(query).contains(a);
        }
        JsonNode byAddress = api.get(
                        base + "/residents?jusho="
                                + java.net.URLEncoder.encode("本町５番", java.nio.charset.StandardCharsets.UTF_8),
                        clerk)
                .json();
        assertThat(byAddress.toString()).contains(a);
        JsonNode notAPrefix = api.get(
                        base + "/residents?shimei="
                                + java.net.URLEncoder.encode("ろう", java.nio.charset.StandardCharsets.UTF_8),
                        clerk)
                .json();
        assertThat(notAPrefix.get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void theSameMyNumberCannotBeEnteredTwice() {
        moveIn();
        ApiClient.Response r = post("/move-ins", moveInBody("2026-04-02", "123456789018", "世帯主"));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("code").asString()).isEqualTo("duplicate-my-number");
    }

    @Test
    void aCorrectionAddsVersionsAndKeepsWhatWasKnownBefore() {
        JsonNode person = moveIn();
        String a = person.get("atenabango").asString();
        ApiClient.Response current = api.get(base + "/residents/" + a, clerk);
        String etag = current.header("ETag");
        Instant beforeCorrection = Instant.now();
        ApiClient.Response stale = post(
                "/residents/" + a + "/corrections",
                "{\"shusei_jiyu\":\"戸籍照合\",\"seinengappi\":\"1990-01-10\"}",
                "If-Match",
                "\"v99\"");
        assertThat(stale.status()).isEqualTo(412);
        ApiClient.Response fixed = post(
                "/residents/" + a + "/corrections",
                "{\"shusei_jiyu\":\"戸籍照合により生年月日を訂正\",\"seinengappi\":\"平成2年1月10日\"}",
                "If-Match",
                etag);
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(201);
        assertThat(api.get(base + "/residents/" + a, clerk)
                        .json()
                        .get("seinengappi")
                        .asString())
                .isEqualTo("1990-01-10");
        assertThat(api.get(base + "/residents/" + a + "?kijun_nichiji=" + beforeCorrection, clerk)
                        .json()
                        .get("seinengappi")
                        .asString())
                .as("as known before the correction")
                .isEqualTo("1990-01-01");
        JsonNode history = api.get(base + "/residents/" + a + "/history", clerk).json();
        assertThat(history.get("versions")).hasSize(2);
        assertThat(history.get("versions").get(0).has("shusei_nichiji")).isTrue();
        assertThat(history.get("versions").get(1).get("shusei_jiyu").asString()).contains("戸籍照合");
    }

    @Test
    void aRemovalMadeInErrorIsRestoredAndStaysInTheHistory() {
        JsonNode person = moveIn();
        String a = person.get("atenabango").asString();
        String etag = api.get(base + "/residents/" + a, clerk).header("ETag");
        ApiClient.Response removed = post(
                "/residents/" + a + "/removals",
                "{\"idoymd\":\"2026-05-01\",\"shusei_jiyu\":\"実態調査\"}",
                "If-Match",
                etag);
        assertThat(removed.status()).as(removed.body()).isEqualTo(201);
        Instant whileRemoved = Instant.now();
        String etag2 = api.get(base + "/residents/" + a, clerk).header("ETag");
        ApiClient.Response restored =
                post("/residents/" + a + "/restorations", "{\"shusei_jiyu\":\"誤って消除したため\"}", "If-Match", etag2);
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        assertThat(api.get(base + "/residents/" + a + "?kijunbi=2026-06-01", clerk)
                        .json()
                        .get("jotai")
                        .asString())
                .isEqualTo("JUMIN");
        assertThat(api.get(base + "/residents/" + a + "?kijunbi=2026-06-01&kijun_nichiji=" + whileRemoved, clerk)
                        .json()
                        .get("jotai")
                        .asString())
                .isEqualTo("SHOJO");
    }

    @Test
    void theAddressOfAPersonUnderASupportMeasureIsWithheldFromStaffWithoutTheRole() {
        JsonNode person = moveIn();
        String a = person.get("atenabango").asString();
        ApiClient.Response denied =
                post("/residents/" + a + "/support-measures", "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\"}");
        assertThat(denied.status()).as("clerks may not record measures").isEqualTo(403);
        String officer = api.token(tenant, "resident-registry:support-measures");
        ApiClient.Response started = api.post(
                base + "/residents/" + a + "/support-measures",
                officer,
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\"}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("yuko").asBoolean()).isTrue();

        JsonNode seenByClerk = api.get(base + "/residents/" + a, clerk).json();
        assertThat(seenByClerk.get("shien_sochi").asBoolean()).isTrue();
        assertThat(seenByClerk.has("jusho")).isFalse();
        assertThat(seenByClerk.has("tennyumae_jusho")).isFalse();
        JsonNode seenByOfficer = api.get(base + "/residents/" + a, officer).json();
        assertThat(seenByOfficer.get("jusho").get("jusho_choaza").asString()).isEqualTo("本町");
        JsonNode searchByAddress = api.get(
                        base + "/residents?jusho="
                                + java.net.URLEncoder.encode("本町5番", java.nio.charset.StandardCharsets.UTF_8),
                        clerk)
                .json();
        assertThat(searchByAddress.get("page").get("totalElements").asLong())
                .as("an address search must not reveal where the person lives")
                .isZero();
        JsonNode searchByName = api.get(
                        base + "/residents?shimei="
                                + java.net.URLEncoder.encode("さとう", java.nio.charset.StandardCharsets.UTF_8),
                        clerk)
                .json();
        assertThat(searchByName.get("items").get(0).has("jusho")).isFalse();
    }
}
