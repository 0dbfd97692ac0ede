package jp.kikan.childallowance;

import static org.assertj.core.api.Assertions.assertThat;

import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.CityApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 児童手当's rules through the API: refused requests name the field and change nothing, updates need the current
 * ETag, each business needs its own role; deaths in the registry end or reduce the entitlement and the deceased
 * 受給者's months go to the 未支払 請求者; 申出 are deducted; a missing 現況届 holds payments back; a 受給者 under
 * DV等支援措置 gets a notice without address.
 */
class ChildAllowanceRulesTest extends CityApiTest {

    @BeforeEach
    void newCity() {
        openCity("child-allowance", "resident-registry:clerk", "child-allowance:clerk");
    }

    /** A change of the 受給資格 that {@code path} is below, with its current ETag. */
    private JsonNode changed(String path, String body) {
        return changed(path, path.substring(0, path.lastIndexOf('/')), body);
    }

    /** A parent and two children (2016, 2019) move in on 2026-03-02; returns the 転入 result. */
    private JsonNode family() {
        return created(registry + "/move-ins", """
                {"idoymd":"2026-03-02","todokedeymd":"2026-03-02","tennyumae_jusho":"埼玉県川口市本町1番1号",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"規則　一","shimei_furigana":"キソク　ハジメ"},"seinengappi":"1988-01-01","seibetsu":"1","zokugara":"世帯主"},
                  {"shimei":{"shimei":"規則　二郎","shimei_furigana":"キソク　ジロウ"},"seinengappi":"2016-04-10","seibetsu":"1","zokugara":"子"},
                  {"shimei":{"shimei":"規則　三子","shimei_furigana":"キソク　ミツコ"},"seinengappi":"2019-10-20","seibetsu":"2","zokugara":"子"}]}""".formatted(address("緑町", "5番")));
    }

    /** Claims on 2026-04-10 for the family and grants it; paid from May. Returns the entitlement path. */
    private String granted(JsonNode family, String extra) {
        JsonNode claim =
                created(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-04-10"%s,
                 "jido":[{"atenabango":"%s"},{"atenabango":"%s"}]}""".formatted(id(family, 0), extra, id(family, 1), id(family, 2)));
        String path = allowance + "/entitlements/" + claim.get("id").asString();
        changed(path + "/decisions", "{\"kekka\":\"nintei\",\"ketteiymd\":\"2026-04-20\"}");
        return path;
    }

    private JsonNode run(String month) {
        ApiClient.Response r = post(allowance + "/payment-runs", "{\"shiharai_ym\":\"" + month + "\"}");
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }

    @Test
    void refusedRequestsNameTheFieldAndRecordNothing() {
        JsonNode family = family();
        ApiClient.Response unknown = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"999999999999999","seikyu_ymd":"2026-04-10","jido":[{"atenabango":"%s"}]}""".formatted(id(family, 1)));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("jukyusha_atenabango");
        assertThat(unknown.json().get("invalidParams").get(0).get("code").asString())
                .isEqualTo("not-in-registry");

        ApiClient.Response negative = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-04-10","shotokugaku":-1,"jido":[{"atenabango":"%s"}]}""".formatted(id(family, 0), id(family, 1)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shotokugaku");

        ApiClient.Response future = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2099-04-10","jido":[{"atenabango":"%s"}]}""".formatted(id(family, 0), id(family, 1)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("seikyu_ymd");

        ApiClient.Response rankOnlyUnconfirmed =
                post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-04-10",
                 "jido":[{"atenabango":"%s"},{"atenabango":"%s","kango_kubun":"tashi_santei_nomi"}]}""".formatted(id(family, 0), id(family, 1), id(family, 2)));
        assertThat(rankOnlyUnconfirmed.status()).isEqualTo(422);
        assertThat(rankOnlyUnconfirmed
                        .json()
                        .get("invalidParams")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("jido[1].kakunin");

        ApiClient.Response badDate = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"令和8年2月30日","jido":[{"atenabango":"%s"}]}""".formatted(id(family, 0), id(family, 1)));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("seikyu_ymd");

        assertThat(get(allowance + "/entitlements?atenabango=" + id(family, 0))
                        .json()
                        .size())
                .as("nothing was recorded")
                .isZero();

