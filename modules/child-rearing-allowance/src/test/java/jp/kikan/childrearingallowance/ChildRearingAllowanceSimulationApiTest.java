package jp.kikan.childrearingallowance;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;

/** The 試算 API of 児童扶養手当 through HTTP, as a clerk's screen or a vendor calls it. */
class ChildRearingAllowanceSimulationApiTest extends ModuleIntegrationTest {

    @Test
    void childRearingAllowanceR7_partialAmountWithItsSteps() {
        // 所得 200万, 3 children, 3 dependants: 一部支給 42,320 + 10,350 × 2 = 63,020 (see the unit test)
        ApiClient.Response r = simulated("child-rearing-allowance", "child-rearing-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 3, "jukyusha_kubun": "haha",
                 "shotokugaku": 2000000, "fuyo_shinzokuto_su": 3}
                """);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("shikyu_kubun").asString()).isEqualTo("ichibu_shikyu");
        assertThat(r.json().get("getsugaku").asLong()).isEqualTo(63_020);
        assertThat(r.json().get("hontaigaku").asLong()).isEqualTo(42_320);
        assertThat(r.json().get("gendogaku").get("zenbu_shikyu").asLong()).isEqualTo(1_830_000);
        assertThat(r.json().get("shiharai_ym").asString()).isEqualTo("2025-07");
        assertThat(r.body()).contains("10円未満四捨五入").contains("児童扶養手当法施行令 第2条の4第3項");
    }

    @Test
    void childRearingAllowanceFromIncomeParts_andANegativeIncomeIsA400NamingTheField() {
        ApiClient.Response parts = simulated("child-rearing-allowance", "child-rearing-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 2, "jukyusha_kubun": "haha", "fuyo_shinzokuto_su": 2,
                 "shotoku": {"sotoku_kingakuto": 2000000, "kyuyo_shotokuto": 2000000, "yoikuhi": 300003,
                             "kojo": {"shogaisha_su": 1}}}
                """);
        assertThat(parts.status()).isEqualTo(200);
        assertThat(parts.json().get("hantei_shotokugaku").asLong()).isEqualTo(1_790_002);
        assertThat(parts.json().get("getsugaku").asLong()).isEqualTo(47_620);

        ApiClient.Response negative = simulated("child-rearing-allowance", "child-rearing-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": -1}
                """);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shotokugaku");
    }

    @Test
    void issue20Facts_elderlyDependantsPensionsAndTheFiveYearStop_areResultsWithTheirArticles() {
        // 施行令 第2条の4: 孤児等の養育者, 所得 315万, 扶養2人 (老人1人) → 限度額 318万 → 全部支給 46,690
        ApiClient.Response foster = simulated("child-rearing-allowance", "child-rearing-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "yoikusha", "shotokugaku": 3150000,
                 "fuyo_shinzokuto_su": 2, "rojin_fuyo_shinzokuto_su": 1}
                """);
        assertThat(foster.status()).isEqualTo(200);
        assertThat(foster.json().get("shikyu_kubun").asString()).isEqualTo("zenbu_shikyu");
        assertThat(foster.json().get("getsugaku").asLong()).isEqualTo(46_690);

        // 第10条 with 施行令 第2条の4: the 扶養義務者's only dependant is a 老人扶養親族 → left out → 274万 stops
        ApiClient.Response supporter = simulated("child-rearing-allowance", "child-rearing-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0,
                 "fuyo_gimusha": [{"shotokugaku": 2740000, "fuyo_shinzokuto_su": 1, "rojin_fuyo_shinzokuto_su": 1}]}
                """);
        assertThat(supporter.json().get("shikyu_kubun").asString()).isEqualTo("shikyu_teishi");

        // 第13条の2第3項 then 第13条の3: 46,690 − 19,940 = 26,750; half (10円未満切捨て) 13,370 not paid → 13,380
        ApiClient.Response both = simulated("child-rearing-allowance", "child-rearing-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0,
                 "kokin": [{"shurui": "shogai_kiso_nenkinto", "kingaku": 19940, "tani": "getsugaku"}],
                 "shikyu_kaishi_ym": "2020-06"}
                """);
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.json().get("getsugaku").asLong()).isEqualTo(13_380);
        assertThat(both.json().get("chosei_mae_getsugaku").asLong()).isEqualTo(46_690);
        assertThat(both.json().get("teishi").get(0).get("jiyu").asString()).isEqualTo("kokin_heikyu_chosei");
        assertThat(both.json().get("teishi").get(1).get("jiyu").asString()).isEqualTo("ichibu_shikyu_teishi");
        assertThat(both.json().get("teishi").get(1).get("konkyo").asString()).contains("第13条の3");

        // 第13条の3第2項: the 適用除外事由届出 (就業) keeps the whole 手当
        ApiClient.Response exempt = simulated("child-rearing-allowance", "child-rearing-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0,
                 "shikyu_kaishi_ym": "2020-06", "tekiyo_jogai_jiyu": "shugyo"}
                """);
        assertThat(exempt.json().get("getsugaku").asLong()).isEqualTo(46_690);
        assertThat(exempt.json().get("teishi").size()).isZero();

        // a month before 2023-04 at its own amounts (令和3年度: 43,160)
        ApiClient.Response earlier = simulated("child-rearing-allowance", "child-rearing-allowance:clerk", """
                {"taisho_ym": "2021-04", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0}
                """);
        assertThat(earlier.json().get("getsugaku").asLong()).isEqualTo(43_160);
    }

    @Test
    void eachBusinessNeedsItsOwnClerkRole() {
        ApiClient.Response r = simulated("child-rearing-allowance", "child-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0}
                """);
        assertThat(r.status()).isEqualTo(403);
    }
}
