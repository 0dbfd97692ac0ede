package jp.kikan.residentregistry;

import static kikan.testsupport.Await.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A household's life in the registry through the API only, as a new user would record it: 転入 of a family,
 * 出生, 転居, 世帯分離, 死亡, 転出 and 転出確定. Every step is in the history, the as-of query for each date between
 * the steps answers what the registry said then, and each step's event is in the outbox, delivered, and in the
 * tenant's event feed.
 */
class ResidentLifecycleTest extends ModuleIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String base;

    @BeforeEach
    void newCity() {
        tenant = newTenantCode();
        tenants.register(tenant, "試験市", "シケンシ");
        api = api();
        clerk = api.token(tenant, "resident-registry:clerk", "events:reader");
        base = "/api/resident-registry/v1/tenants/" + tenant;
    }

    private JsonNode post(String path, String body) {
        ApiClient.Response r = api.post(
                base + path, clerk, body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private JsonNode get(String path) {
        ApiClient.Response r = api.get(base + path, clerk);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String address(String choaza, String banchi) {
        return """
                {"jusho_shikuchosonkodo":"%s","jusho_choazakodo":"0001001","jusho_todofuken":"東京都",
                 "jusho_shikugunchosonmei":"試験市","jusho_choaza":"%s","jusho_banchigohyoki":"%s"}""".formatted(tenant, choaza, banchi);
    }

    @Test
    void aHouseholdsLifeIsRecordedAsHistoryAndAnsweredAsOfEveryDate() {
        Instant beforeAll = Instant.now();
        // 1. 転入 of a family of three (異動日 2026-04-01, 届出 2026-04-03).
        JsonNode moveIn = post("/move-ins", """
                {"idoymd":"令和8年4月1日","todokedeymd":"2026-04-03","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"山田　太郎","shimei_furigana":"ヤマダ　タロウ"},"seinengappi":"1985-06-15",
                   "seibetsu":"1","zokugara":"世帯主","honseki":"東京都千代田区千代田一番","hittosha":"山田　太郎",
                   "kojinbango":"123456789018"},
                  {"shimei":{"shimei":"山田　花子","shimei_furigana":"ヤマダ　ハナコ"},"seinengappi":"1987-02-01",
                   "seibetsu":"2","zokugara":"妻"},
                  {"shimei":{"shimei":"山田　一郎","shimei_furigana":"ヤマダ　イチロウ"},"seinengappi":"2015-09-09",
                   "seibetsu":"1","zokugara":"子"}]}""".formatted(address("中央一丁目", "1番2号")));
        assertThat(moveIn.get("idojiyu").asString()).isEqualTo("TENNYU");
        assertThat(moveIn.get("idoymd").asString()).isEqualTo("2026-04-01");
        assertThat(moveIn.get("todokede_kigen_keika").asBoolean()).isFalse();
        String household = moveIn.get("setaibango").asString();
        String taro = moveIn.get("residents").get(0).get("atenabango").asString();
        String hanako = moveIn.get("residents").get(1).get("atenabango").asString();
        String ichiro = moveIn.get("residents").get(2).get("atenabango").asString();
        assertThat(moveIn.get("residents").get(0).has("kojinbango"))
                .as("個人番号 is never shown")
                .isFalse();

        // 2. 出生 (2026-05-10), notified after 20 days: accepted, flagged as late.
        JsonNode birth = post("/births", """
                {"todokedeymd":"2026-05-30","setaibango":"%s",
                 "person":{"shimei":{"shimei":"山田　桜","shimei_furigana":"ヤマダ　サクラ"},"seinengappi":"2026-05-10",
                           "seibetsu":"2","zokugara":"子"}}""".formatted(household));
        assertThat(birth.get("idojiyu").asString()).isEqualTo("SHUSSEI");
        assertThat(birth.get("todokede_kigen_keika").asBoolean()).isTrue();
        String sakura = birth.get("residents").get(0).get("atenabango").asString();

        // 3. 転居 of the whole household (2026-06-01).
        JsonNode move = post("/address-changes", """
                {"idoymd":"2026-06-01","todokedeymd":"2026-06-05","members":["%s","%s","%s","%s"],"jusho":%s}""".formatted(taro, hanako, ichiro, sakura, address("緑町", "3番4号")));
        assertThat(move.get("setaibango").asString()).isEqualTo(household);
        assertThat(move.get("residents").get(0).get("idomae_jusho").asString()).contains("中央一丁目1番2号");

        // 4. 世帯分離 (2026-07-01): 一郎 heads a household of his own at the same address.
        JsonNode split = post("/household-changes", """
                {"kubun":"SETAI_BUNRI","idoymd":"2026-07-01","setaibango":"%s","members":["%s"],"shin_setainushi":"%s"}""".formatted(household, ichiro, ichiro));
        String ichirosHousehold = split.get("setaibango").asString();
        assertThat(ichirosHousehold).isNotEqualTo(household);

        // 5. 死亡 of 太郎 (2026-08-15).
        post("/deaths", """
                {"idoymd":"2026-08-15","todokedeymd":"2026-08-16","atenabango":"%s"}""".formatted(taro));

        // 6. 転出届 of 花子 and 桜 (届出 2026-09-20, planned 2026-10-01), then 転出確定 on 2026-10-01.
        JsonNode notified = post("/move-outs", """
                {"todokedeymd":"2026-09-20","tenshutsu_yotei_ymd":"2026-10-01",
                 "tenshutsusaki_jusho":"神奈川県横浜市西区みなとみらい二丁目2番1号","members":["%s","%s"]}""".formatted(hanako, sakura));
        assertThat(notified.get("residents").get(0).get("jotai").asString()).isEqualTo("TENSHUTSU_YOTEI");
        JsonNode confirmed = post("/move-out-confirmations", """
                {"idoymd":"2026-10-01","members":["%s","%s"]}""".formatted(hanako, sakura));
        assertThat(confirmed.get("residents").get(0).get("jotai").asString()).isEqualTo("SHOJO");

        // Every step is in the history.
        List<String> taroReasons = reasons(get("/residents/" + taro + "/history"));
        assertThat(taroReasons).containsExactly("TENNYU", "TENKYO", "SHIBO");
        assertThat(reasons(get("/residents/" + hanako + "/history")))
                .containsExactly("TENNYU", "TENKYO", "TENSHUTSU_YOTEI", "TENSHUTSU");
        assertThat(reasons(get("/residents/" + ichiro + "/history")))
                .containsExactly("TENNYU", "TENKYO", "SETAI_BUNRI");
        assertThat(reasons(get("/residents/" + sakura + "/history")))
                .containsExactly("SHUSSEI", "TENKYO", "TENSHUTSU_YOTEI", "TENSHUTSU");

        // As of each date between the steps, the registry answers what it said then.
        assertThat(api.get(base + "/residents/" + taro + "?kijunbi=2026-03-31", clerk)
                        .status())
                .isEqualTo(404);
        assertThat(members(household, "2026-04-15")).containsExactlyInAnyOrder(taro, hanako, ichiro);
        assertThat(choaza(taro, "2026-04-15")).isEqualTo("中央一丁目");
        assertThat(members(household, "2026-05-20")).containsExactlyInAnyOrder(taro, hanako, ichiro, sakura);
        assertThat(choaza(sakura, "2026-05-20")).isEqualTo("中央一丁目");
        assertThat(choaza(taro, "2026-06-15")).isEqualTo("緑町");
        assertThat(members(household, "2026-06-15")).containsExactlyInAnyOrder(taro, hanako, ichiro, sakura);
        assertThat(members(household, "2026-07-15")).containsExactlyInAnyOrder(taro, hanako, sakura);
        assertThat(members(ichirosHousehold, "2026-07-15")).containsExactly(ichiro);
        assertThat(get("/residents/" + ichiro + "?kijunbi=2026-07-15")
                        .get("setainushi")
                        .asBoolean())
                .isTrue();
        assertThat(get("/residents/" + taro + "?kijunbi=2026-08-20")
                        .get("jotai")
                        .asString())
                .isEqualTo("SHOJO");
        assertThat(members(household, "2026-08-20")).containsExactlyInAnyOrder(hanako, sakura);
        JsonNode hanakoSept = get("/residents/" + hanako + "?kijunbi=2026-09-25");
        assertThat(hanakoSept.get("jotai").asString()).isEqualTo("TENSHUTSU_YOTEI");
        assertThat(hanakoSept.get("tenshutsu_yotei_ymd").asString()).isEqualTo("2026-10-01");
        assertThat(get("/residents/" + hanako + "?kijunbi=2026-10-02")
                        .get("shojo_ymd")
                        .asString())
                .isEqualTo("2026-10-01");
        assertThat(api.get(base + "/households/" + household + "?kijunbi=2026-10-02", clerk)
                        .status())
                .as("no one is left in the household")
                .isEqualTo(404);
        // As known before the 転出確定 was recorded, 花子 was still about to move out on 2026-10-02.
        String beforeConfirmation =
                confirmed.get("residents").get(0).get("shori_nichiji").asString();
        String justBefore = Instant.parse(beforeConfirmation).minusMillis(1).toString();
        assertThat(get("/residents/" + hanako + "?kijunbi=2026-10-02&kijun_nichiji=" + justBefore)
                        .get("jotai")
                        .asString())
                .isEqualTo("TENSHUTSU_YOTEI");

        // The 差分 since the start lists every version recorded.
        JsonNode changes = get("/changes?size=200&since=" + beforeAll);
        assertThat(changes.get("page").get("totalElements").asLong()).isEqualTo(14);

        // Every step's event went through the outbox, was delivered, and is in the event feed.
        List<String> expected = List.of(
                "ResidentMovedIn",
                "BirthRecorded",
                "ResidentAddressChanged",
                "HouseholdChanged",
                "ResidentDied",
                "ResidentMoveOutNotified",
                "ResidentMovedOut");
        await(() -> feedTypes().size() >= 14);
        assertThat(feedTypes()).containsAll(expected);
        assertThat(feedTypes()).hasSize(14);
        Long pending = jdbc.queryForObject(
                "SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL",
                Long.class,
                "%\"tenantCode\":\"" + tenant + "\"%");
        Long completed = jdbc.queryForObject(
                "SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE ? AND completion_date IS NOT NULL",
                Long.class,
                "%\"tenantCode\":\"" + tenant + "\"%");
        assertThat(pending).isZero();
        assertThat(completed).isGreaterThanOrEqualTo(14);
    }

    private List<String> feedTypes() {
        ApiClient.Response r = api.get("/api/platform/v1/tenants/" + tenant + "/events?limit=500", clerk);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        r.json().get("items").forEach(e -> types.add(e.get("type").asString()));
        return types;
    }

    private List<String> reasons(JsonNode history) {
        List<String> out = new ArrayList<>();
        history.get("versions")
                .forEach(v -> out.add(v.get("resident").get("idojiyu").asString()));
        return out;
    }

    private List<String> members(String household, String date) {
        List<String> out = new ArrayList<>();
        get("/households/" + household + "?kijunbi=" + date)
                .get("members")
                .forEach(m -> out.add(m.get("atenabango").asString()));
        return out;
    }

    private String choaza(String atenabango, String date) {
        return get("/residents/" + atenabango + "?kijunbi=" + date)
                .get("jusho")
                .get("jusho_choaza")
                .asString();
    }
}
