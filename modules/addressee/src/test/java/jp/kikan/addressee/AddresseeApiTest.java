package jp.kikan.addressee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 団体内統合宛名 through the API: a 住登外者 gets a number from the pool apart from residents; asking again for the
 * same person proposes the existing one instead of a duplicate; a resident who moves in is proposed for 名寄せ.
 */
class AddresseeApiTest extends ModuleIntegrationTest {

    private String tenant;
    private ApiClient api;
    private String clerk;

    @BeforeEach
    void newCity() {
        tenant = newTenantCode();
        tenants.register(tenant, "宛名市", "アテナシ");
        api = api();
        clerk = api.token(tenant, "addressee:clerk", "resident-registry:clerk");
    }

    private ApiClient.Response number(String shorikubun, String shimei, String kana, String birth) {
        return api.post(
                "/api/addressee/v1/tenants/" + tenant + "/non-residents",
                clerk,
                """
                {"shorikubun":"%s","shimei":"%s","shimei_furigana":"%s","seinengappi":"%s","seibetsu":"1",
                 "jusho":"北海道札幌市中央区北一条西二丁目","gyomuid":"012"}""".formatted(shorikubun, shimei, kana, birth),
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    @Test
    void aNonResidentIsNumberedOnceAndProposedInsteadOfDuplicated() {
        ApiClient.Response first = number("0", "鈴木　一郎", "スズキ　イチロウ", "1950-03-03");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("shorikekka").asString()).isEqualTo("FUBAN");
        String number = first.json().get("atenabango").asString();
        assertThat(number).hasSize(15).startsWith("8");

        ApiClient.Response again = number("0", "鈴木　一郎", "ｽｽﾞｷ ｲﾁﾛｳ", "昭和25年3月3日");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("shorikekka").asString()).isEqualTo("KOHO_ARI");
        JsonNode candidate = again.json().get("kohosha").get(0);
        assertThat(candidate.get("addressee").get("atenabango").asString()).isEqualTo(number);
        assertThat(candidate.get("addressee").get("kubun").asString()).isEqualTo("JUTOGAI");
        assertThat(candidate.get("riyu").toString()).contains("SHIMEI_SEINENGAPPI");

        ApiClient.Response reuse = api.post(
                "/api/addressee/v1/tenants/" + tenant + "/non-residents",
                clerk,
                "{\"shorikubun\":\"1\",\"atenabango\":\"" + number + "\",\"shimei\":\"鈴木　一郎\",\"seibetsu\":\"1\"}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(reuse.json().get("shorikekka").asString()).isEqualTo("KIZON_RIYO");

        ApiClient.Response forced = number("2", "鈴木　一郎", "スズキ　イチロウ", "1950-03-03");
        assertThat(forced.status()).isEqualTo(201);
        assertThat(forced.json().get("atenabango").asString()).isNotEqualTo(number);

        ApiClient.Response read = api.get("/api/addressee/v1/tenants/" + tenant + "/addressees/" + number, clerk);
        assertThat(read.json().get("shimei").asString()).isEqualTo("鈴木　一郎");
    }

    @Test
    void residentsAreCandidatesTooAndAResidentWhoMovesInIsProposedForMerging() {
        ApiClient.Response numbered = number("0", "田中　実", "タナカ　ミノル", "1960-06-06");
        String nonResident = numbered.json().get("atenabango").asString();
        ApiClient.Response moveIn = api.post(
                "/api/resident-registry/v1/tenants/" + tenant + "/move-ins",
                clerk,
                """
                {"idoymd":"2026-04-01","tennyumae_jusho":"北海道札幌市中央区北一条西二丁目",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"宛名市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"1番1号"},
                 "members":[{"shimei":{"shimei":"田中　実","shimei_furigana":"タナカ　ミノル"},"seinengappi":"1960-06-06",
                             "seibetsu":"1","zokugara":"世帯主"}]}""".formatted(tenant),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(moveIn.status()).as(moveIn.body()).isEqualTo(201);
        String resident =
                moveIn.json().get("residents").get(0).get("atenabango").asString();

        ApiClient.Response candidates = number("0", "田中　実", "タナカ　ミノル", "1960-06-06");
        assertThat(candidates.json().get("kohosha").toString())
                .contains(resident)
                .contains(nonResident);

        Await.await(() -> api.get("/api/addressee/v1/tenants/" + tenant + "/addressees/" + nonResident, clerk)
                .json()
                .path("nayose_kohosha")
                .toString()
                .contains(resident));
        ApiClient.Response search = api.get(
                "/api/addressee/v1/tenants/" + tenant + "/addressees?shimei="
                        + java.net.URLEncoder.encode("たなか", java.nio.charset.StandardCharsets.UTF_8),
                clerk);
        assertThat(search.json().toString()).contains("\"JUMIN\"").contains("\"JUTOGAI\"");
    }
}
