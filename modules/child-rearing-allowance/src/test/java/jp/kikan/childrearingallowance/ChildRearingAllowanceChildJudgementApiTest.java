package jp.kikan.childrearingallowance;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;

/** The 試算 with each child judged (児童扶養手当法 第3条第1項, 施行令 別表第一), through HTTP. */
class ChildRearingAllowanceChildJudgementApiTest extends ModuleIntegrationTest {

    private ApiClient.Response simulate(String body) {
        return simulated("child-rearing-allowance", "child-rearing-allowance:clerk", body);
    }

    @Test
    void law3_1_eachChildIsJudgedWithItsReason_andNoneCountingIs200WithZero() {
        ApiClient.Response r = simulate("""
                {"taisho_ym": "2026-06", "jukyusha_kubun": "haha", "shotokugaku": 0,
                 "jido": [{"seinengappi": "2007-06-10",
                           "shogai": {"kubun": "techo", "techo_shurui": "ryoiku", "tokyu": "A", "hantei": "gaito"}},
                          {"seinengappi": "2007-06-10"}]}
                """);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("taisho_jido_hantei").asString()).isEqualTo("kobetsu_hantei");
        assertThat(r.json().get("taisho_jido_su").asInt()).isEqualTo(1);
        assertThat(r.json().get("getsugaku").asLong()).isEqualTo(48_050);
        assertThat(r.json().get("jido_hantei").get(0).get("setsumei").asString())
                .contains("療育手帳A");
        assertThat(r.json().get("jido_hantei").get(0).get("jido_shuryo_ym").asString())
                .isEqualTo("2027-06");
        assertThat(r.json().get("jido_hantei").get(1).get("taisho").asBoolean()).isFalse();

        ApiClient.Response none = simulate("""
                {"taisho_ym": "2026-06", "jukyusha_kubun": "haha", "shotokugaku": 0,
                 "jido": [{"seinengappi": "2007-06-10", "shogai": {"kubun": "nashi"}}]}
                """);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("shikyu_kubun").asString()).isEqualTo("taisho_jido_nashi");
        assertThat(none.json().get("getsugaku").asLong()).isZero();
        assertThat(none.json().get("taisho_jido_su").asInt()).isZero();
    }

    @Test
    void theCountAloneIsMarkedNotJudged_andBadChildrenAre400NamingTheField() {
        ApiClient.Response counted = simulate("""
                {"taisho_ym": "2026-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0}
                """);
        assertThat(counted.json().get("taisho_jido_hantei").asString()).isEqualTo("mihantei");

        ApiClient.Response both = simulate("""
                {"taisho_ym": "2026-06", "taisho_jido_su": 1, "jukyusha_kubun": "haha", "shotokugaku": 0,
                 "jido": [{"seinengappi": "2010-01-01"}]}
                """);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("jido");

        ApiClient.Response neither = simulate("""
                {"taisho_ym": "2026-06", "jukyusha_kubun": "haha", "shotokugaku": 0}
                """);
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("taisho_jido_su");

        ApiClient.Response noJudgement = simulate("""
                {"taisho_ym": "2026-06", "jukyusha_kubun": "haha", "shotokugaku": 0,
                 "jido": [{"seinengappi": "2010-01-01", "shogai": {"kubun": "shindansho"}}]}
                """);
        assertThat(noJudgement.status()).isEqualTo(400);
        assertThat(noJudgement.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("jido[0].shogai.hantei");
    }
}