        String path = granted(family, "");
        ApiClient.Response twice = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-04-11","jido":[{"atenabango":"%s"}]}""".formatted(id(family, 0), id(family, 1)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("entitlement-exists");

        ApiClient.Response oddMonth = post(allowance + "/payment-runs", "{\"shiharai_ym\":\"2026-07\"}");
        assertThat(oddMonth.status()).isEqualTo(422);
        assertThat(oddMonth.json().get("invalidParams").get(0).get("name").asString())
                .isEqualTo("shiharai_ym");
        assertThat(get(path).json().get("jotai").asString()).isEqualTo("nintei");
    }

    @Test
    void changesNeedTheCurrentETag_eachBusinessItsOwnRole_andEachTenantItsOwnRows() {
        String path = granted(family(), "");
        String body = "{\"jiyu\":\"kango_shuryo\",\"jiyu_ymd\":\"2026-06-30\"}";
        assertThat(post(path + "/extinctions", body).status()).isEqualTo(428);
        assertThat(post(path + "/extinctions", body, "If-Match", "\"v0\"").status())
                .isEqualTo(412);
        JsonNode ended = changed(path + "/extinctions", body);
        assertThat(ended.get("shikyu_shuryo_ym").asString()).isEqualTo("2026-06");

        assertThat(get(allowance + "/entitlements").json().size()).isEqualTo(1);
        String id = path.substring(path.lastIndexOf('/') + 1);
        String chiyoda = api.token(CHIYODA, "child-allowance:clerk");
        ApiClient.Response elsewhere =
                api.get("/api/child-allowance/v1/tenants/" + CHIYODA + "/entitlements/" + id, chiyoda);
        assertThat(elsewhere.status()).as("another tenant never sees it").isEqualTo(404);
        assertThat(api.get(path, chiyoda).status()).isEqualTo(403);

        String registryClerk = api.token(tenant, "resident-registry:clerk");
        assertThat(api.get(path, registryClerk).status()).isEqualTo(403);
        String otherBusiness = api.token(tenant, "child-rearing-allowance:clerk");
        assertThat(api.get(path, otherBusiness).status()).isEqualTo(403);
    }

    @Test
    void aChildsDeathReducesTheAmountFromTheNextMonth_andTheRecipientsDeathEndsIt_unpaidMonthsGoToTheChild() {
        JsonNode family = family();
        String path = granted(family, "");
        assertThat(get(path + "/amounts/2026-05").json().get("getsugaku").asLong())
                .isEqualTo(20_000);
        run("2026-06");

        created(registry + "/deaths", "{\"idoymd\":\"2026-06-10\",\"atenabango\":\"" + id(family, 2) + "\"}");
        Await.await(() -> get(path).json().get("kaitei").size() == 1);
        JsonNode reduced = get(path).json().get("kaitei").get(0);
        assertThat(reduced.get("kubun").asString()).isEqualTo("gengaku");
        assertThat(reduced.get("kaitei_ym").asString()).isEqualTo("2026-07");
        assertThat(get(path + "/amounts/2026-06").json().get("getsugaku").asLong())
                .isEqualTo(20_000);
        assertThat(get(path + "/amounts/2026-07").json().get("getsugaku").asLong())
                .isEqualTo(10_000);

        created(registry + "/deaths", "{\"idoymd\":\"2026-07-15\",\"atenabango\":\"" + id(family, 0) + "\"}");
        Await.await(() -> "shometsu".equals(get(path).json().get("jotai").asString()));
        assertThat(get(path).json().get("shikyu_shuryo_ym").asString()).isEqualTo("2026-07");

        JsonNode held = run("2026-08");
        assertThat(held.get("shiharai").size()).isZero();
        assertThat(held.get("horyu"))
                .extracting(
                        h -> h.get("taisho_ym").asString() + ":" + h.get("riyu").asString())
                .containsExactly("2026-06:mishiharai_miseikyu", "2026-07:mishiharai_miseikyu");

        JsonNode claimed = changed(path + "/unpaid-claims", """
                {"seikyusha_atenabango":"%s","seikyu_ymd":"2026-08-03"}""".formatted(id(family, 1)));
        assertThat(claimed.get("mishiharai").get("seikyusha_atenabango").asString())
                .isEqualTo(id(family, 1));
        JsonNode paid = run("2026-08");
        assertThat(paid.get("kaisu").asInt()).isEqualTo(2);
        JsonNode payment = paid.get("shiharai").get(0);
        assertThat(payment.get("shiharai_kubun").asString()).isEqualTo("mishiharai");
        assertThat(payment.get("shiharaisaki_atenabango").asString()).isEqualTo(id(family, 1));
        assertThat(payment.get("shikyugaku").asLong()).isEqualTo(30_000);
    }

