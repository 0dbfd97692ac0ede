package jp.kikan.childrearingallowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kikan.testsupport.ApiClient;
import kikan.testsupport.CityApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 児童扶養手当 through the API only: a single mother with two children claims in June 2025 and is granted 全部支給 on
 * her 2023 所得; without the August 現況届 the September run holds August back; the 現況届 brings her 2024 所得, which
 * makes the months from November 一部支給; the odd-month runs pay each month once at the exact amount of 令和7年度.
 * And the exact monthly amounts around each threshold of 令和6年度 (before and after 2024-11) and 令和7年度.
 */
class ChildRearingAllowanceLifecycleTest extends CityApiTest {

    @BeforeEach
    void newCity() {
        openCity(
                "child-rearing-allowance", "resident-registry:clerk", "child-rearing-allowance:clerk", "events:reader");
    }

    private JsonNode run(String month, int status) {
        ApiClient.Response r = post(allowance + "/payment-runs", "{\"shiharai_ym\":\"" + month + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r.json();
    }

    private static List<String> paid(JsonNode run) {
        List<String> out = new ArrayList<>();
        run.get("shiharai").forEach(p -> p.get("taisho")
                .forEach(m -> out.add(m.get("taisho_ym").asString() + ":"
                        + m.get("shiharaigaku").asLong() + ":"
                        + m.get("shikyu_kubun").asString())));
        return out;
    }

    @Test
    void aSingleMotherIsPaidEachMonthOnceAtTheAmountOfItsIncomeYear() {
        JsonNode family = created(registry + "/move-ins", """
                {"idoymd":"2025-04-01","todokedeymd":"2025-04-01","tennyumae_jusho":"神奈川県横浜市中区本町1丁目1番地",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"扶養　明子","shimei_furigana":"フヨウ　アキコ"},"seinengappi":"1990-01-15","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"扶養　大輝","shimei_furigana":"フヨウ　ダイキ"},"seinengappi":"2015-05-05","seibetsu":"1","zokugara":"子"},
                  {"shimei":{"shimei":"扶養　美咲","shimei_furigana":"フヨウ　ミサキ"},"seinengappi":"2019-09-09","seibetsu":"2","zokugara":"子"}]}""".formatted(address("桜町", "3番4号")));
        String mother = family.get("residents").get(0).get("atenabango").asString();
        String son = family.get("residents").get(1).get("atenabango").asString();
        String daughter = family.get("residents").get(2).get("atenabango").asString();

        // 認定請求 on 2025-06-10: paid from July; July to October follow the 2023 所得 (1,449,999: 全部支給).
        JsonNode claim = created(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10",
                 "jido":[{"atenabango":"%s"},{"atenabango":"%s"}],
                 "shotoku":[{"shotoku_nen":2023,"shotokugaku":1449999,"fuyo_shinzokuto_su":2}]}""".formatted(mother, son, daughter));
        String path = allowance + "/entitlements/" + claim.get("id").asString();
        assertThat(claim.get("shikyu_kaishi_ym").asString()).isEqualTo("2025-07");
        assertThat(claim.get("kaishi_konkyo").asString()).contains("児童扶養手当法 第7条第1項");
        JsonNode granted = changed(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2025-06-25\"}");
        assertThat(granted.get("jotai").asString()).isEqualTo("nintei");

        JsonNode july = get(path + "/amounts/2025-07").json();
        assertThat(july.get("shotoku_nen").asInt()).isEqualTo(2023);
        assertThat(july.get("taisho_jido_su").asInt()).isEqualTo(2);
        assertThat(july.get("shikyu_kubun").asString()).isEqualTo("zenbu_shikyu");
        assertThat(july.get("getsugaku").asLong()).isEqualTo(57_720); // 46,690 + 11,030

        // The September run: July paid; August held back, the 2025 現況届 is missing.
        JsonNode september = run("2025-09", 201);
        assertThat(paid(september)).containsExactly("2025-07:57720:zenbu_shikyu");
        assertThat(september.get("horyu"))
                .extracting(
                        h -> h.get("taisho_ym").asString() + ":" + h.get("riyu").asString())
                .containsExactly("2025-08:genkyo_todoke_mitei");

        // The 現況届 with the 2024 所得 of 2,000,000: 一部支給 from November.
        JsonNode reported = changed(path + "/status-reports", path, """
                {"nendo":2025,"teishutsu_ymd":"2025-08-20","shotoku":{"shotoku_nen":2024,"shotokugaku":2000000,"fuyo_shinzokuto_su":2}}""");
        assertThat(reported.get("genkyo_todoke").get(0).get("nendo").asInt()).isEqualTo(2025);
        ApiClient.Response wrongYear =
                post(path + "/status-reports", """
                {"nendo":2026,"teishutsu_ymd":"2025-08-21","shotoku":{"shotoku_nen":2024,"shotokugaku":1}}""", "If-Match", get(path).header("ETag"));
        assertThat(wrongYear.status()).isEqualTo(422);
        assertThat(wrongYear.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shotoku.shotoku_nen");

        JsonNode september2 = run("2025-09", 201);
        assertThat(september2.get("kaisu").asInt()).isEqualTo(2);
        assertThat(paid(september2)).containsExactly("2025-08:57720:zenbu_shikyu");
        assertThat(paid(run("2025-11", 201)))
                .containsExactly("2025-09:57720:zenbu_shikyu", "2025-10:57720:zenbu_shikyu");

        // November: 超過 550,000 → 本体 46,680 − 14,110 = 32,570; 加算 11,020 − 2,180 = 8,840 (施行令 第2条の4第3項)
        JsonNode november = get(path + "/amounts/2025-11").json();
        assertThat(november.get("shotoku_nen").asInt()).isEqualTo(2024);
        assertThat(november.get("shikyu_kubun").asString()).isEqualTo("ichibu_shikyu");
        assertThat(november.get("getsugaku").asLong()).isEqualTo(41_410);
        assertThat(november.get("hontaigaku").asLong()).isEqualTo(32_570);
        assertThat(november.get("kasangaku").get(0).asLong()).isEqualTo(8_840);
        assertThat(november.toString()).contains("10円未満").contains("児童扶養手当法施行令 第2条の4第3項");
        assertThat(paid(run("2026-01", 201)))
                .containsExactly("2025-11:41410:ichibu_shikyu", "2025-12:41410:ichibu_shikyu");
        assertThat(run("2026-01", 200).get("kaisu").asInt())
                .as("nothing new: the same run")
                .isEqualTo(1);

        ApiClient.Response evenMonth = post(allowance + "/payment-runs", "{\"shiharai_ym\":\"2025-12\"}");
        assertThat(evenMonth.status()).isEqualTo(422);
        assertThat(evenMonth.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shiharai_ym");

        // Every month from July to December once, and the notice of January.
        List<String> all = new ArrayList<>();
        for (String month : List.of("2025-09", "2025-11", "2026-01")) {
            get(allowance + "/payment-runs/" + month).json().forEach(r -> r.get("shiharai")
                    .forEach(p -> p.get("taisho")
                            .forEach(m -> all.add(m.get("taisho_ym").asString()))));
        }
        assertThat(all).containsExactly("2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12");
        JsonNode notice =
                get(allowance + "/payment-runs/2026-01/notices").json().get(0);
        assertThat(notice.get("shimei").asString()).isEqualTo("扶養　明子");
        assertThat(notice.get("shikyugaku").asLong()).isEqualTo(82_820);
        assertThat(notice.get("jusho").get("jusho_choaza").asString()).isEqualTo("桜町");

        // She marries on 2026-01-20: the 受給資格 is lost, paid through January.
        JsonNode lost = changed(path + "/losses", path, "{\"jiyu\":\"konin\",\"jiyu_ymd\":\"2026-01-20\"}");
        assertThat(lost.get("jotai").asString()).isEqualTo("soshitsu");
        assertThat(lost.get("shikyu_shuryo_ym").asString()).isEqualTo("2026-01");
        List<String> steps = new ArrayList<>();
        lost.get("rireki").forEach(h -> steps.add(h.get("kubun").asString()));
        assertThat(steps).containsExactly("認定請求", "認定", "現況届", "資格喪失");
    }

    @Test
    void exactAmountsAroundEachThreshold_twoChildren_令和6年度と令和7年度() {
        // 扶養親族等 2: 令和6年度 (to 2024-10) limits 125万 / 268万; from 2024-11 and in 令和7年度 145万 / 284万
        assertThat(simulate("2024-06", 1_249_999)).isEqualTo("zenbu_shikyu:56250");
        assertThat(simulate("2024-06", 1_250_000)).isEqualTo("ichibu_shikyu:56230");
        assertThat(simulate("2024-06", 2_679_999)).isEqualTo("ichibu_shikyu:16120");
        assertThat(simulate("2024-06", 2_680_000)).isEqualTo("shikyu_teishi:0");
        assertThat(simulate("2024-12", 1_449_999)).isEqualTo("zenbu_shikyu:56250");
        assertThat(simulate("2024-12", 2_839_999)).isEqualTo("ichibu_shikyu:16120");
        assertThat(simulate("2024-12", 2_840_000)).isEqualTo("shikyu_teishi:0");
        assertThat(simulate("2025-06", 1_449_999)).isEqualTo("zenbu_shikyu:57720");
        assertThat(simulate("2025-06", 1_450_000)).isEqualTo("ichibu_shikyu:57700");
        assertThat(simulate("2025-06", 2_000_000)).isEqualTo("ichibu_shikyu:41410");
        assertThat(simulate("2025-06", 2_839_999)).isEqualTo("ichibu_shikyu:16530");
        assertThat(simulate("2025-06", 2_840_000)).isEqualTo("shikyu_teishi:0");
    }

    private String simulate(String month, long income) {
        ApiClient.Response r = post(allowance + "/simulations", """
                {"taisho_ym":"%s","taisho_jido_su":2,"jukyusha_kubun":"haha","shotokugaku":%d,"fuyo_shinzokuto_su":2}""".formatted(month, income));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("shikyu_kubun").asString() + ":"
                + r.json().get("getsugaku").asLong();
    }
}
