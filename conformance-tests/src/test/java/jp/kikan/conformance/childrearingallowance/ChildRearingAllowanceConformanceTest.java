package jp.kikan.conformance.childrearingallowance;

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
 * 児童扶養手当: 受給資格 from 認定請求 to 資格喪失, the 現況届 and the odd-month payment runs, black-box through the API of
 * the demo municipality. Each scenario enters its own household (a parent with two children, 転入 2025-04-01) and
 * checks only its own 受給資格, so the suite can run again and again against the same deployment. Amounts are those of
 * 令和7年度 (verified) on the 2024-11 income limits.
 */
class ChildRearingAllowanceConformanceTest {

    private static final String DEMO = ConformanceTarget.DEMO_TENANT;
    private static final String REGISTRY = "/api/resident-registry/v1/tenants/" + DEMO;
    private static final String BASE = "/api/child-rearing-allowance/v1/tenants/" + DEMO;
    private static final String BUSINESS = "child-rearing-allowance";

    private final ApiClient clerk = ConformanceTarget.current()
            .as("cra-clerk", DEMO, "resident-registry:clerk", "child-rearing-allowance:clerk");

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
     * A mother with two children (2015, 2019) moves in on 2025-04-01; the same family moves in on every run against a
     * deployment, so the clerk confirms it is not an earlier run's (重複確認).
     */
    private JsonNode household(String surname, String kana) {
        return created(REGISTRY + "/move-ins", """
                {"idoymd":"2025-04-01","todokedeymd":"2025-04-01","tennyumae_jusho":"神奈川県横浜市中区本町1丁目1番地",
                 "chofuku_kakunin":true,
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_choazakodo":"0001001","jusho_todofuken":"東京都",
                          "jusho_shikugunchosonmei":"若葉市","jusho_choaza":"桜町","jusho_banchigohyoki":"8番"},
                 "members":[
                  {"shimei":{"shimei":"%s　母","shimei_furigana":"%s　ハハ"},"seinengappi":"1990-01-15","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"%s　長男","shimei_furigana":"%s　チョウナン"},"seinengappi":"2015-05-05","seibetsu":"1","zokugara":"子"},
                  {"shimei":{"shimei":"%s　長女","shimei_furigana":"%s　チョウジョ"},"seinengappi":"2019-09-09","seibetsu":"2","zokugara":"子"}]}""".formatted(DEMO, surname, kana, surname, kana, surname, kana));
    }

    private static String id(JsonNode ido, int i) {
        return ido.path("residents").get(i).path("atenabango").asString();
    }

