package jp.kikan.childrearingallowance;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import kikan.testsupport.CityApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The 受給資格 under the same rules as the 試算: each child counted by its age and recorded 障害の状態 (児童扶養手当法 第3条
 * 第1項, 施行令 別表第一), and the 支給要件 with its 除外事由 (第4条) judged for every month, in the amounts and the payment
 * runs — a month that fails is 0円 with its reason and provision.
 */
class ChildRearingAllowanceEntitlementLawTest extends CityApiTest {

    @BeforeEach
    void newCity() {
        openCity("child-rearing-allowance", "resident-registry:clerk", "child-rearing-allowance:clerk");
    }

    /** A mother (世帯主) and a son born 2007-09-15 (18歳年度末 2026-03-31; 20 on 2027-09-14) move in on 2025-04-01. */
    private JsonNode family() {
        return created(registry + "/move-ins", """
                {"idoymd":"2025-04-01","todokedeymd":"2025-04-01","tennyumae_jusho":"静岡県静岡市葵区追手町9番6号",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"障害　和子","shimei_furigana":"ショウガイ　カズコ"},"seinengappi":"1980-01-05","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"障害　誠","shimei_furigana":"ショウガイ　マコト"},"seinengappi":"2007-09-15","seibetsu":"1","zokugara":"子"}]}""".formatted(address("梅町", "2番")));
    }

    private String claim(JsonNode family, String child, String requirement) {
        JsonNode claim =
                created(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10",
                 "jido":[{"atenabango":"%s"%s}],
                 "shotoku":[{"shotoku_nen":2023,"shotokugaku":0,"fuyo_shinzokuto_su":1},
                            {"shotoku_nen":2024,"shotokugaku":0,"fuyo_shinzokuto_su":1},
                            {"shotoku_nen":2025,"shotokugaku":0,"fuyo_shinzokuto_su":1}]%s}""".formatted(id(family, 0), id(family, 1), child, requirement));
        String path = allowance + "/entitlements/" + claim.get("id").asString();
        changed(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2025-06-25\"}");
        return path;
    }

    @Test
    void law3_1_aChildRecordedInTheTable1StateCountsPast18UntilTheMonthItReaches20() {
        String path = claim(
                family(),
                ",\"shogai\":{\"kubun\":\"techo\",\"techo_shurui\":\"shintai\",\"tokyu\":\"1級\",\"hantei\":\"gaito\","
                        + "\"hantei_ymd\":\"2025-05-01\"}",
                "");
        JsonNode child = get(path).json().get("jido").get(0);
        assertThat(child.get("shogai").get("techo_shurui").asString()).isEqualTo("shintai");
        assertThat(child.get("shogai").get("tokyu").asString()).isEqualTo("1級");

        JsonNode april = get(path + "/amounts/2026-04").json();
        assertThat(april.get("taisho_jido_su").asInt()).isEqualTo(1);
        assertThat(april.get("getsugaku").asLong()).isEqualTo(48_050);
        assertThat(april.get("jido_hantei").get(0).get("setsumei").asString()).contains("身体障害者手帳1級");
        assertThat(april.get("jido_hantei").get(0).get("jido_shuryo_ym").asString())
                .isEqualTo("2027-09");
        assertThat(get(path + "/amounts/2027-09").json().get("taisho_jido_su").asInt())
                .isEqualTo(1);
        JsonNode october = get(path + "/amounts/2027-10").json();
        assertThat(october.get("taisho_jido_su").asInt()).isZero();
        assertThat(october.get("getsugaku").asLong()).isZero();
        assertThat(october.get("jido_hantei").get(0).get("konkyo").asString()).contains("第3条第1項");
    }

    @Test
    void law3_1_withoutTheStateTheSameChildStopsAtThe18歳年度末() {
        String path = claim(family(), "", "");
        assertThat(get(path + "/amounts/2026-03").json().get("taisho_jido_su").asInt())
                .isEqualTo(1);
        JsonNode april = get(path + "/amounts/2026-04").json();
        assertThat(april.get("taisho_jido_su").asInt()).isZero();
        assertThat(april.get("jido_hantei").get(0).get("taisho").asBoolean()).isFalse();
    }

    @Test
    void law4_2_aMarriageRecordedAsAnExclusionStopsTheMonthsAfterIt_inTheAmountsAndTheRuns() {
        String path = claim(
                family(),
                "",
                ",\"shikyu_yoken\":{\"jiyu\":\"rikon\",\"gaito_ymd\":\"2024-11-30\"},"
                        + "\"jogai_jiyu\":[{\"jiyu\":\"haigusha\",\"kaishi_ymd\":\"2025-08-20\",\"jijitsukon\":true}]");
        JsonNode entitlement = get(path).json();
        assertThat(entitlement.get("shikyu_yoken").get("jiyu").asString()).isEqualTo("rikon");
        assertThat(entitlement.get("jogai_jiyu").get(0).get("jiyu").asString()).isEqualTo("haigusha");

        JsonNode august = get(path + "/amounts/2025-08").json();
        assertThat(august.get("shikyu_kubun").asString()).isEqualTo("zenbu_shikyu");
        assertThat(august.get("shikyu_yoken_kekka").get("gaito").asBoolean()).isTrue();
        JsonNode september = get(path + "/amounts/2025-09").json();
        assertThat(september.get("shikyu_kubun").asString()).isEqualTo("shikyu_yoken_hi_gaito");
        assertThat(september.get("getsugaku").asLong()).isZero();
        assertThat(september.get("shikyu_yoken_kekka").get("setsumei").asString())
                .contains("事実上の配偶者");
        assertThat(september.get("shikyu_yoken_kekka").get("konkyo").asString()).contains("第4条第2項");

        changed(path + "/status-reports", path, """
                {"nendo":2025,"teishutsu_ymd":"2025-08-20","shotoku":{"shotoku_nen":2024,"shotokugaku":0,"fuyo_shinzokuto_su":1}}""");
        ApiClient.Response run = post(allowance + "/payment-runs", "{\"shiharai_ym\":\"2025-11\"}");
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        StringBuilder months = new StringBuilder();
        run.json().get("shiharai").forEach(p -> p.get("taisho")
                .forEach(m -> months.append(m.get("taisho_ym").asString()).append(' ')));
        assertThat(months.toString().trim()).isEqualTo("2025-07 2025-08");
    }

    @Test
    void law4_exclusionsWithoutARequirement_andABadDisabilityState_are400NamingTheField() {
        JsonNode family = family();
        ApiClient.Response noRequirement =
                post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10",
                 "jido":[{"atenabango":"%s"}],
                 "jogai_jiyu":[{"jiyu":"satooya","kaishi_ymd":"2025-08-20"}]}""".formatted(id(family, 0), id(family, 1)));
        assertThat(noRequirement.status()).isEqualTo(400);
        assertThat(noRequirement.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shikyu_yoken");
        ApiClient.Response noKind = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10",
                 "jido":[{"atenabango":"%s","shogai":{"kubun":"techo","hantei":"gaito"}}]}""".formatted(id(family, 0), id(family, 1)));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("jido[0].shogai.techo_shurui");
    }
}
