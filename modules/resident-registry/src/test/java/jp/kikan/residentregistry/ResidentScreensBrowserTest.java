package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import jp.kikan.platform.audit.AuditLog;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Browser;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The registry's screens in the machine's Chromium (issue 14; ADR 0027): a clerk signs in, finds a family by name,
 * opens a person's page with its household and history; the address of a DV-restricted mother and of her son is
 * withheld from the clerk as the API withholds it and shown to the staff in charge of support measures; staff
 * without a registry role are refused; what a clerk types is shown as text, never run; every read is audited.
 */
class ResidentScreensBrowserTest extends ModuleIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    private String tenant;
    private String mother;

    @BeforeEach
    void aFamilyUnderASupportMeasure() {
        tenant = newTenantCode();
        tenants.register(tenant, "画面市", "ガメンシ");
        ApiClient api = api();
        String clerk = api.token(tenant, "resident-registry:clerk", "addressee:clerk");
        String officer = api.token(tenant, "resident-registry:support-measures");
        String base = "/api/resident-registry/v1/tenants/" + tenant;
        ApiClient.Response moveIn = api.post(
                base + "/move-ins",
                clerk,
                """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"画面市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"5番6号"},
                 "members":[
                  {"shimei":{"shimei":"窓口　花子","shimei_furigana":"マドグチ　ハナコ"},"seinengappi":"1990-01-01","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"窓口　一郎","shimei_furigana":"マドグチ　イチロウ"},"seinengappi":"2018-05-05","seibetsu":"1","zokugara":"子"}]}""".formatted(tenant),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(moveIn.status()).as(moveIn.body()).isEqualTo(201);
        JsonNode residents = moveIn.json().get("residents");
        mother = residents.get(0).get("atenabango").asString();
        String son = residents.get(1).get("atenabango").asString();
        ApiClient.Response measure = api.post(
                base + "/residents/" + mother + "/support-measures",
                officer,
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\",\"awasete_shien_atenabango\":[\"" + son + "\"]}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(measure.status()).as(measure.body()).isEqualTo(201);
    }

    @Test
    void aClerkFindsTheFamilyAndSeesNoRestrictedAddress() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/ui/resident-registry/residents");
            assertThat(browser.path()).as("not signed in: to the sign-in").startsWith("/ui/sign-in");

            browser.signIn("clerk-1", tenant, "resident-registry:clerk");
            assertThat(browser.path()).isEqualTo("/ui");
            assertThat(browser.text()).contains("住民の検索");
            browser.screenshot("ui-start");

            browser.clickLink("住民の検索").type("shimei", "窓口").click("form[role=search] button");
            assertThat(browser.text()).contains("検索結果 2件", "窓口　花子", "窓口　一郎", "支援措置のため表示しません");
            assertThat(browser.text()).doesNotContain("本町");
            browser.screenshot("ui-resident-search");

            browser.clickLink("窓口　花子");
            assertThat(browser.text())
                    .contains("住民票の記載事項", "マドグチ　ハナコ", "1990-01-01", "支援措置のため表示しません", "異動履歴", "転入")
                    .doesNotContain("本町", "梅田");
            assertThat(browser.texts("table tbody tr td a")).contains("窓口　花子", "窓口　一郎");
            browser.screenshot("ui-resident-person");
        }
        audit.sealPending();
        assertThat(jdbc.queryForList(
                        "SELECT purpose FROM platform.audit_record WHERE tenant_code = ? AND actor = 'clerk-1'",
                        String.class,
                        tenant))
                .as("the screens' reads are the API's, audited alike")
                .contains("住民の検索", "住民の照会", "世帯の照会", "異動履歴の照会");
    }

    @Test
    void theStaffInChargeOfSupportMeasuresSeeTheAddress() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("officer-1", tenant, "resident-registry:support-measures")
                    .go("/ui/resident-registry/residents/" + mother);
            assertThat(browser.text()).contains("東京都画面市本町5番6号", "DV等支援措置の対象です");
        }
    }

    @Test
    void staffWithoutARegistryRoleAreRefused() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("other-1", tenant, "auditor");
            assertThat(browser.text()).doesNotContain("住民の検索");
            browser.go("/ui/resident-registry/residents/" + mother);
            assertThat(browser.source()).doesNotContain("窓口　花子");
            assertThat(browser.text()).contains("この画面を使う権限がありません");
        }
        audit.sealPending();
        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM platform.audit_record WHERE tenant_code = ? AND actor = 'other-1'",
                        String.class,
                        tenant))
                .contains("DENIED");
    }

    @Test
    void whatAClerkTypesIsShownAsTextAndAWrongDateNextToItsField() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("clerk-2", tenant, "resident-registry:clerk")
                    .go("/ui/resident-registry/residents?shimei=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E"
                            + "&seinengappi=2026-02-30");
            assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
            assertThat(browser.script("return document.getElementById('shimei').value"))
                    .isEqualTo("<script>window.pwned=1</script>");
            assertThat(browser.texts("main script")).isEmpty();
            assertThat(browser.texts("#seinengappi-error")).containsExactly("生年月日は年月日（例 2026-04-01）で入力してください。");
            browser.screenshot("ui-resident-search-error");
            browser.type("shimei", "あ".repeat(2000)).type("seinengappi", "").click("form[role=search] button");
            assertThat(browser.script("return document.getElementById('shimei').value.length"))
                    .as("the field takes at most 100 characters")
                    .isEqualTo(100L);
            assertThat(browser.text()).contains("検索結果 0件", "該当する住民はいません。");
        }
    }
}