    @Test
    void schoolFeesAndADonationAreDeducted_andAMissingStatusReportHoldsPaymentsBack() {
        JsonNode family = family();
        String path = granted(family, ",\"genkyo_todoke_jiyu\":\"dv_hinan\"");
        changed(path + "/offers", """
                {"kubun":"gakko_kyushokuhi_to","moshide_ymd":"2026-04-20","kaishi_ym":"2026-05","getsugaku":4500,
                 "jido_atenabango":"%s","hiyo":"学校給食費"}""".formatted(id(family, 1)));
        changed(
                path + "/offers",
                "{\"kubun\":\"kifu\",\"moshide_ymd\":\"2026-04-20\",\"kaishi_ym\":\"2026-05\",\"getsugaku\":1000}");

        JsonNode june = run("2026-06");
        JsonNode payment = june.get("shiharai").get(0);
        assertThat(payment.get("shikyugaku").asLong()).isEqualTo(20_000);
        assertThat(payment.get("kojo"))
                .extracting(
                        k -> k.get("kubun").asString() + ":" + k.get("kingaku").asLong())
                .containsExactly("gakko_kyushokuhi_to:4500", "kifu:1000");
        assertThat(payment.get("furikomigaku").asLong()).isEqualTo(14_500);

        // claimed before 2026-06-01 and required to report: June and July wait for the 2026 現況届
        JsonNode august = run("2026-08");
        assertThat(august.get("shiharai").size()).isZero();
        assertThat(august.get("horyu"))
                .extracting(h -> h.get("riyu").asString())
                .containsExactly("genkyo_todoke_mitei", "genkyo_todoke_mitei");
        changed(path + "/status-reports", "{\"nendo\":2026,\"teishutsu_ymd\":\"2026-08-05\"}");
        JsonNode after = run("2026-08");
        assertThat(after.get("shiharai").get(0).get("taisho"))
                .extracting(m -> m.get("taisho_ym").asString())
                .containsExactly("2026-06", "2026-07");
    }

    @Test
    void aRecipientUnderSupportMeasuresGetsANoticeWithoutAddress() {
        JsonNode family = family();
        supportMeasure(id(family, 0), "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-01\"}");
        granted(family, "");
        run("2026-06");
        JsonNode notice = noticeWithoutAddress("2026-06");
        assertThat(notice.get("shimei").asString()).isEqualTo("規則　一");
    }

    @Test
    void aChildPaidToOneRecipientCannotBeClaimedByAnother() {
        JsonNode family = family();
        granted(family, "");
        JsonNode other = created(registry + "/move-ins", """
                {"idoymd":"2026-03-05","todokedeymd":"2026-03-05","tennyumae_jusho":"埼玉県川口市本町2番2号",
                 "jusho":%s,
                 "members":[{"shimei":{"shimei":"別世帯　母","shimei_furigana":"ベツセタイ　ハハ"},"seinengappi":"1989-01-01",
                             "seibetsu":"2","zokugara":"世帯主"}]}""".formatted(address("緑町", "6番")));
        ApiClient.Response r = post(allowance + "/entitlements", """
                {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-04-12","jido":[{"atenabango":"%s"}]}""".formatted(id(other, 0), id(family, 1)));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").asString()).isEqualTo("child-already-supported");
        assertThat(r.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("jido[0].atenabango");
    }

    @Test
    void aRecipientNamedWithAChildUnderSupportMeasuresGetsANoticeWithoutAddress() {
        // 児童虐待等: the child's 申出 names the parent who fled with the child (併せて支援を求める者)
        JsonNode family = family();
        childSupportedWithParent(family, 1, 0, "2026-04-01");
        granted(family, "");
        run("2026-06");
        noticeWithoutAddress("2026-06");
    }
}
