package jp.kikan.childrearingallowance;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.CityApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 児童扶養手当's rules through the API: refused requests name the field; a 認定 needs the 所得 of the first month's
 * 所得年; the registry's events propose an increase after a birth, reduce after a child's death and end the 受給資格
 * when the 受給者 moves out; a 受給者 under DV等支援措置 gets a notice without address; roles are per business.
 */
class ChildRearingAllowanceRulesTest extends CityApiTest {

    @BeforeEach
    void newCity() {
        openCity("child-rearing-allowance", "resident-registry:clerk", "child-rearing-allowance:clerk");
    }

    /** A father (世帯主) and a child (2018) move in on 2026-02-02. */
    private JsonNode family() {
        return created(registry + "/move-ins", """
                {"idoymd":"2026-02-02","todokedeymd":"2026-02-02","tennyumae_jusho":"静岡県静岡市葵区追手町9番6号",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"父子　健","shimei_furigana":"フシ　ケン"},"seinengappi":"1985-05-05","seibetsu":"1","zokugara":"世帯主"},
                  {"shimei":{"shimei":"父子　翼","shimei_furigana":"フシ　ツバサ"},"seinengappi":"2018-08-08","seibetsu":"1","zokugara":"子"}]}""".formatted(address("松町", "7番")));
    }

    private String granted(JsonNode family) {
        JsonNode claim = created(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"chichi","seikyu_ymd":"2026-03-10","jido":[{"atenabango":"%s"}],
                 "shotoku":[{"shotoku_nen":2024,"shotokugaku":500000,"fuyo_shinzokuto_su":1}]}""".formatted(id(family, 0), id(family, 1)));
        String path = allowance + "/entitlements/" + claim.get("id").asString();
        changed(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2026-03-20\"}");
        return path;
    }

    @Test
    void refusedRequestsNameTheField() {
        JsonNode family = family();
        ApiClient.Response unknown = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"000000000000001","jukyusha_kubun":"haha","seikyu_ymd":"2026-03-10",
                 "jido":[{"atenabango":"%s"}]}""".formatted(id(family, 1)));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("jukyusha_atenabango");

        ApiClient.Response negative = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"chichi","seikyu_ymd":"2026-03-10","jido":[{"atenabango":"%s"}],
                 "shotoku":[{"shotoku_nen":2024,"shotokugaku":-5}]}""".formatted(id(family, 0), id(family, 1)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shotoku[0].shotokugaku");

        ApiClient.Response both = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"chichi","seikyu_ymd":"2026-03-10","jido":[{"atenabango":"%s"}],
                 "shotoku":[{"shotoku_nen":2024,"shotokugaku":5,"shotoku":{"sotoku_kingakuto":5}}]}""".formatted(id(family, 0), id(family, 1)));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shotoku[0].shotokugaku");

        JsonNode claim = created(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"chichi","seikyu_ymd":"2026-03-10","jido":[{"atenabango":"%s"}]}""".formatted(id(family, 0), id(family, 1)));
        String path = allowance + "/entitlements/" + claim.get("id").asString();
        ApiClient.Response withoutIncome = post(
                path + "/decisions",
                "{\"kekka\":\"nintei\",\"ketteiymd\":\"2026-03-20\"}",
                "If-Match",
                get(path).header("ETag"));
        assertThat(withoutIncome.status()).isEqualTo(422);
        assertThat(withoutIncome.json().get("code").asString()).isEqualTo("income-required");
        assertThat(withoutIncome.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shotoku");
        assertThat(get(path).json().get("jotai").asString()).isEqualTo("shinsei");
        assertThat(api.get(path, api.token(tenant, "child-allowance:clerk")).status())
                .isEqualTo(403);
    }

    @Test
    void aBirthIsProposed_aChildsDeathReduces_andTheRecipientsMoveOutEndsIt() {
        JsonNode family = family();
        String path = granted(family);
        assertThat(get(path + "/amounts/2026-04").json().get("getsugaku").asLong())
                .as("one child, 所得 50万 below the 全部支給 limit (69万 + 38万), 令和8年度 amount")
                .isEqualTo(48_050);

        String baby = born(family, "2026-05-02", "父子　光", "フシ　ヒカリ", "2026-04-28", "2");
        Await.await(() -> get(allowance + "/revision-proposals").json().size() == 1);
        JsonNode proposal = get(allowance + "/revision-proposals").json().get(0);
        assertThat(proposal.get("jido_atenabango").asString()).isEqualTo(baby);
        JsonNode confirmed = changed(
                path + "/revisions/" + proposal.get("id").asString() + "/decisions",
                path,
                "{\"kekka\":\"kakutei\",\"seikyu_ymd\":\"2026-05-12\"}");
        assertThat(confirmed.get("kaitei").get(0).get("kaitei_ym").asString()).isEqualTo("2026-06");
        assertThat(get(path + "/amounts/2026-05").json().get("taisho_jido_su").asInt())
                .isEqualTo(1);
        assertThat(get(path + "/amounts/2026-06").json().get("taisho_jido_su").asInt())
                .isEqualTo(2);

        created(registry + "/deaths", "{\"idoymd\":\"2026-07-03\",\"atenabango\":\"" + baby + "\"}");
        Await.await(() -> get(path).json().get("kaitei").size() == 2);
        assertThat(get(path).json().get("kaitei").get(1).get("kaitei_ym").asString())
                .isEqualTo("2026-08");

        String father = id(family, 0);
        String son = id(family, 1);
        created(registry + "/move-outs", """
                {"todokedeymd":"2026-09-01","tenshutsu_yotei_ymd":"2026-09-15",
                 "tenshutsusaki_jusho":"愛知県名古屋市中区三の丸三丁目1番1号","members":["%s","%s"]}""".formatted(father, son));
        created(registry + "/move-out-confirmations", """
                {"idoymd":"2026-09-15","members":["%s","%s"]}""".formatted(father, son));
        Await.await(() -> "soshitsu".equals(get(path).json().get("jotai").asString()));
        JsonNode lost = get(path).json();
        assertThat(lost.get("soshitsu_jiyu").asString()).isEqualTo("tenshutsu");
        assertThat(lost.get("shikyu_shuryo_ym").asString()).isEqualTo("2026-09");
    }

    @Test
    void aRecipientUnderSupportMeasuresGetsANoticeWithoutAddress() {
        JsonNode family = family();
        supportMeasure(id(family, 0), "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-03-01\"}");
        granted(family);
        ApiClient.Response run = post(allowance + "/payment-runs", "{\"shiharai_ym\":\"2026-05\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        JsonNode notice = noticeWithoutAddress("2026-05");
        assertThat(notice.get("shikyugaku").asLong()).isEqualTo(48_050);
    }

    @Test
    void aRecipientNamedWithAChildUnderSupportMeasuresGetsANoticeWithoutAddress() {
        // 児童虐待等: the child's 申出 names the parent who fled with the child (併せて支援を求める者)
        JsonNode family = family();
        childSupportedWithParent(family, 1, 0, "2026-03-01");
        granted(family);
        ApiClient.Response run = post(allowance + "/payment-runs", "{\"shiharai_ym\":\"2026-05\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        noticeWithoutAddress("2026-05");
    }
}
