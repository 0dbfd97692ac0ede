package jp.kikan.childallowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.CityApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 児童手当 through the API only, as a new user would run it, on top of the resident registry: a household moves in
 * with three children, the parent claims within 15 days and is granted; a fourth child is born, the registry's event
 * proposes a 額改定 that the clerk confirms; the parent moves out and the entitlement ends. The even-month payment runs
 * pay exactly the months owed, each once, at the amount of each child's age and rank in that month.
 */
class ChildAllowanceLifecycleTest extends CityApiTest {

    @BeforeEach
    void newCity() {
        openCity("child-allowance", "resident-registry:clerk", "child-allowance:clerk", "events:reader");
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private ApiClient.Response change(String path, String body, String etag) {
        return api.post(path, clerk, body, "Idempotency-Key", key(), "If-Match", etag);
    }

    /** 転入 on 2026-04-20 of a couple and three children (17, 11 and 1 years old in 2026-05). */
    private JsonNode moveIn() {
        return created(registry + "/move-ins", """
                {"idoymd":"2026-04-20","todokedeymd":"2026-04-22","tennyumae_jusho":"千葉県千葉市中央区中央1番1号",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"児童　一郎","shimei_furigana":"ジドウ　イチロウ"},"seinengappi":"1984-02-02","seibetsu":"1","zokugara":"世帯主"},
                  {"shimei":{"shimei":"児童　花","shimei_furigana":"ジドウ　ハナ"},"seinengappi":"1986-03-03","seibetsu":"2","zokugara":"妻"},
                  {"shimei":{"shimei":"児童　太一","shimei_furigana":"ジドウ　タイチ"},"seinengappi":"2008-05-10","seibetsu":"1","zokugara":"子"},
                  {"shimei":{"shimei":"児童　二葉","shimei_furigana":"ジドウ　フタバ"},"seinengappi":"2014-07-01","seibetsu":"2","zokugara":"子"},
                  {"shimei":{"shimei":"児童　三太","shimei_furigana":"ジドウ　サンタ"},"seinengappi":"2024-09-15","seibetsu":"1","zokugara":"子"}]}""".formatted(address("本町一丁目", "2番3号")));
    }

    @Test
    void aFamilyIsPaidExactlyTheMonthsOwed_fromTheClaimThroughABirthToTheMoveOut() {
        JsonNode household = moveIn();
        String parent = id(household, 0);
        String first = id(household, 2);
        String second = id(household, 3);
        String third = id(household, 4);

        // 認定請求 on 2026-05-01, 11 days after the 転入: 15日特例 → paid from May (not June).
        JsonNode claim = created(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-05-01",
                 "jido":[{"atenabango":"%s"},{"atenabango":"%s"},{"atenabango":"%s"}]}""".formatted(parent, first, second, third));
        String entitlement = claim.get("id").asString();
        String path = allowance + "/entitlements/" + entitlement;
        assertThat(claim.get("jotai").asString()).isEqualTo("shinsei");
        assertThat(claim.get("shikyu_kaishi_ym").asString()).isEqualTo("2026-05");
        assertThat(claim.get("tokurei").get("jiyu").asString()).isEqualTo("tennyu");
        assertThat(claim.get("kaishi_konkyo").asString()).contains("児童手当法 第8条第3項");

        // 認定
        ApiClient.Response granted =
                change(path + "/decisions", "{\"kekka\":\"nintei\",\"ketteiymd\":\"2026-05-10\"}", etag(path));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("jotai").asString()).isEqualTo("nintei");

        // May: 10,000 (17, rank 1) + 10,000 (11, rank 2) + 30,000 (1, rank 3, under 3) = 50,000
        JsonNode may = get(path + "/amounts/2026-05").json();
        assertThat(may.get("getsugaku").asLong()).isEqualTo(50_000);
        assertThat(may.get("shikyu_taisho").asBoolean()).isTrue();
        assertThat(childAmounts(may)).containsExactly(10_000L, 10_000L, 30_000L);
        assertThat(may.get("jido").get(0).get("nenrei_kubun").asString()).isEqualTo("3歳以上高校生年代まで");
        assertThat(may.get("jido").get(2).get("nenrei_kubun").asString()).isEqualTo("3歳未満");
        assertThat(may.get("jido").get(2).get("juni").asInt()).isEqualTo(3);
        assertThat(may.get("jido").get(2).get("konkyo").asString()).contains("児童手当法 第6条");
        assertThat(get(path + "/amounts/2026-04").json().get("shikyu_taisho").asBoolean())
                .isFalse();

        // June run pays May; August run pays June and July.
        assertThat(paidMonths(run("2026-06", 201), parent)).containsExactly("2026-05:50000");
        assertThat(paidMonths(run("2026-08", 201), parent)).containsExactly("2026-06:50000", "2026-07:50000");

        // A fourth child is born on 2026-08-20: the registry's event proposes a 額改定 (not an automatic increase).
        String fourth = born(household, "2026-08-25", "児童　四季", "ジドウ　シキ", "2026-08-20", "2");
        Await.await(() -> proposals().contains(fourth));
        JsonNode proposal = get(allowance + "/revision-proposals").json().get(0);
        assertThat(proposal.get("entitlement_id").asString()).isEqualTo(entitlement);
        assertThat(proposal.get("jotai").asString()).isEqualTo("teian");
        assertThat(get(path + "/amounts/2026-09").json().get("getsugaku").asLong())
                .as("a proposal does not raise the amount")
                .isEqualTo(50_000);

        // The clerk records the 額改定請求 of 2026-09-03 (within 15 days of the birth): raised from September.
        ApiClient.Response confirmed = change(
                path + "/revisions/" + proposal.get("id").asString() + "/decisions",
                "{\"kekka\":\"kakutei\",\"seikyu_ymd\":\"2026-09-03\"}",
                etag(path));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode revision = confirmed.json().get("kaitei").get(0);
        assertThat(revision.get("jotai").asString()).isEqualTo("kakutei");
        assertThat(revision.get("kaitei_ym").asString()).isEqualTo("2026-09");
        assertThat(revision.get("konkyo").asString()).contains("15日特例");
        assertThat(proposals()).doesNotContain(fourth);
        assertThat(get(path + "/amounts/2026-08").json().get("getsugaku").asLong())
                .isEqualTo(50_000);
        JsonNode september = get(path + "/amounts/2026-09").json();
        assertThat(september.get("getsugaku").asLong()).isEqualTo(80_000);
        assertThat(september.get("jido").get(3).get("juni").asInt()).isEqualTo(4);
        assertThat(september.get("jido").get(3).get("getsugaku").asLong()).isEqualTo(30_000);

        assertThat(paidMonths(run("2026-10", 201), parent)).containsExactly("2026-08:50000", "2026-09:80000");

        // The family moves out on 2026-10-31: the entitlement ends, paid through October.
        List<String> everyone = new ArrayList<>();
        household.get("residents").forEach(r -> everyone.add(r.get("atenabango").asString()));
        everyone.add(fourth);
        String members = everyone.stream()
                .map(a -> "\"" + a + "\"")
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        created(registry + "/move-outs", """
                {"todokedeymd":"2026-10-15","tenshutsu_yotei_ymd":"2026-10-31",
                 "tenshutsusaki_jusho":"大阪府大阪市北区中之島一丁目3番20号","members":[%s]}""".formatted(members));
        created(registry + "/move-out-confirmations", "{\"idoymd\":\"2026-10-31\",\"members\":[" + members + "]}");
        Await.await(() -> "shometsu".equals(get(path).json().get("jotai").asString()));
        JsonNode ended = get(path).json();
        assertThat(ended.get("shikyu_shuryo_ym").asString()).isEqualTo("2026-10");
        assertThat(ended.get("shometsu_jiyu").asString()).isEqualTo("tenshutsu");

        ApiClient.Response december = run("2026-12", 201);
        assertThat(paidMonths(december, parent)).containsExactly("2026-10:80000");
        ApiClient.Response again = run("2026-12", 200);
        assertThat(again.json().get("id").asString())
                .as("nothing new owed: the same run")
                .isEqualTo(december.json().get("id").asString());

        // Over all runs: every month from May to October exactly once, nothing after.
        List<String> all = new ArrayList<>();
        for (String month : List.of("2026-06", "2026-08", "2026-10", "2026-12")) {
            get(allowance + "/payment-runs/" + month).json().forEach(r -> r.get("shiharai")
                    .forEach(p -> p.get("taisho")
                            .forEach(m -> all.add(m.get("taisho_ym").asString()))));
        }
        assertThat(all).containsExactly("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10");

        // The history tells the whole story, and the events reached the feed.
        List<String> steps = new ArrayList<>();
        ended.get("rireki").forEach(h -> steps.add(h.get("kubun").asString()));
        assertThat(steps).containsExactly("認定請求", "認定", "額改定の提案", "額改定（増額）", "消滅");
        Await.await(() ->
                feed().containsAll(List.of("ChildAllowanceGranted", "ChildAllowanceRevised", "ChildAllowanceEnded")));

        // The 支払通知書 of December: the parent with the address.
        JsonNode notice =
                get(allowance + "/payment-runs/2026-12/notices").json().get(0);
        assertThat(notice.get("shiharaisaki_atenabango").asString()).isEqualTo(parent);
        assertThat(notice.get("shimei").asString()).isEqualTo("児童　一郎");
        assertThat(notice.get("jusho_hitoku").asBoolean()).isFalse();
        assertThat(notice.get("furikomigaku").asLong()).isEqualTo(80_000);
    }

    private ApiClient.Response run(String month, int status) {
        ApiClient.Response r = api.post(
                allowance + "/payment-runs", clerk, "{\"shiharai_ym\":\"" + month + "\"}", "Idempotency-Key", key());
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    private static List<String> paidMonths(ApiClient.Response run, String payee) {
        List<String> out = new ArrayList<>();
        run.json().get("shiharai").forEach(p -> {
            if (p.get("shiharaisaki_atenabango").asString().equals(payee)) {
                p.get("taisho")
                        .forEach(m -> out.add(m.get("taisho_ym").asString() + ":"
                                + m.get("shiharaigaku").asLong()));
            }
        });
        return out;
    }

    private static List<Long> childAmounts(JsonNode month) {
        List<Long> out = new ArrayList<>();
        month.get("jido").forEach(c -> out.add(c.get("getsugaku").asLong()));
        return out;
    }

    private String etag(String path) {
        return get(path).header("ETag");
    }

    private List<String> proposals() {
        List<String> out = new ArrayList<>();
        get(allowance + "/revision-proposals")
                .json()
                .forEach(p -> out.add(p.get("jido_atenabango").asString()));
        return out;
    }

    private List<String> feed() {
        List<String> types = new ArrayList<>();
        get("/api/platform/v1/tenants/" + tenant + "/events?limit=500")
                .json()
                .get("items")
                .forEach(e -> types.add(e.get("type").asString()));
        return types;
    }
}
