package jp.kikan.conformance.childallowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import jp.kikan.conformance.harness.ApiClient;
import jp.kikan.conformance.harness.ApiResponse;
import jp.kikan.conformance.harness.ConformanceTarget;
import jp.kikan.conformance.harness.Requirement;
import jp.kikan.conformance.harness.RequirementKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 児童手当: 受給資格 from 認定請求 to 消滅 and the payment runs, black-box through the API of the demo municipality. Each
 * scenario enters its own household through the resident registry and checks only its own 受給資格 and payments, so
 * the suite can run again and again against the same deployment (payment runs of a 支払期月 that ran before pay only
 * what became owed since).
 */
class ChildAllowanceConformanceTest {

    private static final String DEMO = ConformanceTarget.DEMO_TENANT;
    private static final String REGISTRY = "/api/resident-registry/v1/tenants/" + DEMO;
    private static final String BASE = "/api/child-allowance/v1/tenants/" + DEMO;
    private static final String BUSINESS = "child-allowance";
    private static final List<String> NAMES = List.of("一子", "二子", "三子", "四子");

    private final ApiClient clerk = ConformanceTarget.current()
            .as("ca-clerk", DEMO, "resident-registry:clerk", "child-allowance:clerk", "events:reader");

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", UUID.randomUUID().toString());
    }

    private JsonNode created(String path, String body) {
        ApiResponse r = clerk.post(path, body, key());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.jsonBody();
    }

    private JsonNode read(String path) {
        ApiResponse r = clerk.get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.jsonBody();
    }

    private ApiResponse change(String path, String entitlement, String body) {
        String etag = clerk.get(entitlement).header("ETag").orElseThrow();
        return clerk.post(
                path, body, Map.of("Idempotency-Key", UUID.randomUUID().toString(), "If-Match", etag));
    }

    private JsonNode changed(String path, String entitlement, String body) {
        ApiResponse r = change(path, entitlement, body);
        assertThat(r.status()).as(r.toString()).isBetween(200, 201);
        return r.jsonBody();
    }

    /**
     * A parent and the children born on {@code births} move in on 2026-04-20; returns the 転入 result. The same family
     * moves in on every run against a deployment, so the clerk confirms it is not an earlier run's (重複確認).
     */
    private JsonNode household(String surname, String kana, String... births) {
        StringBuilder members = new StringBuilder("""
                {"shimei":{"shimei":"%s　親","shimei_furigana":"%s　オヤ"},"seinengappi":"1984-02-02","seibetsu":"1","zokugara":"世帯主"}""".formatted(surname, kana));
        for (int i = 0; i < births.length; i++) {
            members.append(",").append("""
                            {"shimei":{"shimei":"%s　%s","shimei_furigana":"%s　コ"},"seinengappi":"%s","seibetsu":"2","zokugara":"子"}""".formatted(surname, NAMES.get(i), kana, births[i]));
        }
        return created(REGISTRY + "/move-ins", """
                {"idoymd":"2026-04-20","todokedeymd":"2026-04-20","tennyumae_jusho":"千葉県千葉市中央区市場町1番1号",
                 "chofuku_kakunin":true,
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_choazakodo":"0001001","jusho_todofuken":"東京都",
                          "jusho_shikugunchosonmei":"若葉市","jusho_choaza":"中央三丁目","jusho_banchigohyoki":"4番5号"},
                 "members":[%s]}""".formatted(DEMO, members));
    }

    private static String id(JsonNode ido, int i) {
        return ido.path("residents").get(i).path("atenabango").asString();
    }

    /** Claims for the parent and every child of the household on {@code claimDate}; returns the 受給資格 path. */
    private String claim(JsonNode household, String claimDate, String extra) {
        List<String> children = new ArrayList<>();
        for (int i = 1; i < household.path("residents").size(); i++) {
            children.add("{\"atenabango\":\"" + id(household, i) + "\"}");
        }
        JsonNode claim = created(
                BASE + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"%s"%s,"jido":[%s]}""".formatted(id(household, 0), claimDate, extra, String.join(",", children)));
        return BASE + "/entitlements/" + claim.path("id").asString();
    }

    private String granted(JsonNode household, String extra) {
        String path = claim(household, "2026-05-01", extra);
        changed(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2026-05-08\"}");
        return path;
    }

    /** Runs the payments of {@code month} and returns the lines of {@code entitlement} ("YYYY-MM:amount"). */
    private List<String> pay(String month, String entitlement) {
        ApiResponse r = clerk.post(BASE + "/payment-runs", "{\"shiharai_ym\":\"" + month + "\"}", key());
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return lines(r.jsonBody(), entitlement);
    }

    private static List<String> lines(JsonNode run, String entitlement) {
        String id = entitlement.substring(entitlement.lastIndexOf('/') + 1);
        List<String> out = new ArrayList<>();
        run.path("shiharai").forEach(p -> {
            if (p.path("entitlement_id").asString().equals(id)) {
                p.path("taisho")
                        .forEach(m -> out.add(m.path("taisho_ym").asString() + ":"
                                + m.path("shiharaigaku").asLong()));
            }
        });
        return out;
    }

    private static JsonNode payment(JsonNode run, String entitlement) {
        String id = entitlement.substring(entitlement.lastIndexOf('/') + 1);
        for (JsonNode p : run.path("shiharai")) {
            if (p.path("entitlement_id").asString().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no payment of " + id + " in " + run);
    }

    private JsonNode run(String month) {
        ApiResponse r = clerk.post(BASE + "/payment-runs", "{\"shiharai_ym\":\"" + month + "\"}", key());
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.jsonBody();
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    @Requirement(id = "CA-0001", title = "認定請求と支給開始月", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aClaimIsPaidFromTheMonthAfterIt() {
        String path = claim(household("請求", "セイキュウ", "2016-06-06"), "2026-06-10", "");
        JsonNode claim = read(path);
        assertThat(claim.path("jotai").asString()).isEqualTo("shinsei");
        assertThat(claim.path("shikyu_kaishi_ym").asString()).isEqualTo("2026-07");
        assertThat(claim.path("kaishi_konkyo").asString()).contains("児童手当法 第8条第2項");
        assertThat(claim.path("rireki").get(0).path("kubun").asString()).isEqualTo("認定請求");
    }

    @Test
    @Requirement(id = "CA-0002", title = "15日特例", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aClaimWithin15DaysOfTheMoveInIsPaidFromTheMonthAfterTheMove() {
        JsonNode claim = read(claim(household("特例", "トクレイ", "2016-06-06"), "2026-05-05", ""));
        assertThat(claim.path("shikyu_kaishi_ym").asString()).isEqualTo("2026-05");
        assertThat(claim.path("tokurei").path("jiyu").asString()).isEqualTo("tennyu");
        assertThat(claim.path("tokurei").path("jiyu_ymd").asString()).isEqualTo("2026-04-20");
        assertThat(read(claim(household("特例遅延", "トクレイチエン", "2016-06-06"), "2026-05-06", ""))
                        .path("shikyu_kaishi_ym")
                        .asString())
                .isEqualTo("2026-06");
    }

    @Test
    @Requirement(id = "CA-0003", title = "認定・却下", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aClaimIsGrantedOrRejectedWithItsReason() {
        String granted = granted(household("認定", "ニンテイ", "2016-06-06"), "");
        assertThat(read(granted).path("jotai").asString()).isEqualTo("nintei");
        String rejected = claim(household("却下", "キャッカ", "2016-06-06"), "2026-05-01", "");
        JsonNode r = changed(rejected + "/decisions", rejected, """
                {"kekka":"kyakka","ketteiymd":"2026-05-08","kyakka_riyu":"公務員であり所属庁から支給されるため（児童手当法 第17条）"}""");
        assertThat(r.path("jotai").asString()).isEqualTo("kyakka");
        assertThat(r.path("kyakka_riyu").asString()).contains("公務員");
    }

    @Test
    @Requirement(id = "CA-0004", title = "年齢区分と順位による月額", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void theMonthlyAmountFollowsEachChildsAgeAndRank() {
        String path = granted(household("月額", "ゲツガク", "2008-05-10", "2014-07-01", "2024-09-15"), "");
        JsonNode may = read(path + "/amounts/2026-05");
        assertThat(may.path("getsugaku").asLong()).isEqualTo(50_000);
        assertThat(may.path("jido").get(2).path("juni").asInt()).isEqualTo(3);
        assertThat(may.path("jido").get(2).path("getsugaku").asLong()).isEqualTo(30_000);
        // a 21-year-old counted for the rank only (確認あり) makes the youngest the third child
        JsonNode student = household("多子", "タシ", "2005-06-15", "2012-01-01", "2016-01-01");
        JsonNode claim = created(
                BASE + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-05-01","jido":[
                  {"atenabango":"%s","kango_kubun":"tashi_santei_nomi","kakunin":true},{"atenabango":"%s"},{"atenabango":"%s"}]}""".formatted(id(student, 0), id(student, 1), id(student, 2), id(student, 3)));
        JsonNode november = read(BASE + "/entitlements/" + claim.path("id").asString() + "/amounts/2026-11");
        assertThat(november.path("getsugaku").asLong()).isEqualTo(40_000);
        assertThat(november.path("jido").get(0).path("getsugaku").asLong()).isZero();
        assertThat(november.path("jido").get(2).path("juni").asInt()).isEqualTo(3);
    }

    @Test
    @Requirement(id = "CA-0005", title = "出生による額改定", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aBirthIsProposedAndConfirmedFromTheMonthAfterTheRevisionClaim() {
        JsonNode household = household("出生改定", "シュッセイカイテイ", "2016-06-06");
        String path = granted(household, "");
        JsonNode birth = created(
                REGISTRY + "/births", """
                {"todokedeymd":"2026-08-21","setaibango":"%s","chofuku_kakunin":true,
                 "person":{"shimei":{"shimei":"出生改定　末子","shimei_furigana":"シュッセイカイテイ　スエコ"},
                           "seinengappi":"2026-08-20","seibetsu":"2","zokugara":"子"}}""".formatted(household.path("setaibango").asString()));
        String baby = id(birth, 0);
        await(() -> read(path).path("kaitei").size() == 1);
        JsonNode proposal = read(path).path("kaitei").get(0);
        assertThat(proposal.path("jotai").asString()).isEqualTo("teian");
        assertThat(proposal.path("jido_atenabango").asString()).isEqualTo(baby);
        JsonNode confirmed = changed(
                path + "/revisions/" + proposal.path("id").asString() + "/decisions",
                path,
                "{\"kekka\":\"kakutei\",\"seikyu_ymd\":\"2026-09-10\"}");
        assertThat(confirmed.path("kaitei").get(0).path("kaitei_ym").asString()).isEqualTo("2026-10");
        assertThat(read(path + "/amounts/2026-09").path("getsugaku").asLong()).isEqualTo(10_000);
        assertThat(read(path + "/amounts/2026-10").path("getsugaku").asLong()).isEqualTo(25_000);
    }

    @Test
    @Requirement(id = "CA-0006", title = "児童の死亡による減額", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aChildsDeathReducesFromTheNextMonth() {
        JsonNode household = household("減額", "ゲンガク", "2014-07-01", "2020-02-02");
        String path = granted(household, "");
        created(REGISTRY + "/deaths", "{\"idoymd\":\"2026-07-15\",\"atenabango\":\"" + id(household, 2) + "\"}");
        await(() -> read(path).path("kaitei").size() == 1);
        assertThat(read(path).path("kaitei").get(0).path("kubun").asString()).isEqualTo("gengaku");
        assertThat(read(path + "/amounts/2026-07").path("getsugaku").asLong()).isEqualTo(20_000);
        assertThat(read(path + "/amounts/2026-08").path("getsugaku").asLong()).isEqualTo(10_000);
    }

    @Test
    @Requirement(id = "CA-0007", title = "転出による消滅", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void theRecipientsMoveOutEndsTheEntitlementWithThatMonth() {
        JsonNode household = household("消滅", "ショウメツ", "2016-06-06");
        String path = granted(household, "");
        String parent = id(household, 0);
        String child = id(household, 1);
        created(REGISTRY + "/move-outs", """
                {"todokedeymd":"2026-09-01","tenshutsu_yotei_ymd":"2026-09-20",
                 "tenshutsusaki_jusho":"福岡県福岡市中央区天神一丁目8番1号","members":["%s","%s"]}""".formatted(parent, child));
        created(
                REGISTRY + "/move-out-confirmations",
                "{\"idoymd\":\"2026-09-20\",\"members\":[\"" + parent + "\",\"" + child + "\"]}");
        await(() -> "shometsu".equals(read(path).path("jotai").asString()));
        assertThat(read(path).path("shikyu_shuryo_ym").asString()).isEqualTo("2026-09");
        assertThat(read(path).path("shometsu_jiyu").asString()).isEqualTo("tenshutsu");
    }

    @Test
    @Requirement(id = "CA-0008", title = "未支払の児童手当", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void theDeceasedRecipientsMonthsArePaidToTheChildWhoClaims() {
        JsonNode household = household("未支払", "ミシハライ", "2016-06-06");
        String path = granted(household, "");
        created(REGISTRY + "/deaths", "{\"idoymd\":\"2026-06-15\",\"atenabango\":\"" + id(household, 0) + "\"}");
        await(() -> "shometsu".equals(read(path).path("jotai").asString()));
        assertThat(pay("2026-08", path)).isEmpty();
        changed(path + "/unpaid-claims", path, """
                {"seikyusha_atenabango":"%s","seikyu_ymd":"2026-08-01"}""".formatted(id(household, 1)));
        JsonNode run = run("2026-08");
        JsonNode payment = payment(run, path);
        assertThat(payment.path("shiharai_kubun").asString()).isEqualTo("mishiharai");
        assertThat(payment.path("shiharaisaki_atenabango").asString()).isEqualTo(id(household, 1));
        assertThat(lines(run, path)).containsExactly("2026-05:10000", "2026-06:10000");
    }

    @Test
    @Requirement(id = "CA-0009", title = "寄附・学校給食費等の申出", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void offersAreDeductedFromThePayment() {
        JsonNode household = household("申出", "モウシデ", "2016-06-06");
        String path = granted(household, "");
        changed(path + "/offers", path, """
                {"kubun":"gakko_kyushokuhi_to","moshide_ymd":"2026-05-10","kaishi_ym":"2026-05","getsugaku":4000,
                 "jido_atenabango":"%s","hiyo":"学校給食費"}""".formatted(id(household, 1)));
        changed(
                path + "/offers",
                path,
                "{\"kubun\":\"kifu\",\"moshide_ymd\":\"2026-05-10\",\"kaishi_ym\":\"2026-05\",\"getsugaku\":500}");
        JsonNode payment = payment(run("2026-06"), path);
        assertThat(payment.path("shikyugaku").asLong()).isEqualTo(10_000);
        assertThat(payment.path("kojo_gokei").asLong()).isEqualTo(4_500);
        assertThat(payment.path("furikomigaku").asLong()).isEqualTo(5_500);
    }

    @Test
    @Requirement(id = "CA-0010", title = "現況届", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aRequiredStatusReportHoldsPaymentsBackUntilFiled() {
        String path = granted(household("現況", "ゲンキョウ", "2016-06-06"), ",\"genkyo_todoke_jiyu\":\"rikon_kyogichu\"");
        String id = path.substring(path.lastIndexOf('/') + 1);
        JsonNode held = run("2026-08");
        assertThat(lines(held, path))
                .as("May belongs to the 2025 report, not required")
                .containsExactly("2026-05:10000");
        List<String> holds = new ArrayList<>();
        held.path("horyu").forEach(h -> {
            if (h.path("entitlement_id").asString().equals(id)) {
                holds.add(h.path("taisho_ym").asString() + ":" + h.path("riyu").asString());
            }
        });
        assertThat(holds).containsExactly("2026-06:genkyo_todoke_mitei", "2026-07:genkyo_todoke_mitei");
        changed(path + "/status-reports", path, "{\"nendo\":2026,\"teishutsu_ymd\":\"2026-06-20\"}");
        assertThat(pay("2026-08", path)).containsExactly("2026-06:10000", "2026-07:10000");
    }

    @Test
    @Requirement(id = "CA-0011", title = "偶数月の支払処理", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void evenMonthRunsPayEachMonthOwedOnce() {
        String path = granted(household("支払", "シハライ", "2016-06-06"), "");
        assertThat(pay("2026-06", path)).containsExactly("2026-05:10000");
        JsonNode august = run("2026-08");
        assertThat(lines(august, path)).containsExactly("2026-06:10000", "2026-07:10000");
        JsonNode again = run("2026-08");
        assertThat(again.path("id").asString().equals(august.path("id").asString())
                        || lines(again, path).isEmpty())
                .as("a second run pays nothing twice")
                .isTrue();
        ApiResponse odd = clerk.post(BASE + "/payment-runs", "{\"shiharai_ym\":\"2026-09\"}", key());
        assertThat(odd.status()).isEqualTo(422);
        List<String> all = new ArrayList<>();
        for (String month : List.of("2026-06", "2026-08")) {
            read(BASE + "/payment-runs/" + month).forEach(r -> all.addAll(lines(r, path)));
        }
        assertThat(all).containsExactly("2026-05:10000", "2026-06:10000", "2026-07:10000");
    }

    @Test
    @Requirement(id = "CA-0012", title = "支払通知書と支援措置", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void theNoticeWithholdsTheAddressOfAPersonUnderSupportMeasures() {
        JsonNode household = household("通知", "ツウチ", "2016-06-06");
        ApiClient measures = ConformanceTarget.current().as("ca-measures", DEMO, "resident-registry:support-measures");
        ApiResponse measure = measures.post(
                REGISTRY + "/residents/" + id(household, 0) + "/support-measures",
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-25\"}",
                key());
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        String path = granted(household, "");
        run("2026-06");
        JsonNode notice = null;
        for (JsonNode n : read(BASE + "/payment-runs/2026-06/notices")) {
            if (n.path("jukyusha_atenabango").asString().equals(id(household, 0))) {
                notice = n;
            }
        }
        assertThat(notice).as("notice of " + path).isNotNull();
        assertThat(notice.path("jusho_hitoku").asBoolean()).isTrue();
        assertThat(notice.has("jusho")).isFalse();
    }

    @Test
    @Requirement(id = "CA-0013", title = "不正な要求", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void refusedRequestsNameTheField() {
        JsonNode household = household("不正", "フセイ", "2016-06-06");
        ApiResponse unknown = clerk.post(BASE + "/entitlements", """
                {"jukyusha_atenabango":"999999999999999","seikyu_ymd":"2026-05-01","jido":[{"atenabango":"%s"}]}""".formatted(id(household, 1)), key());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).contains("application/problem+json");
        assertThat(unknown.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("jukyusha_atenabango");
        ApiResponse negative =
                clerk.post(BASE + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-05-01","shotokugaku":-1,"jido":[{"atenabango":"%s"}]}""".formatted(id(household, 0), id(household, 1)), key());
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("shotokugaku");
        assertThat(read(BASE + "/entitlements?atenabango=" + id(household, 0)).size())
                .isZero();
        ApiResponse odd = clerk.post(BASE + "/payment-runs", "{\"shiharai_ym\":\"2026-07\"}", key());
        assertThat(odd.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("shiharai_ym");
    }

    @Test
    @Requirement(id = "CA-0014", title = "監査ログ", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void readsAndWritesAreAudited() {
        JsonNode household = household("監査", "カンサ", "2016-06-06");
        String path = granted(household, "");
        read(path);
        ApiClient auditor = ConformanceTarget.current().as("ca-auditor", DEMO, "auditor");
        ApiResponse records = auditor.get("/api/platform/v1/tenants/" + DEMO + "/audit-records?business=" + BUSINESS
                + "&subject=" + id(household, 0) + "&size=50");
        assertThat(records.status()).as(records.toString()).isEqualTo(200);
        List<String> operations = new ArrayList<>();
        records.jsonBody()
                .path("items")
                .forEach(r -> operations.add(r.path("operation").asString()));
        assertThat(operations).contains("CREATE", "UPDATE", "READ");
    }

    @Test
    @Requirement(id = "CA-0015", title = "試算", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void aMonthIsSimulatedUnderItsLaw() {
        ApiResponse r = clerk.post(BASE + "/simulations", """
                {"taisho_ym":"2026-11","jido":[{"seinengappi":"2009-06-15"},{"seinengappi":"2013-06-15"},{"seinengappi":"2025-01-10"}]}""", key());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.jsonBody().path("getsugaku").asLong()).isEqualTo(50_000);
    }

    @Test
    @Requirement(id = "CA-0016", title = "支給対象の児童がいない月", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void aMonthWithoutAChildInAgeIsZeroWithItsReason() {
        // 2008-04-01: reaches 18 on 2026-03-31, so March 2026 is paid and April is not
        String body = """
                {"taisho_ym":"%s","jido":[{"seinengappi":"2008-04-01"}]}""";
        ApiResponse march = clerk.post(BASE + "/simulations", body.formatted("2026-03"), key());
        assertThat(march.status()).as(march.toString()).isEqualTo(200);
        assertThat(march.jsonBody().path("getsugaku").asLong()).isEqualTo(10_000);
        ApiResponse april = clerk.post(BASE + "/simulations", body.formatted("2026-04"), key());
        assertThat(april.status()).as(april.toString()).isEqualTo(200);
        assertThat(april.jsonBody().path("getsugaku").asLong()).isZero();
        assertThat(april.jsonBody().path("shikyu_kubun").asString()).isEqualTo("shikyu_nashi");
        assertThat(april.jsonBody().path("shikyu_nashi_riyu").path("konkyo").asString())
                .contains("児童手当法 第4条第1項");
    }
}
