package jp.kikan.conformance.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jp.kikan.conformance.harness.ApiClient;
import jp.kikan.conformance.harness.ApiResponse;
import jp.kikan.conformance.harness.ConformanceTarget;
import jp.kikan.conformance.harness.Requirement;
import jp.kikan.conformance.harness.RequirementKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 住民記録: the 異動 processes, as-of reads, 差分, certificates and protections, black-box through the API of the
 * demo municipality. Each scenario enters its own new household, so the suite can run again and again against the
 * same deployment.
 */
class ResidentRegistryProcessConformanceTest {

    private static final String DEMO = ConformanceTarget.DEMO_TENANT;
    private static final String BASE = "/api/resident-registry/v1/tenants/" + DEMO;

    private final ApiClient clerk =
            ConformanceTarget.current().as("rr-clerk", DEMO, "resident-registry:clerk", "events:reader");

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private JsonNode created(String path, String body) {
        ApiResponse r = clerk.post(BASE + path, body, key());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.jsonBody();
    }

    private JsonNode read(String path) {
        ApiResponse r = clerk.get(BASE + path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.jsonBody();
    }

    private static String address(String choaza, String banchi) {
        return """
                {"jusho_shikuchosonkodo":"%s","jusho_choazakodo":"0001001","jusho_todofuken":"東京都",
                 "jusho_shikugunchosonmei":"若葉市","jusho_choaza":"%s","jusho_banchigohyoki":"%s"}""".formatted(DEMO, choaza, banchi);
    }

    /**
     * A family of two moves in on 2026-04-01; returns the 転入 result. The same family moves in on every run against a
     * deployment, so the clerk confirms it is not the family of an earlier run (重複確認).
     */
    private JsonNode family(String surname, String kana) {
        return created("/move-ins", """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-02","tennyumae_jusho":"埼玉県さいたま市浦和区高砂三丁目15番1号",
                 "chofuku_kakunin":true,
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"%s　健太","shimei_furigana":"%s　ケンタ"},"seinengappi":"1988-08-08","seibetsu":"1",
                   "zokugara":"世帯主","honseki":"東京都若葉市本町1番地"},
                  {"shimei":{"shimei":"%s　美咲","shimei_furigana":"%s　ミサキ"},"seinengappi":"1990-09-09","seibetsu":"2",
                   "zokugara":"妻"}]}""".formatted(address("中央二丁目", "7番8号"), surname, kana, surname, kana));
    }

    private static String id(JsonNode result, int i) {
        return result.path("residents").get(i).path("atenabango").asString();
    }

    @Test
    @Requirement(id = "RR-0005", title = "転入", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aMoveInCreatesAHouseholdWithItsHeadAndRecordsTheNotification() {
        JsonNode result = family("転入", "テンニュウ");
        assertThat(result.path("idojiyu").asString()).isEqualTo("TENNYU");
        JsonNode head = read("/residents/" + id(result, 0));
        assertThat(head.path("setainushi").asBoolean()).isTrue();
        assertThat(head.path("juminninatta_ymd").asString()).isEqualTo("2026-04-01");
        assertThat(head.path("tennyumae_jusho").asString()).contains("さいたま市");
        assertThat(read("/households/" + result.path("setaibango").asString())
                        .path("members")
                        .size())
                .isEqualTo(2);
    }

    @Test
    @Requirement(id = "RR-0006", title = "出生", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aBirthIsEnteredInTheHouseholdFromTheBirthDate() {
        JsonNode family = family("出生", "シュッセイ");
        JsonNode birth =
                created("/births", """
                {"todokedeymd":"2026-05-12","setaibango":"%s","chofuku_kakunin":true,
                 "person":{"shimei":{"shimei":"出生　陽菜","shimei_furigana":"シュッセイ　ヒナ"},"seinengappi":"2026-05-05",
                           "seibetsu":"2","zokugara":"子"}}""".formatted(family.path("setaibango").asString()));
        assertThat(birth.path("idoymd").asString()).isEqualTo("2026-05-05");
        String child = id(birth, 0);
        assertThat(clerk.get(BASE + "/residents/" + child + "?kijunbi=2026-05-04")
                        .status())
                .isEqualTo(404);
        assertThat(read("/residents/" + child + "?kijunbi=2026-05-05")
                        .path("zokugara")
                        .asString())
                .isEqualTo("子");
    }

    @Test
    @Requirement(id = "RR-0007", title = "転居", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void anAddressChangeRecordsTheNewAddressAndKeepsTheOldOneInHistory() {
        JsonNode family = family("転居", "テンキョ");
        String a = id(family, 0);
        String b = id(family, 1);
        JsonNode moved = created("/address-changes", """
                {"idoymd":"2026-06-10","todokedeymd":"2026-06-11","members":["%s","%s"],"jusho":%s}""".formatted(a, b, address("緑町", "2番3号")));
        assertThat(moved.path("residents").get(0).path("juteiymd").asString()).isEqualTo("2026-06-10");
        assertThat(moved.path("residents").get(0).path("idomae_jusho").asString())
                .contains("中央二丁目");
        assertThat(read("/residents/" + a + "?kijunbi=2026-06-09")
                        .path("jusho")
                        .path("jusho_choaza")
                        .asString())
                .isEqualTo("中央二丁目");
        assertThat(read("/residents/" + a + "?kijunbi=2026-06-10")
                        .path("jusho")
                        .path("jusho_choaza")
                        .asString())
                .isEqualTo("緑町");
    }

    @Test
    @Requirement(id = "RR-0008", title = "転出", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aMoveOutIsNotifiedThenConfirmedAndTheRecordRemovedFromTheDayOfLeaving() {
        JsonNode family = family("転出", "テンシュツ");
        String a = id(family, 0);
        JsonNode notified = created("/move-outs", """
                {"todokedeymd":"2026-07-01","tenshutsu_yotei_ymd":"2026-07-10",
                 "tenshutsusaki_jusho":"大阪府大阪市中央区大手前二丁目1番22号","members":["%s"]}""".formatted(a));
        assertThat(notified.path("residents").get(0).path("jotai").asString()).isEqualTo("TENSHUTSU_YOTEI");
        created("/move-out-confirmations", "{\"idoymd\":\"2026-07-10\",\"members\":[\"" + a + "\"]}");
        assertThat(read("/residents/" + a + "?kijunbi=2026-07-09").path("jotai").asString())
                .isEqualTo("TENSHUTSU_YOTEI");
        JsonNode removed = read("/residents/" + a + "?kijunbi=2026-07-10");
        assertThat(removed.path("jotai").asString()).isEqualTo("SHOJO");
        assertThat(removed.path("shojo_jiyu").asString()).isEqualTo("転出");
    }

    @Test
    @Requirement(id = "RR-0009", title = "死亡", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aDeathRemovesTheRecordFromTheDateOfDeath() {
        JsonNode family = family("死亡", "シボウ");
        String b = id(family, 1);
        created("/deaths", "{\"idoymd\":\"2026-08-01\",\"todokedeymd\":\"2026-08-02\",\"atenabango\":\"" + b + "\"}");
        assertThat(read("/residents/" + b + "?kijunbi=2026-08-01")
                        .path("shojo_jiyu")
                        .asString())
                .isEqualTo("死亡");
        assertThat(read("/households/" + family.path("setaibango").asString() + "?kijunbi=2026-08-01")
                        .path("members")
                        .size())
                .isEqualTo(1);
    }

    @Test
    @Requirement(id = "RR-0010", title = "世帯変更", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void theHeadChangesAndAMemberSeparatesIntoAHouseholdOfHerOwn() {
        JsonNode family = family("世帯", "セタイ");
        String setai = family.path("setaibango").asString();
        String a = id(family, 0);
        String b = id(family, 1);
        created("/household-changes", """
                {"kubun":"SETAINUSHI_HENKO","idoymd":"2026-05-01","setaibango":"%s","shin_setainushi":"%s",
                 "zokugara":[{"atenabango":"%s","zokugara":"夫"}]}""".formatted(setai, b, a));
        JsonNode household = read("/households/" + setai);
        assertThat(household.path("setainushi_atenabango").asString()).isEqualTo(b);
        JsonNode split = created("/household-changes", """
                {"kubun":"SETAI_BUNRI","idoymd":"2026-06-01","setaibango":"%s","members":["%s"],"shin_setainushi":"%s"}""".formatted(setai, a, a));
        assertThat(split.path("setaibango").asString()).isNotEqualTo(setai);
        assertThat(read("/residents/" + a).path("setainushi").asBoolean()).isTrue();
    }

    @Test
    @Requirement(id = "RR-0011", title = "職権修正", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aCorrectionNeedsTheCurrentVersionAndKeepsTheWrongOneInHistory() {
        String a = id(family("修正", "シュウセイ"), 0);
        ApiResponse current = clerk.get(BASE + "/residents/" + a);
        String etag = current.header("ETag").orElseThrow();
        ApiResponse withoutIfMatch = clerk.post(
                BASE + "/residents/" + a + "/corrections", "{\"shusei_jiyu\":\"戸籍照合\",\"seibetsu\":\"2\"}", key());
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        ApiResponse corrected = clerk.post(
                BASE + "/residents/" + a + "/corrections",
                "{\"shusei_jiyu\":\"戸籍照合\",\"shimei\":{\"shimei\":\"修正　健汰\",\"shimei_furigana\":\"シュウセイ　ケンタ\"}}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", etag));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        JsonNode versions = read("/residents/" + a + "/history").path("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0)
                        .path("resident")
                        .path("shimei")
                        .path("shimei")
                        .asString())
                .isEqualTo("修正　健太");
        assertThat(versions.get(1).path("resident").path("idojiyu").asString()).isEqualTo("SHOKKEN_SHUSEI");
    }

    @Test
    @Requirement(id = "RR-0012", title = "職権消除・回復", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aRemovalAndItsRestorationAreBothInTheHistory() {
        String a = id(family("消除", "ショウジョ"), 1);
        String etag = clerk.get(BASE + "/residents/" + a).header("ETag").orElseThrow();
        ApiResponse removed = clerk.post(
                BASE + "/residents/" + a + "/removals",
                "{\"idoymd\":\"2026-09-01\",\"shusei_jiyu\":\"実態調査で居住の事実なし\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", etag));
        assertThat(removed.status()).as(removed.toString()).isEqualTo(201);
        String etag2 = clerk.get(BASE + "/residents/" + a).header("ETag").orElseThrow();
        ApiResponse restored = clerk.post(
                BASE + "/residents/" + a + "/restorations",
                "{\"shusei_jiyu\":\"居住が確認されたため\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", etag2));
        assertThat(restored.status()).as(restored.toString()).isEqualTo(201);
        assertThat(read("/residents/" + a).path("jotai").asString()).isEqualTo("JUMIN");
        assertThat(read("/residents/" + a + "/history").toString())
                .contains("SHOKKEN_SHOJO")
                .contains("KAIFUKU");
    }

    @Test
    @Requirement(id = "RR-0013", title = "外国人住民", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aForeignResidentsPeriodOfStayIsRenewed() {
        JsonNode moved = created("/move-ins", """
                {"idoymd":"2026-04-01","tennyumae_jusho":"ベトナム社会主義共和国ハノイ市","chofuku_kakunin":true,
                 "jusho":%s,
                 "members":[{"shimei":{"shimei":"ＮＧＵＹＥＮ　ＶＡＮ　ＡＮ","shimei_furigana":"グエン　ヴァン　アン"},
                   "seinengappi":"1998-02-03","seibetsu":"1","zokugara":"世帯主",
                   "gaikokujin":{"kokuseki":"ベトナム","hojin30jo45_kubun":"CHUCHOKI","zairyushikaku":"技術・人文知識・国際業務",
                                 "zairyukikan":"1年","zairyukikan_manryo_ymd":"2027-03-31","zairyukado_bango":"AB12345678CD"}}]}""".formatted(address("港南一丁目", "3番3号")));
        String a = id(moved, 0);
        JsonNode renewed = created(
                "/residents/" + a + "/residence-status-changes",
                "{\"kubun\":\"ZAIRYU_KIKAN_KOSHIN\",\"idoymd\":\"2026-10-01\",\"zairyukikan\":\"3年\","
                        + "\"zairyukikan_manryo_ymd\":\"2029-03-31\"}");
        assertThat(renewed.path("idojiyu").asString()).isEqualTo("ZAIRYU_KIKAN_KOSHIN");
        assertThat(read("/residents/" + a)
                        .path("gaikokujin")
                        .path("zairyukikan_manryo_ymd")
                        .asString())
                .isEqualTo("2029-03-31");
        assertThat(read("/residents/" + a + "?kijunbi=2026-09-30")
                        .path("gaikokujin")
                        .path("zairyukikan_manryo_ymd")
                        .asString())
                .isEqualTo("2027-03-31");
    }

    @Test
    @Requirement(id = "RR-0014", title = "基準日照会", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void theHouseholdIsAnsweredAsOfAnyDate() {
        JsonNode family = family("基準", "キジュン");
        String setai = family.path("setaibango").asString();
        assertThat(clerk.get(BASE + "/households/" + setai + "?kijunbi=2026-03-31")
                        .status())
                .isEqualTo(404);
        assertThat(read("/households/" + setai + "?kijunbi=2026-04-01")
                        .path("members")
                        .size())
                .isEqualTo(2);
    }

    @Test
    @Requirement(id = "RR-0015", title = "記録時点照会", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void whatWasKnownBeforeACorrectionIsStillAnswered() throws InterruptedException {
        String a = id(family("記録", "キロク"), 0);
        Instant before = Instant.now();
        Thread.sleep(5);
        String etag = clerk.get(BASE + "/residents/" + a).header("ETag").orElseThrow();
        ApiResponse corrected = clerk.post(
                BASE + "/residents/" + a + "/corrections",
                "{\"shusei_jiyu\":\"届出書の誤記\",\"seinengappi\":\"1988-08-18\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", etag));
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(read("/residents/" + a + "?kijun_nichiji=" + before)
                        .path("seinengappi")
                        .asString())
                .isEqualTo("1988-08-08");
        assertThat(read("/residents/" + a).path("seinengappi").asString()).isEqualTo("1988-08-18");
    }

    @Test
    @Requirement(id = "RR-0016", title = "差分提供", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void theChangesSinceATimeListEveryNewVersion() throws InterruptedException {
        Instant since = Instant.now();
        Thread.sleep(5);
        JsonNode family = family("差分", "サブン");
        JsonNode changes = read("/changes?size=200&since=" + since);
        assertThat(changes.toString()).contains(id(family, 0)).contains(id(family, 1));
    }

    @Test
    @Requirement(id = "RR-0017", title = "支援措置", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void theAddressOfAPersonUnderASupportMeasureIsWithheld() {
        String a = id(family("支援", "シエン"), 1);
        ApiClient officer = ConformanceTarget.current().as("rr-officer", DEMO, "resident-registry:support-measures");
        ApiResponse started = officer.post(
                BASE + "/residents/" + a + "/support-measures",
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-02\"}",
                key());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonNode seen = read("/residents/" + a);
        assertThat(seen.path("shien_sochi").asBoolean()).isTrue();
        assertThat(seen.has("jusho")).isFalse();
        ApiResponse certificate = clerk.post(
                BASE + "/certificates",
                "{\"shurui\":\"JUMINHYO_NO_UTSUSHI\",\"atenabango\":[\"" + a
                        + "\"],\"seikyusha_kubun\":\"DAISANSHA\",\"seikyu_jiyu\":\"債権回収\"}",
                Map.of(
                        "Idempotency-Key",
                        UUID.randomUUID().toString(),
                        "Accept",
                        "application/pdf, application/problem+json"));
        assertThat(certificate.status()).isEqualTo(403);
    }

    @Test
    @Requirement(
            id = "RR-0021",
            title = "支援措置の併せて支援を求める者",
            business = "resident-registry",
            kind = RequirementKind.MANDATORY)
    void theAddressOfThoseNamedWithHerIsWithheldAndNoThirdPartyGetsTheirCopy() {
        JsonNode family = created("/move-ins", """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-02","tennyumae_jusho":"埼玉県さいたま市浦和区高砂三丁目15番1号",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"併支　陽子","shimei_furigana":"ヘイシ　ヨウコ"},"seinengappi":"1991-01-11","seibetsu":"2",
                   "zokugara":"世帯主"},
                  {"shimei":{"shimei":"併支　陸","shimei_furigana":"ヘイシ　リク"},"seinengappi":"2019-02-22","seibetsu":"1",
                   "zokugara":"子"},
                  {"shimei":{"shimei":"併支　静","shimei_furigana":"ヘイシ　シズカ"},"seinengappi":"1962-03-30","seibetsu":"2",
                   "zokugara":"母"}]}""".formatted(address("緑町三丁目", "21番3号")));
        String mother = id(family, 0);
        String child = id(family, 1);
        ApiClient officer = ConformanceTarget.current().as("rr-officer", DEMO, "resident-registry:support-measures");
        ApiResponse started = officer.post(
                BASE + "/residents/" + mother + "/support-measures",
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-02\",\"awasete_shien_atenabango\":[\"" + child + "\"]}",
                key());
        assertThat(started.status()).as(started.toString()).isEqualTo(201);

        JsonNode seen = read("/residents/" + child);
        assertThat(seen.path("shien_sochi").asBoolean()).isTrue();
        assertThat(seen.has("jusho")).isFalse();
        read("/households/" + family.path("setaibango").asString())
                .path("members")
                .forEach(m -> assertThat(m.has("jusho"))
                        .as("no member at her address shows it: " + m)
                        .isFalse());
        read("/residents?jusho=" + java.net.URLEncoder.encode("緑町三丁目21番3号", java.nio.charset.StandardCharsets.UTF_8))
                .path("items")
                .forEach(r -> assertThat(r.path("atenabango").asString()).isNotIn(mother, child));
        ApiResponse certificate = clerk.post(
                BASE + "/certificates",
                "{\"shurui\":\"JUMINHYO_NO_UTSUSHI\",\"atenabango\":[\"" + child
                        + "\"],\"seikyusha_kubun\":\"DAISANSHA\",\"seikyu_jiyu\":\"債権回収\"}",
                Map.of(
                        "Idempotency-Key",
                        UUID.randomUUID().toString(),
                        "Accept",
                        "application/pdf, application/problem+json"));
        assertThat(certificate.status()).isEqualTo(403);
        ApiResponse byOfficer = officer.get(BASE + "/residents/" + child);
        assertThat(byOfficer.jsonBody().path("jusho").path("jusho_choaza").asString())
                .isEqualTo("緑町三丁目");
    }

    @Test
    @Requirement(id = "RR-0018", title = "不正な要求", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void invalidRequestsNameTheFieldAndChangeNothing() {
        JsonNode family = family("不正", "フセイ");
        String a = id(family, 0);
        created("/deaths", "{\"idoymd\":\"2026-05-01\",\"atenabango\":\"" + a + "\"}");
        ApiResponse move = clerk.post(
                BASE + "/address-changes",
                "{\"idoymd\":\"2026-06-01\",\"members\":[\"" + a + "\"],\"jusho\":" + address("本町", "9番9号") + "}",
                key());
        assertThat(move.status()).isEqualTo(422);
        assertThat(move.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("members[0]");
        ApiResponse badNumber = clerk.post(
                BASE + "/births", """
                {"setaibango":"%s","person":{"shimei":{"shimei":"不正　一","shimei_furigana":"フセイ　ハジメ"},
                 "seinengappi":"平成31年5月1日","seibetsu":"1","zokugara":"親分","kojinbango":"123456789012"}}""".formatted(family.path("setaibango").asString()), key());
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.jsonBody().path("invalidParams").toString())
                .contains("person.seinengappi")
                .contains("person.zokugara")
                .contains("person.kojinbango");
        assertThat(read("/households/" + family.path("setaibango").asString())
                        .path("members")
                        .size())
                .isEqualTo(1);
    }

    @Test
    @Requirement(id = "RR-0019", title = "異動イベント", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void everyChangeIsPublishedInTheEventFeed() throws InterruptedException {
        JsonNode family = family("事象", "ジショウ");
        String a = id(family, 0);
        boolean found = false;
        for (int attempt = 0; attempt < 100 && !found; attempt++) {
            ApiResponse feed = clerk.get("/api/platform/v1/tenants/" + DEMO
                    + "/events?type=ResidentMovedIn&limit=500&after=" + Math.max(0, latestPosition() - 400));
            assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
            found = feed.body().contains(a);
            if (!found) {
                Thread.sleep(100);
            }
        }
        assertThat(found).as("ResidentMovedIn of %s in the event feed", a).isTrue();
    }

    @Test
    @Requirement(id = "0010001", title = "住民票の写し", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aCertificateIsIssuedAsPdfAndItsIssuanceAudited() {
        JsonNode family = family("証明", "ショウメイ");
        ApiResponse pdf = clerk.post(
                BASE + "/certificates",
                "{\"shurui\":\"JUMINHYO_NO_UTSUSHI\",\"atenabango\":[\"" + id(family, 0) + "\",\"" + id(family, 1)
                        + "\"],\"seikyusha_kubun\":\"HONNIN\",\"seikyu_jiyu\":\"年金の手続\",\"kisai\":{\"zokugara\":true}}",
                Map.of(
                        "Idempotency-Key",
                        UUID.randomUUID().toString(),
                        "Accept",
                        "application/pdf, application/problem+json"));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType().orElse("")).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        ApiResponse audit = ConformanceTarget.current()
                .as("rr-auditor", DEMO, "auditor")
                .get("/api/platform/v1/tenants/" + DEMO + "/audit-records?operation=CERTIFICATE_ISSUE&subject="
                        + id(family, 0));
        assertThat(audit.jsonBody().path("items").size()).isEqualTo(1);
    }

    @Test
    @Requirement(id = "RR-0020", title = "団体間の分離", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void anotherMunicipalitysClerkNeitherReadsNorWritesThisRegistry() {
        String a = id(family("分離", "ブンリ"), 0);
        ApiClient stranger = ConformanceTarget.current()
                .as("rr-stranger", ConformanceTarget.OTHER_TENANT, "resident-registry:clerk");
        assertThat(stranger.get(BASE + "/residents/" + a).status()).isEqualTo(403);
        assertThat(stranger.post(BASE + "/deaths", "{\"idoymd\":\"2026-05-01\",\"atenabango\":\"" + a + "\"}", key())
                        .status())
                .isEqualTo(403);
        ApiResponse own = stranger.get(
                "/api/resident-registry/v1/tenants/" + ConformanceTarget.OTHER_TENANT + "/residents?atenabango=" + a);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.jsonBody().path("page").path("totalElements").asLong()).isZero();
        assertThat(read("/residents/" + a).path("jotai").asString()).isEqualTo("JUMIN");
    }

    /** 氏名 no earlier run used: 名寄 + the clock's digits in full width (no 振り仮名, which could match an earlier run). */
    private static String uniqueName() {
        StringBuilder out = new StringBuilder("名寄　");
        for (char c : Long.toString(System.nanoTime() % 100_000_000L).toCharArray()) {
            out.append((char) ('０' + (c - '0')));
        }
        return out.toString();
    }

    private String moveInOf(String shimei, String confirmation) {
        return """
                {"idoymd":"2026-04-01","tennyumae_jusho":"埼玉県さいたま市浦和区高砂三丁目15番1号","jusho":%s,%s
                 "members":[{"shimei":{"shimei":"%s"},"seinengappi":"1975-03-03","seibetsu":"2","zokugara":"世帯主"}]}""".formatted(address("若葉台", "6番6号"), confirmation, shimei);
    }

    @Test
    @Requirement(id = "RR-0023", title = "転入・出生の名寄せ", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aMoveInOfAPersonAlreadyOnTheRegistryIsAnsweredWithTheCandidateAndRecordedOnlyWhenConfirmed() {
        String shimei = uniqueName();
        String first = id(created("/move-ins", moveInOf(shimei, "")), 0);

        ApiResponse again = clerk.post(BASE + "/move-ins", moveInOf(shimei, ""), key());
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(again.jsonBody().path("code").asString()).isEqualTo("possible-duplicate");
        assertThat(again.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("members[0]");
        JsonNode candidate = again.jsonBody().path("kohosha").get(0);
        assertThat(candidate.path("atenabango").asString()).isEqualTo(first);
        assertThat(candidate.path("riyu").toString()).contains("SHIMEI_SEINENGAPPI");
        assertThat(clerk.get(BASE + "/residents?shimei="
                                + java.net.URLEncoder.encode(shimei, java.nio.charset.StandardCharsets.UTF_8))
                        .jsonBody()
                        .path("page")
                        .path("totalElements")
                        .asLong())
                .as("nothing recorded")
                .isEqualTo(1);

        JsonNode confirmed = created("/move-ins", moveInOf(shimei, "\"chofuku_kakunin\":true,"));
        assertThat(id(confirmed, 0)).isNotEqualTo(first);
    }

    @Test
    @Requirement(
            id = "RR-0022",
            title = "異動の Idempotency-Key",
            business = "resident-registry",
            kind = RequirementKind.MANDATORY)
    void aMoveInWithoutAnIdempotencyKeyIsRefusedNamingTheHeaderAndRecordsNothing() {
        String shimei = uniqueName();
        ApiResponse r = clerk.post(BASE + "/move-ins", moveInOf(shimei, ""));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(r.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("Idempotency-Key");
        assertThat(clerk.get(BASE + "/residents?shimei="
                                + java.net.URLEncoder.encode(shimei, java.nio.charset.StandardCharsets.UTF_8))
                        .jsonBody()
                        .path("page")
                        .path("totalElements")
                        .asLong())
                .isZero();
    }

    private long latestPosition() {
        long position = 0;
        while (true) {
            JsonNode page = clerk.get("/api/platform/v1/tenants/" + DEMO + "/events?limit=500&after=" + position)
                    .jsonBody();
            if (page.path("items").isEmpty()) {
                return position;
            }
            position = page.path("last_position").asLong();
        }
    }
}
