package jp.kikan.addressee;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * DV等支援措置 reaches the 宛名 (住民基本台帳事務処理要領 第5-10, 併せて支援を求める者): the household of the resident registry's
 * {@code SupportMeasureHouseholdTest} (a mother's 申出 names her son; her own mother lives with them but is not
 * named), read through the addressee API by staff without the role in charge of support measures: the address is
 * shown for none of them.
 */
class SupportMeasureAddresseeTest extends ModuleIntegrationTest {

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String officer;
    private String base;
    private String mother;
    private String son;
    private String grandmother;

    @BeforeEach
    void aMotherAndHerSonUnderASupportMeasure() {
        tenant = newTenantCode();
        tenants.register(tenant, "試験市", "シケンシ");
        api = api();
        clerk = api.token(tenant, "resident-registry:clerk", "addressee:clerk", "events:reader");
        officer = api.token(tenant, "resident-registry:support-measures");
        base = "/api/resident-registry/v1/tenants/" + tenant;
        JsonNode moveIn = created(clerk, "/move-ins", """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"試験市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"5番6号"},
                 "members":[
                  {"shimei":{"shimei":"避難　花子","shimei_furigana":"ヒナン　ハナコ"},"seinengappi":"1990-01-01","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"避難　一郎","shimei_furigana":"ヒナン　イチロウ"},"seinengappi":"2018-05-05","seibetsu":"1","zokugara":"子"},
                  {"shimei":{"shimei":"避難　ハル","shimei_furigana":"ヒナン　ハル"},"seinengappi":"1960-03-03","seibetsu":"2","zokugara":"母"}]}""".formatted(tenant));
        mother = id(moveIn, 0);
        son = id(moveIn, 1);
        grandmother = id(moveIn, 2);
        created(
                officer,
                "/residents/" + mother + "/support-measures",
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\",\"awasete_shien_atenabango\":[\"" + son + "\"]}");
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

    private static String id(JsonNode ido, int i) {
        return ido.get("residents").get(i).get("atenabango").asString();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theAddresseeApiShowsTheAddressOfNoOneNamedWithHerNorAtHersNextToHer() {
        String addressees = "/api/addressee/v1/tenants/" + tenant + "/addressees";
        assertThat(get(clerk, addressees + "/" + son).has("jusho")).isFalse();
        JsonNode found = get(clerk, addressees + "?shimei=" + encoded("避難"));
        List<String> all = new ArrayList<>();
        List<String> withAddress = new ArrayList<>();
        found.forEach(a -> {
            all.add(a.get("atenabango").asString());
            if (a.has("jusho")) {
                withAddress.add(a.get("atenabango").asString());
            }
        });
        assertThat(all).containsExactlyInAnyOrder(mother, son, grandmother);
        assertThat(withAddress).isEmpty();
    }
}
