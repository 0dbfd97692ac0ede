package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * DV等支援措置 reaches the household (住民基本台帳事務処理要領 第5-10, 併せて支援を求める者): a mother's 申出 names her son;
 * her own mother lives with them but is not named. To staff without the role in charge of support measures, the
 * address is shown for none of them wherever it identifies hers (search, 世帯, 差分, events and the feed; 宛名: the addressee module's {@code SupportMeasureAddresseeTest}), and
 * a 第三者's 写し of the son is refused as hers is; staff in charge see everything.
 */
class SupportMeasureHouseholdTest extends ModuleIntegrationTest {

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String officer;
    private String base;
    private String mother;
    private String son;
    private String grandmother;
    private String household;
    private String before;

    @BeforeEach
    void aMotherAndHerSonUnderASupportMeasure() {
        before = java.time.Instant.now().minusSeconds(1).toString();
        api = api();
        FamilyUnderSupportMeasure family = FamilyUnderSupportMeasure.enter(api, tenants, "試験市", "シケンシ", "避難", "ヒナン");
        tenant = family.tenant();
        clerk = api.token(tenant, "resident-registry:clerk", "addressee:clerk", "events:reader");
        officer = api.token(tenant, "resident-registry:support-measures");
        base = "/api/resident-registry/v1/tenants/" + tenant;
        mother = family.mother();
        son = family.son();
        grandmother = family.grandmother();
        household = family.household();
    }

    private JsonNode created(String token, String path, String body) {
        ApiClient.Response r = api.post(
                base + path, token, body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private JsonNode get(String token, String path) {
        ApiClient.Response r = api.get(path, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The people of {@code residents} (a JSON array of 住民) shown with an address. */
    private static List<String> withAddress(JsonNode residents) {
        List<String> out = new ArrayList<>();
        residents.forEach(r -> {
            if (r.has("jusho")) {
                out.add(r.get("atenabango").asString());
            }
        });
        return out;
    }

    private static List<String> people(JsonNode residents) {
        List<String> out = new ArrayList<>();
        residents.forEach(r -> out.add(r.get("atenabango").asString()));
        return out;
    }

    @Test
    void theSonNamedInTheApplicationIsRestrictedAsHisMotherIs() {
        JsonNode seen = get(clerk, base + "/residents/" + son);
        assertThat(seen.get("shien_sochi").asBoolean()).isTrue();
        assertThat(seen.get("jusho_hitoku").asBoolean()).isTrue();
        assertThat(seen.has("jusho")).isFalse();
        assertThat(seen.has("tennyumae_jusho")).isFalse();
        JsonNode history = get(clerk, base + "/residents/" + son + "/history");
        assertThat(history.get("versions").get(0).get("resident").has("jusho")).isFalse();
        assertThat(get(officer, base + "/residents/" + son)
                        .get("jusho")
                        .get("jusho_choaza")
                        .asString())
                .isEqualTo("本町");
        JsonNode measures = get(officer, base + "/residents/" + son + "/support-measures");
        assertThat(measures)
                .as("the son's measures list the one he is named in")
                .hasSize(1);
        assertThat(measures.get(0).get("atenabango").asString()).isEqualTo(mother);
        assertThat(measures.get(0).get("awasete_shien_atenabango").get(0).asString())
                .isEqualTo(son);
    }

    @Test
    void aThirdPartysCopyOfTheSonIsRefusedAndTheRefusalAudited() {
        String request = "{\"shurui\":\"JUMINHYO_NO_UTSUSHI\",\"atenabango\":[\"" + son
                + "\"],\"seikyusha_kubun\":\"DAISANSHA\",\"seikyu_jiyu\":\"債権回収\"}";
        ApiClient.Binary refused = api.postForBytes(
                base + "/certificates",
                clerk,
                request,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("support-measure-restricted");
        ApiClient.Binary issued = api.postForBytes(
                base + "/certificates",
                officer,
                request,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(issued.status()).as("the staff in charge decide").isEqualTo(200);

        String auditor = api.token(tenant, "auditor");
        JsonNode denied = get(
                auditor,
                "/api/platform/v1/tenants/" + tenant + "/audit-records?operation=CERTIFICATE_ISSUE&subject=" + son);
        assertThat(denied.get("items"))
                .extracting(r -> r.get("outcome").asString())
                .containsExactlyInAnyOrder("SUCCESS", "DENIED");
    }

    @Test
    void aSearchByHerAddressShowsTheAddressOfNoOneNamedWithHer() {
        JsonNode byClerk = get(clerk, base + "/residents?jusho=" + encoded("本町5番"));
        assertThat(people(byClerk.get("items"))).doesNotContain(mother, son);
        assertThat(withAddress(byClerk.get("items"))).doesNotContain(mother, son);
        JsonNode byOfficer = get(officer, base + "/residents?jusho=" + encoded("本町5番"));
        assertThat(withAddress(byOfficer.get("items"))).contains(mother, son, grandmother);
    }

    @Test
    void aSearchByNameShowsNoAddressAtHersNextToHer() {
        JsonNode byClerk = get(clerk, base + "/residents?shimei=" + encoded("ひなん"));
        assertThat(people(byClerk.get("items"))).containsExactlyInAnyOrder(mother, son, grandmother);
        assertThat(withAddress(byClerk.get("items")))
                .as("the grandmother is not named, but her address is the mother's")
                .isEmpty();
        byClerk.get("items")
                .forEach(r -> assertThat(r.get("jusho_hitoku").asBoolean()).isTrue());
        JsonNode byOfficer = get(officer, base + "/residents?shimei=" + encoded("ひなん"));
        assertThat(withAddress(byOfficer.get("items"))).containsExactlyInAnyOrder(mother, son, grandmother);
    }

    @Test
    void theHouseholdShowsNoAddressToAClerkAndEveryAddressToTheStaffInCharge() {
        JsonNode byClerk = get(clerk, base + "/households/" + household);
        assertThat(people(byClerk.get("members"))).containsExactlyInAnyOrder(mother, son, grandmother);
        assertThat(withAddress(byClerk.get("members"))).isEmpty();
        JsonNode byOfficer = get(officer, base + "/households/" + household);
        assertThat(withAddress(byOfficer.get("members"))).containsExactlyInAnyOrder(mother, son, grandmother);
    }

    @Test
    void theChangesShowNoAddressToAClerkAndEveryAddressToTheStaffInCharge() {
        String changes = base + "/changes?size=100&since=" + encoded(before);
        List<String> byClerk = new ArrayList<>();
        get(clerk, changes)
                .get("items")
                .forEach(v -> byClerk.add(v.get("resident").toString()));
        assertThat(byClerk).hasSize(3).noneMatch(v -> v.contains("本町"));
        List<String> byOfficer = new ArrayList<>();
        get(officer, changes)
                .get("items")
                .forEach(v -> byOfficer.add(v.get("resident").toString()));
        assertThat(byOfficer).hasSize(3).allMatch(v -> v.contains("本町"));
    }

    @Test
    void theEventsOfTheSonAreRestrictedInTheFeedAndTheStaffInChargeStillReadHisAddress() {
        created(clerk, "/address-changes", """
                {"idoymd":"2026-05-01","todokedeymd":"2026-05-01","members":["%s","%s","%s"],
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"試験市",
                          "jusho_choaza":"緑町","jusho_banchigohyoki":"1番1号"}}""".formatted(mother, son, grandmother, tenant));
        String feed = "/api/platform/v1/tenants/" + tenant + "/events?limit=500";
        Await.await(() -> get(clerk, feed).get("items").size() >= 8);
        List<String> restricted = new ArrayList<>();
        List<String> open = new ArrayList<>();
        get(clerk, feed).get("items").forEach(e -> {
            String type = e.get("type").asString();
            if (type.equals("SupportMeasureChanged") || type.equals("ResidentAddressChanged")) {
                String entry = type + ":" + e.get("payload").get("atenabango").asString();
                (e.get("restricted").asBoolean() ? restricted : open).add(entry);
                assertThat(e.get("payload").get("restricted").asBoolean())
                        .isEqualTo(e.get("restricted").asBoolean());
            }
        });
        assertThat(restricted)
                .containsExactlyInAnyOrder(
                        "SupportMeasureChanged:" + mother,
                        "SupportMeasureChanged:" + son,
                        "ResidentAddressChanged:" + mother,
                        "ResidentAddressChanged:" + son);
        assertThat(open).containsExactly("ResidentAddressChanged:" + grandmother);
        assertThat(get(officer, base + "/residents/" + son)
                        .get("jusho")
                        .get("jusho_choaza")
                        .asString())
                .isEqualTo("緑町");
        assertThat(get(clerk, base + "/residents/" + son).has("jusho")).isFalse();
    }

    @Test
    void aPersonNamedWithHerMustBeInTheRegistryAndNotBeHer() {
        ApiClient.Response unknown = api.post(
                base + "/residents/" + mother + "/support-measures",
                officer,
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\",\"awasete_shien_atenabango\":[\"" + son
                        + "\",\"999999999999999\"]}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("awasete_shien_atenabango[1]");
        ApiClient.Response herself = api.post(
                base + "/residents/" + mother + "/support-measures",
                officer,
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\",\"awasete_shien_atenabango\":[\"" + mother + "\"]}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(herself.status()).as(herself.body()).isEqualTo(422);
        assertThat(herself.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("awasete_shien_atenabango[0]");
        assertThat(get(officer, base + "/residents/" + mother + "/support-measures"))
                .as("nothing recorded by the refused requests")
                .hasSize(1);
    }
}
