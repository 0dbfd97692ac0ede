package jp.kikan.childallowance;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;

/** The 試算 API of 児童手当 through HTTP, as a clerk's screen or a vendor calls it. */
class ChildAllowanceSimulationApiTest extends ModuleIntegrationTest {

    @Test
    void childAllowanceForNovember2026_ages20_17_13_10_is70000_paidInDecember() {
        ApiClient.Response r = simulated("child-allowance", "child-allowance:clerk", """
                {"taisho_ym": "2026-11", "jido": [
                  {"seinengappi": "2006-06-15", "kango_kubun": "tashi_santei_nomi"},
                  {"seinengappi": "2009-06-15"},
                  {"seinengappi": "2013-06-15"},
                  {"seinengappi": "2016-06-15"}]}
                """);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("getsugaku").asLong()).isEqualTo(70_000);
        assertThat(r.json().get("shikyu_kubun").asString()).isEqualTo("jido_teate");
        assertThat(r.json().get("shiharai_ym").asString()).isEqualTo("2026-12");
        assertThat(r.json().get("jido").get(0).get("getsugaku").asLong()).isZero();
        assertThat(r.json().get("jido").get(2).get("getsugaku").asLong()).isEqualTo(30_000);
        assertThat(r.json().get("jido").get(2).get("juni").asInt()).isEqualTo(3);
        assertThat(r.json().get("jido").get(2).get("konkyo").asString()).contains("児童手当法 第6条");
    }

    @Test
    void childAllowanceBeforeOctober2024_appliesTheIncomeLimit() {
        ApiClient.Response r = simulated("child-allowance", "child-allowance:clerk", """
                {"taisho_ym": "2024-09", "jido": [{"seinengappi": "2020-01-01"}],
                 "shotokugaku": 6980000, "fuyo_shinzokuto_su": 2}
                """);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("shikyu_kubun").asString()).isEqualTo("tokurei_kyufu");
        assertThat(r.json().get("getsugaku").asLong()).isEqualTo(5_000);
        assertThat(r.json().get("shotoku_seigen").get("seigen_gendogaku").asLong())
                .isEqualTo(6_980_000);
    }

    @Test
    void aChildBornAfterTheMonthIsA400NamingTheField() {
        ApiClient.Response r = simulated("child-allowance", "child-allowance:clerk", """
                {"taisho_ym": "2026-11", "jido": [{"seinengappi": "2020-01-01"}, {"seinengappi": "2027-01-05"}]}
                """);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("jido[1].seinengappi");
        assertThat(r.json().get("invalidParams").get(0).get("code").asString()).isEqualTo("born-after-month");
        assertThat(r.json().get("invalidParams").get(0).get("reason").asString())
                .contains("生年月日");
    }

    @Test
    void noChildInAgeIs200WithZero_theReasonAndTheArticle_児童手当法第4条第1項() {
        ApiClient.Response r = simulated("child-allowance", "child-allowance:clerk", """
                {"taisho_ym": "2026-11", "jido": [{"seinengappi": "2006-06-15"}]}
                """);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("getsugaku").asLong()).isZero();
        assertThat(r.json().get("shikyu_kubun").asString()).isEqualTo("shikyu_nashi");
        assertThat(r.json().get("shikyu_nashi_riyu").get("setsumei").asString()).contains("18歳");
        assertThat(r.json().get("shikyu_nashi_riyu").get("konkyo").asString()).contains("児童手当法 第4条第1項");
    }
}