    /** Claims on 2025-06-10 with the 2023 所得 given; returns the 受給資格 path. */
    private String claim(JsonNode household, long income2023) {
        JsonNode claim = created(BASE + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10",
                 "jido":[{"atenabango":"%s"},{"atenabango":"%s"}],
                 "shotoku":[{"shotoku_nen":2023,"shotokugaku":%d,"fuyo_shinzokuto_su":2}]}""".formatted(
                        id(household, 0), id(household, 1), id(household, 2), income2023));
        return BASE + "/entitlements/" + claim.path("id").asString();
    }

    private String granted(JsonNode household, long income2023) {
        String path = claim(household, income2023);
        changed(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2025-06-20\"}");
        return path;
    }

    private void report(String path, long income2024) {
        changed(path + "/status-reports", path, """
                {"nendo":2025,"teishutsu_ymd":"2025-08-20",
                 "shotoku":{"shotoku_nen":2024,"shotokugaku":%d,"fuyo_shinzokuto_su":2}}""".formatted(income2024));
    }

    private JsonNode run(String month) {
        ApiResponse r = clerk.post(BASE + "/payment-runs", "{\"shiharai_ym\":\"" + month + "\"}", key());
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
        return r.jsonBody();
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
    @Requirement(id = "CRA-0001", title = "認定請求と支給開始月", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aClaimIsPaidFromTheMonthAfterIt() {
        JsonNode claim = read(claim(household("扶養請求", "フヨウセイキュウ"), 0));
        assertThat(claim.path("jotai").asString()).isEqualTo("shinsei");
        assertThat(claim.path("shikyu_kaishi_ym").asString()).isEqualTo("2025-07");
        assertThat(claim.path("kaishi_konkyo").asString()).contains("児童扶養手当法 第7条第1項");
    }

    @Test
    @Requirement(id = "CRA-0002", title = "所得による全部支給・支給停止", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void theIncomeOfTheIncomeYearDecidesFullPaymentOrStop() {
        String full = granted(household("扶養全部", "フヨウゼンブ"), 1_449_999);
        JsonNode july = read(full + "/amounts/2025-07");
        assertThat(july.path("shotoku_nen").asInt()).isEqualTo(2023);
        assertThat(july.path("shikyu_kubun").asString()).isEqualTo("zenbu_shikyu");
        assertThat(july.path("getsugaku").asLong()).isEqualTo(57_720);
        String stopped = granted(household("扶養停止", "フヨウテイシ"), 2_840_000);
        JsonNode stop = read(stopped + "/amounts/2025-07");
        assertThat(stop.path("shikyu_kubun").asString()).isEqualTo("shikyu_teishi");
        assertThat(stop.path("getsugaku").asLong()).isZero();
    }

    @Test
    @Requirement(id = "CRA-0003", title = "一部支給の額", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aPartialAmountIsExactToTheYen() {
        String path = granted(household("扶養一部", "フヨウイチブ"), 2_000_000);
        JsonNode july = read(path + "/amounts/2025-07");
        assertThat(july.path("shikyu_kubun").asString()).isEqualTo("ichibu_shikyu");
        assertThat(july.path("hontaigaku").asLong()).isEqualTo(32_570);
        assertThat(july.path("kasangaku").get(0).asLong()).isEqualTo(8_840);
        assertThat(july.path("getsugaku").asLong()).isEqualTo(41_410);
        assertThat(july.toString()).contains("児童扶養手当法施行令 第2条の4第3項");
    }

    @Test
    @Requirement(id = "CRA-0004", title = "現況届と11月分からの額", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void theAugustReportDecidesTheMonthsFromNovember() {
        String path = granted(household("扶養現況", "フヨウゲンキョウ"), 1_449_999);
        report(path, 2_000_000);
        assertThat(read(path + "/amounts/2025-10").path("getsugaku").asLong()).isEqualTo(57_720);
        JsonNode november = read(path + "/amounts/2025-11");
        assertThat(november.path("shotoku_nen").asInt()).isEqualTo(2024);
        assertThat(november.path("getsugaku").asLong()).isEqualTo(41_410);
    }

    @Test
    @Requirement(id = "CRA-0005", title = "現況届未提出の差止め", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void withoutTheReportAugustOnwardsIsHeldBack() {
        String path = granted(household("扶養差止", "フヨウサシトメ"), 1_449_999);
        String id = path.substring(path.lastIndexOf('/') + 1);
        JsonNode september = run("2025-09");
        assertThat(lines(september, path)).containsExactly("2025-07:57720");
        List<String> holds = new ArrayList<>();
        september.path("horyu").forEach(h -> {
            if (h.path("entitlement_id").asString().equals(id)) {
                holds.add(h.path("taisho_ym").asString() + ":" + h.path("riyu").asString());
            }
        });
        assertThat(holds).containsExactly("2025-08:genkyo_todoke_mitei");
    }

    @Test
    @Requirement(id = "CRA-0006", title = "出生による額改定", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aBirthIsProposedAndRaisesFromTheMonthAfterTheClaim() {
        JsonNode household = household("扶養出生", "フヨウシュッセイ");
        String path = granted(household, 1_449_999);
        created(REGISTRY + "/births", """
                {"todokedeymd":"2025-09-03","setaibango":"%s","chofuku_kakunin":true,
                 "person":{"shimei":{"shimei":"扶養出生　次女","shimei_furigana":"フヨウシュッセイ　ジジョ"},
                           "seinengappi":"2025-09-01","seibetsu":"2","zokugara":"子"}}""".formatted(household.path("setaibango").asString()));
        await(() -> read(path).path("kaitei").size() == 1);
        JsonNode proposal = read(path).path("kaitei").get(0);
        JsonNode confirmed = changed(
                path + "/revisions/" + proposal.path("id").asString() + "/decisions",
                path,
                "{\"kekka\":\"kakutei\",\"seikyu_ymd\":\"2025-09-10\"}");
        assertThat(confirmed.path("kaitei").get(0).path("kaitei_ym").asString()).isEqualTo("2025-10");
        assertThat(read(path + "/amounts/2025-09").path("taisho_jido_su").asInt())
                .isEqualTo(2);
        assertThat(read(path + "/amounts/2025-10").path("taisho_jido_su").asInt())
                .isEqualTo(3);
    }

    @Test
    @Requirement(id = "CRA-0007", title = "対象児童の減による減額", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aChildLeavingReducesFromTheNextMonth() {
        JsonNode household = household("扶養減額", "フヨウゲンガク");
        String path = granted(household, 1_449_999);
        JsonNode revised = changed(path + "/revisions", path, """
                {"kubun":"gengaku","jido_atenabango":"%s","jiyu":"kango_shuryo","jiyu_ymd":"2025-08-31"}""".formatted(id(household, 2)));
        assertThat(revised.path("kaitei").get(0).path("kaitei_ym").asString()).isEqualTo("2025-09");
        assertThat(read(path + "/amounts/2025-08").path("getsugaku").asLong()).isEqualTo(57_720);
        assertThat(read(path + "/amounts/2025-09").path("getsugaku").asLong()).isEqualTo(46_690);
    }

    @Test
    @Requirement(id = "CRA-0008", title = "資格喪失", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void aMarriageEndsTheEntitlementWithThatMonth() {
        String path = granted(household("扶養喪失", "フヨウソウシツ"), 1_449_999);
        JsonNode lost = changed(path + "/losses", path, "{\"jiyu\":\"konin\",\"jiyu_ymd\":\"2025-12-01\"}");
        assertThat(lost.path("jotai").asString()).isEqualTo("soshitsu");
        assertThat(lost.path("shikyu_shuryo_ym").asString()).isEqualTo("2025-12");
    }

    @Test
    @Requirement(id = "CRA-0009", title = "奇数月の支払処理", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void oddMonthRunsPayEachMonthOwedOnce() {
        String path = granted(household("扶養支払", "フヨウシハライ"), 1_449_999);
        report(path, 2_000_000);
        assertThat(lines(run("2025-09"), path)).containsExactly("2025-07:57720", "2025-08:57720");
        assertThat(lines(run("2025-11"), path)).containsExactly("2025-09:57720", "2025-10:57720");
        assertThat(lines(run("2026-01"), path)).containsExactly("2025-11:41410", "2025-12:41410");
        ApiResponse even = clerk.post(BASE + "/payment-runs", "{\"shiharai_ym\":\"2025-12\"}", key());
        assertThat(even.status()).isEqualTo(422);
        List<String> all = new ArrayList<>();
        for (String month : List.of("2025-09", "2025-11", "2026-01")) {
            read(BASE + "/payment-runs/" + month).forEach(r -> all.addAll(lines(r, path)));
        }
        assertThat(all).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    @Requirement(id = "CRA-0010", title = "支払通知書と支援措置", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void theNoticeWithholdsTheAddressOfAPersonUnderSupportMeasures() {
        JsonNode household = household("扶養通知", "フヨウツウチ");
        ApiClient measures = ConformanceTarget.current().as("cra-measures", DEMO, "resident-registry:support-measures");
        ApiResponse measure = measures.post(
                REGISTRY + "/residents/" + id(household, 0) + "/support-measures",
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2025-05-01\"}",
                key());
        assertThat(measure.status()).as(measure.toString()).isEqualTo(201);
        granted(household, 1_449_999);
        run("2025-09");
        JsonNode notice = null;
        for (JsonNode n : read(BASE + "/payment-runs/2025-09/notices")) {
            if (n.path("jukyusha_atenabango").asString().equals(id(household, 0))) {
                notice = n;
            }
        }
        assertThat(notice).isNotNull();
        assertThat(notice.path("jusho_hitoku").asBoolean()).isTrue();
        assertThat(notice.has("jusho")).isFalse();
    }

    @Test
    @Requirement(id = "CRA-0011", title = "不正な要求", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void refusedRequestsNameTheField() {
        JsonNode household = household("扶養不正", "フヨウフセイ");
        ApiResponse unknown = clerk.post(BASE + "/entitlements", """
                {"jukyusha_atenabango":"999999999999999","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10",
                 "jido":[{"atenabango":"%s"}]}""".formatted(id(household, 1)), key());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("jukyusha_atenabango");
        ApiResponse negative =
                clerk.post(BASE + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10","jido":[{"atenabango":"%s"}],
                 "shotoku":[{"shotoku_nen":2023,"shotokugaku":-1}]}""".formatted(id(household, 0), id(household, 1)), key());
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.jsonBody().path("invalidParams").get(0).path("name").asString())
                .isEqualTo("shotoku[0].shotokugaku");
        JsonNode claim = created(BASE + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10","jido":[{"atenabango":"%s"}]}""".formatted(id(household, 0), id(household, 1)));
        String path = BASE + "/entitlements/" + claim.path("id").asString();
        ApiResponse withoutIncome =
                change(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2025-06-20\"}");
        assertThat(withoutIncome.status()).isEqualTo(422);
        assertThat(withoutIncome
                        .jsonBody()
                        .path("invalidParams")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("shotoku");
    }

    @Test
    @Requirement(id = "CRA-0012", title = "監査ログ", business = BUSINESS, kind = RequirementKind.MANDATORY)
    void readsAndWritesAreAudited() {
        JsonNode household = household("扶養監査", "フヨウカンサ");
        String path = granted(household, 1_449_999);
        read(path);
        ApiClient auditor = ConformanceTarget.current().as("cra-auditor", DEMO, "auditor");
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
    @Requirement(id = "CRA-0013", title = "試算", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void aMonthIsSimulatedAroundTheThresholds() {
        for (String[] c : new String[][] {
            // 令和7年度: 46,690 + 11,030; 一部 46,680 + 11,020 … 11,010 + 5,520
            {"1449999", "zenbu_shikyu", "57720", "2025-06"},
            {"1450000", "ichibu_shikyu", "57700", "2025-06"},
            {"2839999", "ichibu_shikyu", "16530", "2025-06"},
            {"2840000", "shikyu_teishi", "0", "2025-06"},
            // 令和8年度: 48,050 + 11,350; 一部 48,040 + 11,340 … 11,340 + 5,680
            {"1449999", "zenbu_shikyu", "59400", "2026-06"},
            {"1450000", "ichibu_shikyu", "59380", "2026-06"},
            {"2839999", "ichibu_shikyu", "17020", "2026-06"},
            {"2840000", "shikyu_teishi", "0", "2026-06"}
        }) {
            ApiResponse r = clerk.post(BASE + "/simulations", """
                    {"taisho_ym":"%s","taisho_jido_su":2,"jukyusha_kubun":"haha","shotokugaku":%s,"fuyo_shinzokuto_su":2}""".formatted(c[3], c[0]), key());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.jsonBody().path("shikyu_kubun").asString())
                    .as(c[3] + " " + c[0])
                    .isEqualTo(c[1]);
            assertThat(r.jsonBody().path("getsugaku").asLong())
                    .as(c[3] + " " + c[0])
                    .isEqualTo(Long.parseLong(c[2]));
        }
    }

    private JsonNode simulated(String body) {
        ApiResponse r = clerk.post(BASE + "/simulations", body, key());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.jsonBody();
    }

    @Test
    @Requirement(id = "CRA-0014", title = "老人扶養親族の加算", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void theElderlyDependantRaisesTheLimitOfFostersAndSupporters() {
        // 孤児等の養育者, 2025-06, 所得 3,150,000, 扶養2人 (老人1人): 2,360,000 + 760,000 + 60,000 = 3,180,000 → 全部支給
        JsonNode foster = simulated("""
                {"taisho_ym":"2025-06","taisho_jido_su":1,"jukyusha_kubun":"yoikusha","shotokugaku":3150000,
                 "fuyo_shinzokuto_su":2,"rojin_fuyo_shinzokuto_su":1}""");
        assertThat(foster.path("shikyu_kubun").asString()).isEqualTo("zenbu_shikyu");
        assertThat(foster.path("getsugaku").asLong()).isEqualTo(46_690);
        // 扶養義務者 with 扶養2人 (老人1人): stops at 3,180,000, not below
        for (String[] c : new String[][] {{"3179999", "zenbu_shikyu"}, {"3180000", "shikyu_teishi"}}) {
            JsonNode r = simulated("""
                    {"taisho_ym":"2025-06","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0,
                     "fuyo_gimusha":[{"shotokugaku":%s,"fuyo_shinzokuto_su":2,"rojin_fuyo_shinzokuto_su":1}]}""".formatted(c[0]));
            assertThat(r.path("shikyu_kubun").asString()).as(c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    @Requirement(id = "CRA-0015", title = "併給調整と一部支給停止", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void pensionsAndTheFiveYearStopReduceTheAmountWithTheirReasons() {
        // 障害基礎年金 子の加算 19,940/月: 46,690 − 19,940 = 26,750
        JsonNode pension = simulated("""
                {"taisho_ym":"2025-06","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0,
                 "kokin":[{"shurui":"shogai_kiso_nenkinto","kingaku":19940,"tani":"getsugaku"}]}""");
        assertThat(pension.path("getsugaku").asLong()).isEqualTo(26_750);
        assertThat(pension.path("teishi").get(0).path("konkyo").asString()).contains("第13条の2");
        // 老齢年金 年額 600,000 (50,000/月) ≥ 46,690: 0, a result, not a refusal
        JsonNode none = simulated("""
                {"taisho_ym":"2025-06","taisho_jido_su":1,"jukyusha_kubun":"yoikusha","shotokugaku":0,
                 "kokin":[{"shurui":"sonota","kingaku":600000}]}""");
        assertThat(none.path("getsugaku").asLong()).isZero();
        // 支給開始 2019-05: 2024-04 whole, 2024-05 half (45,500 → 22,750), unless 適用除外 (就業)
        String stop = """
                {"taisho_ym":"%s","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0,
                 "shikyu_kaishi_ym":"2019-05"%s}""";
        assertThat(simulated(stop.formatted("2024-04", "")).path("getsugaku").asLong())
                .isEqualTo(45_500);
        JsonNode halved = simulated(stop.formatted("2024-05", ""));
        assertThat(halved.path("getsugaku").asLong()).isEqualTo(22_750);
        assertThat(halved.path("teishi").get(0).path("jiyu").asString()).isEqualTo("ichibu_shikyu_teishi");
        assertThat(simulated(stop.formatted("2024-05", ",\"tekiyo_jogai_jiyu\":\"shugyo\""))
                        .path("getsugaku")
                        .asLong())
                .isEqualTo(45_500);
    }

    @Test
    @Requirement(id = "CRA-0016", title = "令和3年3月分以降の月", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void monthsFromMarch2021AreComputedAtTheirOwnAmounts() {
        for (String[] c : new String[][] {
            // 令和2・3年度 43,160 + 10,190 + 6,110; 令和4年度 43,070 + 10,170 + 6,100; 令和5年度 44,140 + 10,420 + 6,250
            {"2021-03", "59460"}, {"2022-03", "59460"}, {"2022-04", "59340"}, {"2023-03", "59340"}, {"2023-04", "60810"}
        }) {
            JsonNode r = simulated("""
                    {"taisho_ym":"%s","taisho_jido_su":3,"jukyusha_kubun":"haha","shotokugaku":0}""".formatted(c[0]));
            assertThat(r.path("getsugaku").asLong()).as(c[0]).isEqualTo(Long.parseLong(c[1]));
        }
        ApiResponse before = clerk.post(BASE + "/simulations", """
                {"taisho_ym":"2021-02","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0}""", key());
        assertThat(before.status()).as(before.toString()).isEqualTo(400);
    }

    @Test
    @Requirement(id = "CRA-0017", title = "児童ごとの対象児童の判定", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void eachChildIsJudgedByAgeAndDisabilityWithItsReason() {
        String body = """
                {"taisho_ym":"%s","jukyusha_kubun":"haha","shotokugaku":0,
                 "jido":[{"seinengappi":"2006-05-01","shogai":{"kubun":"shindansho","hantei":"gaito"}},
                         {"seinengappi":"2008-04-01"}]}""";
        // 2026-03: the 4月1日 child is at its 18歳年度末 (reaches 18 on 2026-03-31); the disabled one is under 20
        JsonNode march = simulated(body.formatted("2026-03"));
        assertThat(march.path("taisho_jido_hantei").asString()).isEqualTo("kobetsu_hantei");
        assertThat(march.path("taisho_jido_su").asInt()).isEqualTo(2);
        // 2026-04: the 4月1日 child no longer counts; the disabled child (reaches 20 on 2026-04-30) still does
        JsonNode april = simulated(body.formatted("2026-04"));
        assertThat(april.path("taisho_jido_su").asInt()).isEqualTo(1);
        assertThat(april.path("jido_hantei").get(0).path("taisho").asBoolean()).isTrue();
        assertThat(april.path("jido_hantei").get(1).path("taisho").asBoolean()).isFalse();
        assertThat(april.path("jido_hantei").get(1).path("konkyo").asString()).contains("第3条第1項");
        // 2026-05: no child counts → 200, 0円, taisho_jido_nashi, with the reasons
        JsonNode may = simulated(body.formatted("2026-05"));
        assertThat(may.path("shikyu_kubun").asString()).isEqualTo("taisho_jido_nashi");
        assertThat(may.path("getsugaku").asLong()).isZero();
        assertThat(may.path("jido_hantei").get(0).path("jido_shuryo_ym").asString())
                .isEqualTo("2026-04");
        // the count alone is taken as given and marked as not judged
        JsonNode counted = simulated("""
                {"taisho_ym":"2026-05","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0}""");
        assertThat(counted.path("taisho_jido_hantei").asString()).isEqualTo("mihantei");
    }

    @Test
    @Requirement(id = "CRA-0018", title = "支給要件と除外事由の判定", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void theRequirementAndItsExclusionsAreJudgedPerMonthWithTheirReasons() {
        // a two-parent household: the child lives with the father (the recipient is the mother) → 0円, 第4条第2項
        JsonNode twoParents = simulated("""
                {"taisho_ym":"2025-06","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0,
                 "shikyu_yoken":{"jiyu":"rikon","gaito_ymd":"2023-03-31"},
                 "jogai_jiyu":[{"jiyu":"oya_dokyo","kaishi_ymd":"2024-04-01"}]}""");
        assertThat(twoParents.path("shikyu_kubun").asString()).isEqualTo("shikyu_yoken_hi_gaito");
        assertThat(twoParents.path("getsugaku").asLong()).isZero();
        assertThat(twoParents.path("shikyu_yoken_kekka").path("konkyo").asString())
                .contains("第4条第2項");
        // the father is in the 障害の状態 (第1号ハ): living with him does not exclude
        JsonNode disabledFather = simulated("""
                {"taisho_ym":"2025-06","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0,
                 "shikyu_yoken":{"jiyu":"shogai","gaito_ymd":"2023-03-31"},
                 "jogai_jiyu":[{"jiyu":"oya_dokyo","kaishi_ymd":"2024-04-01"}]}""");
        assertThat(disabledFather.path("shikyu_kubun").asString()).isEqualTo("zenbu_shikyu");
        // 拘禁 from 2024-04-15: one year complete on 2025-04-15, so April is not paid and May is (施行令 第1条の2第3号)
        String detained = """
                {"taisho_ym":"%s","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0,
                 "shikyu_yoken":{"jiyu":"kokin_1nen_ijo","gaito_ymd":"2024-04-15"}}""";
        assertThat(simulated(detained.formatted("2025-04")).path("getsugaku").asLong())
                .isZero();
        assertThat(simulated(detained.formatted("2025-05")).path("getsugaku").asLong())
                .isEqualTo(46_690);
        // without a 支給要件 the recipient is taken as eligible, marked as not judged
        JsonNode notJudged = simulated("""
                {"taisho_ym":"2025-06","taisho_jido_su":1,"jukyusha_kubun":"haha","shotokugaku":0}""");
        assertThat(notJudged.path("shikyu_yoken_hantei").asString()).isEqualTo("mihantei");
    }

    @Test
    @Requirement(id = "CRA-0019", title = "受給資格の月の判定", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void theMonthsOfAnEntitlementFollowTheSameRules() {
        JsonNode household = household("扶養要件", "フヨウヨウケン");
        // the 2015 child is in the 別表第一 state (recorded with its evidence); a 事実婚 from 2025-08-20 is recorded
        JsonNode claim =
                created(BASE + "/entitlements", """
                {"jukyusha_atenabango":"%s","jukyusha_kubun":"haha","seikyu_ymd":"2025-06-10",
                 "jido":[{"atenabango":"%s","shogai":{"kubun":"techo","techo_shurui":"ryoiku","tokyu":"A","hantei":"gaito"}},
                         {"atenabango":"%s"}],
                 "shotoku":[{"shotoku_nen":2023,"shotokugaku":0,"fuyo_shinzokuto_su":2}],
                 "shikyu_yoken":{"jiyu":"rikon","gaito_ymd":"2024-11-30"},
                 "jogai_jiyu":[{"jiyu":"haigusha","kaishi_ymd":"2025-08-20","jijitsukon":true}]}""".formatted(id(household, 0), id(household, 1), id(household, 2)));
        String path = BASE + "/entitlements/" + claim.path("id").asString();
        changed(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2025-06-20\"}");
        JsonNode child = read(path).path("jido").get(0);
        assertThat(child.path("shogai").path("tokyu").asString()).isEqualTo("A");
        JsonNode august = read(path + "/amounts/2025-08");
        assertThat(august.path("getsugaku").asLong()).isEqualTo(57_720);
        assertThat(august.path("jido_hantei").get(0).path("jido_shuryo_ym").asString())
                .isEqualTo("2035-05");
        JsonNode september = read(path + "/amounts/2025-09");
        assertThat(september.path("shikyu_kubun").asString()).isEqualTo("shikyu_yoken_hi_gaito");
        assertThat(september.path("getsugaku").asLong()).isZero();
        assertThat(september.path("shikyu_yoken_kekka").path("konkyo").asString())
                .contains("第4条第2項");
    }

    @Test
    @Requirement(id = "CRA-0020", title = "世帯変更と年齢到達による提案", business = BUSINESS, kind = RequirementKind.OPTIONAL)
    void aSpouseInTheHouseholdAndAChildsAgeLimitAreProposed() {
        JsonNode household = household("扶養提案", "フヨウテイアン");
        String path = granted(household, 0);
        JsonNode partner = created(REGISTRY + "/move-ins", """
                {"idoymd":"2025-09-01","todokedeymd":"2025-09-01","tennyumae_jusho":"神奈川県横浜市中区本町1丁目1番地",
                 "chofuku_kakunin":true,
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_choazakodo":"0001001","jusho_todofuken":"東京都",
                          "jusho_shikugunchosonmei":"若葉市","jusho_choaza":"桜町","jusho_banchigohyoki":"8番"},
                 "members":[{"shimei":{"shimei":"扶養提案　同居","shimei_furigana":"フヨウテイアン　ドウキョ"},"seinengappi":"1988-08-08","seibetsu":"1","zokugara":"世帯主"}]}""".formatted(DEMO));
        created(REGISTRY + "/household-changes", """
                {"kubun":"SETAI_GAPPEI","idoymd":"2025-10-05","todokedeymd":"2025-10-05","setaibango":"%s",
                 "gappeisaki_setaibango":"%s","zokugara":[{"atenabango":"%s","zokugara":"夫（未届）"}]}""".formatted(
                        partner.path("setaibango").asString(),
                        household.path("setaibango").asString(),
                        id(partner, 0)));
        await(() -> read(path).path("kaitei").size() == 1);
        JsonNode proposal = read(path).path("kaitei").get(0);
        assertThat(proposal.path("jiyu").asString()).isEqualTo("konin");
        assertThat(proposal.path("jotai").asString()).isEqualTo("teian");
        JsonNode lost = changed(
                path + "/revisions/" + proposal.path("id").asString() + "/decisions", path, "{\"kekka\":\"kakutei\"}");
        assertThat(lost.path("jotai").asString()).isEqualTo("soshitsu");
        assertThat(lost.path("shikyu_shuryo_ym").asString()).isEqualTo("2025-10");

        // the age limit: the 2015 child of another 受給資格 reaches its 18歳年度末 on 2034-03-31
        String other = granted(household("扶養年齢", "フヨウネンレイ"), 0);
        String son = read(other).path("jido").get(0).path("atenabango").asString();
        ApiResponse april = clerk.post(BASE + "/revision-proposals/age-limits", "{\"taisho_ym\":\"2034-04\"}", key());
        assertThat(april.status()).as(april.toString()).isEqualTo(200);
        List<String> proposed = new ArrayList<>();
        april.jsonBody()
                .forEach(p -> proposed.add(p.path("jido_atenabango").asString() + ":"
                        + p.path("jiyu").asString()));
        assertThat(proposed).contains(son + ":nenrei_totatsu");
    }
}
