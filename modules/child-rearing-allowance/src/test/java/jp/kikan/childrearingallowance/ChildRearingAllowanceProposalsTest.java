package jp.kikan.childrearingallowance;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.CityApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What 児童扶養手当 proposes to the clerk: a 世帯変更 that puts a 配偶者 (事実上の配偶者 too) in the 受給者's household
 * proposes the 資格喪失 (児童扶養手当法 第4条第2項, 第3条第3項), and a child past its 18歳到達年度末 proposes the 減額 (第3条
 * 第1項), which with no child left ends the 受給資格; the clerk confirms without a 請求日.
 */
class ChildRearingAllowanceProposalsTest extends CityApiTest {

    @BeforeEach
    void newCity() {
        openCity("child-rearing-allowance", "resident-registry:clerk", "child-rearing-allowance:clerk");
    }

    /** A mother (世帯主) with a son born 2008-02-10 (18歳年度末 2026-03-31) and a daughter born 2016-07-07. */
    private JsonNode family() {
        return created(registry + "/move-ins", """
                {"idoymd":"2025-04-01","todokedeymd":"2025-04-01","tennyumae_jusho":"静岡県静岡市葵区追手町9番6号",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"提案　典子","shimei_furigana":"テイアン　ノリコ"},"seinengappi":"1985-03-03","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"提案　大和","shimei_furigana":"テイアン　ヤマト"},"seinengappi":"2008-02-10","seibetsu":"1","zokugara":"子"},
                  {"shimei":{"shimei":"提案　陽菜","shimei_furigana":"テイアン　ヒナ"},"seinengappi":"2016-07-07","seibetsu":"2","zokugara":"子"}]}""".formatted(address("桃町", "5番")));
    }

    private String granted(JsonNode family, boolean both) {
        String children = both
                ? "{\"atenabango\":\"%s\"},{\"atenabango\":\"%s\"}".formatted(id(family, 1), id(family, 2))
                : "{\"atenabango\":\"%s\"}".formatted(id(family, 1));
        JsonNode claim = created(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10","jido":[%s],
                 "shotoku":[{"shotoku_nen":2023,"shotokugaku":0,"fuyo_shinzokuto_su":2},
                            {"shotoku_nen":2024,"shotokugaku":0,"fuyo_shinzokuto_su":2}]}""".formatted(id(family, 0), children));
        String path = allowance + "/entitlements/" + claim.get("id").asString();
        changed(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2025-06-25\"}");
        return path;
    }

    @Test
    void law4_2_aHouseholdMergerWithAnUnregisteredHusbandProposesTheLoss_confirmedItEnds() {
        JsonNode family = family();
        String path = granted(family, true);
        JsonNode man = created(registry + "/move-ins", """
                {"idoymd":"2025-09-01","todokedeymd":"2025-09-01","tennyumae_jusho":"静岡県浜松市中央区元城町103番地の2",
                 "jusho":%s,
                 "members":[{"shimei":{"shimei":"同居　修","shimei_furigana":"ドウキョ　オサム"},"seinengappi":"1983-12-12","seibetsu":"1","zokugara":"世帯主"}]}""".formatted(address("桃町", "5番")));
        created(registry + "/household-changes", """
                {"kubun":"SETAI_GAPPEI","idoymd":"2025-10-05","todokedeymd":"2025-10-05","setaibango":"%s",
                 "gappeisaki_setaibango":"%s","zokugara":[{"atenabango":"%s","zokugara":"夫（未届）"}]}""".formatted(
                man.get("setaibango").asString(), family.get("setaibango").asString(), id(man, 0)));
        Await.await(() -> get(allowance + "/revision-proposals").json().size() == 1);
        JsonNode proposal = get(allowance + "/revision-proposals").json().get(0);
        assertThat(proposal.get("kubun").asString()).isEqualTo("gengaku");
        assertThat(proposal.get("jiyu").asString()).isEqualTo("konin");
        assertThat(proposal.get("jido_atenabango").asString()).isEqualTo(id(family, 0));
        assertThat(get(path).json().get("rireki").toString())
                .contains("資格喪失の提案")
                .contains("事実上の配偶者");

        JsonNode lost = changed(
                path + "/revisions/" + proposal.get("id").asString() + "/decisions", path, "{\"kekka\":\"kakutei\"}");
        assertThat(lost.get("jotai").asString()).isEqualTo("soshitsu");
        assertThat(lost.get("soshitsu_jiyu").asString()).isEqualTo("konin");
        assertThat(lost.get("shikyu_shuryo_ym").asString()).isEqualTo("2025-10");
        assertThat(get(allowance + "/revision-proposals").json().size()).isZero();
    }

    @Test
    void law3_1_theMonthAfterThe18歳年度末ProposesTheDecrease_andTheLastChildsEndsTheEntitlement() {
        JsonNode family = family();
        String two = granted(family, true);
        ApiClient.Response march = post(allowance + "/revision-proposals/age-limits", "{\"taisho_ym\":\"2026-03\"}");
        assertThat(march.status()).as(march.body()).isEqualTo(200);
        assertThat(march.json().size()).as("still a 児童 in March").isZero();

        JsonNode april = post(allowance + "/revision-proposals/age-limits", "{\"taisho_ym\":\"2026-04\"}")
                .json();
        assertThat(april.size()).isEqualTo(1);
        assertThat(april.get(0).get("jiyu").asString()).isEqualTo("nenrei_totatsu");
        assertThat(april.get(0).get("jido_atenabango").asString()).isEqualTo(id(family, 1));
        assertThat(post(allowance + "/revision-proposals/age-limits", "{\"taisho_ym\":\"2026-04\"}")
                        .json()
                        .size())
                .as("not proposed twice")
                .isZero();

        JsonNode decreased = changed(
                two + "/revisions/" + april.get(0).get("id").asString() + "/decisions", two, "{\"kekka\":\"kakutei\"}");
        assertThat(decreased.get("jotai").asString()).isEqualTo("nintei");
        assertThat(decreased.get("jido").get(0).get("shuryo_ym").asString()).isEqualTo("2026-03");
        assertThat(get(two + "/amounts/2026-04").json().get("taisho_jido_su").asInt())
                .isEqualTo(1);
    }
}
