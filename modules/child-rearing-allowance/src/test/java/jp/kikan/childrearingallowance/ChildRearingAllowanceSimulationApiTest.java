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
    void eachBusinessNeedsItsOwnClerkRole() {
        ApiClient.Response r = simulated("child-rearing-allowance", "child-allowance:clerk", """
                {"taisho_ym": "2025-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0}
                """);
        assertThat(r.status()).isEqualTo(403);
    }
}
