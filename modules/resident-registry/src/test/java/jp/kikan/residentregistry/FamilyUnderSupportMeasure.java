package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import jp.kikan.platform.tenant.TenantDirectory;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * The family the DV tests share, entered through the API in a tenant of its own: a mother (世帯主) who applied for a
 * DV等支援措置 naming her son, and her own mother who lives with them but is not named; all at 本町5番6号 of the
 * tenant, moved in on 2026-04-01 from 大阪府大阪市北区梅田一丁目1番1号.
 *
 * @param tenant      the tenant's 団体コード
 * @param city        its name, also the address's 市区郡町村名
 * @param mother      the applicant's 宛名番号
 * @param son         the 併せて支援を求める者
 * @param grandmother the member not named in the 申出
 * @param household   their 世帯番号
 */
record FamilyUnderSupportMeasure(
        String tenant, String city, String mother, String son, String grandmother, String household) {

    /** The family names: 「<family>　花子」 (mother), 「<family>　一郎」 (son), 「<family>　ハル」 (grandmother). */
    static FamilyUnderSupportMeasure enter(
            ApiClient api, TenantDirectory tenants, String city, String cityKana, String family, String familyKana) {
        String tenant = ApiTestBase.newTenantCode();
        tenants.register(tenant, city, cityKana);
        String clerk = api.token(tenant, "resident-registry:clerk");
        String officer = api.token(tenant, "resident-registry:support-measures");
        String base = "/api/resident-registry/v1/tenants/" + tenant;
        JsonNode moveIn = created(api, clerk, base + "/move-ins", """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%1$s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"%2$s",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"5番6号"},
                 "members":[
                  {"shimei":{"shimei":"%3$s　花子","shimei_furigana":"%4$s　ハナコ"},"seinengappi":"1990-01-01","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"%3$s　一郎","shimei_furigana":"%4$s　イチロウ"},"seinengappi":"2018-05-05","seibetsu":"1","zokugara":"子"},
                  {"shimei":{"shimei":"%3$s　ハル","shimei_furigana":"%4$s　ハル"},"seinengappi":"1960-03-03","seibetsu":"2","zokugara":"母"}]}""".formatted(tenant, city, family, familyKana));
        JsonNode residents = moveIn.get("residents");
        String mother = residents.get(0).get("atenabango").asString();
        String son = residents.get(1).get("atenabango").asString();
        created(
                api,
                officer,
                base + "/residents/" + mother + "/support-measures",
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\",\"awasete_shien_atenabango\":[\"" + son + "\"]}");
        return new FamilyUnderSupportMeasure(
                tenant,
                city,
                mother,
                son,
                residents.get(2).get("atenabango").asString(),
                moveIn.get("setaibango").asString());
    }

    private static JsonNode created(ApiClient api, String token, String path, String body) {
        ApiClient.Response r =
                api.post(path, token, body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
