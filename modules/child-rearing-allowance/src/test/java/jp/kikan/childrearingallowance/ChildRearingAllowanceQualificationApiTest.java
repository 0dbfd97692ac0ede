package jp.kikan.childrearingallowance;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;

/** The 試算 with the 支給要件 and its 除外事由 judged (児童扶養手当法 第4条), through HTTP. */
class ChildRearingAllowanceQualificationApiTest extends ModuleIntegrationTest {

    private ApiClient.Response simulate(String body) {
        return simulated("child-rearing-allowance", "child-rearing-allowance:clerk", body);
    }

    @Test
    void law4_2_aTwoParentHouseholdIs200WithZero_theReasonAndTheArticle() {
        ApiClient.Response r = simulate("""
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0,
                 "shikyu_yoken": {"jiyu": "rikon", "gaito_ymd": "2023-03-31"},
                 "jogai_jiyu": [{"jiyu": "oya_dokyo", "kaishi_ymd": "2024-04-01"}]}
                """);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("shikyu_kubun").asString()).isEqualTo("shikyu_yoken_hi_gaito");
        assertThat(r.json().get("getsugaku").asLong()).isZero();
        assertThat(r.json().get("shikyu_yoken_hantei").asString()).isEqualTo("hantei");
        assertThat(r.json().get("shikyu_yoken_kekka").get("gaito").asBoolean()).isFalse();
        assertThat(r.json().get("shikyu_yoken_kekka").get("setsumei").asString())
                .contains("生計を同じくしている");
        assertThat(r.json().get("shikyu_yoken_kekka").get("konkyo").asString()).contains("児童扶養手当法 第4条第2項");
    }

    @Test
    void law4_1_aRequirementThatHoldsIsJudged_andNoneGivenIsMarkedNotJudged() {
        ApiClient.Response r = simulate("""
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "chichi", "shotokugaku": 0,
                 "shikyu_yoken": {"jiyu": "kokin_1nen_ijo", "gaito_ymd": "2024-04-15"}}
                """);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("shikyu_kubun").asString()).isEqualTo("zenbu_shikyu");
        assertThat(r.json().get("getsugaku").asLong()).isEqualTo(46_690);
        assertThat(r.json().get("shikyu_yoken_kekka").get("konkyo").asString()).contains("施行令 第2条第3号");

        ApiClient.Response counted = simulate("""
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0}
                """);
        assertThat(counted.json().get("shikyu_yoken_hantei").asString()).isEqualTo("mihantei");
        assertThat(counted.json().has("shikyu_yoken_kekka")).isFalse();
        assertThat(counted.json().get("getsugaku").asLong()).isEqualTo(46_690);

        ApiClient.Response foster = simulate("""
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "yoikusha", "shotokugaku": 0,
                 "shikyu_yoken": {"jiyu": "shibo", "gaito_ymd": "2024-04-15"}}
                """);
        assertThat(foster.status()).isEqualTo(400);
        assertThat(foster.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shikyu_yoken.oya");
    }
}
