package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.platform.audit.AuditLog;
import kikan.testsupport.Browser;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
        FamilyUnderSupportMeasure family = FamilyUnderSupportMeasure.enter(api(), tenants, "画面市", "ガメンシ", "窓口", "マドグチ");
        tenant = family.tenant();
        mother = family.mother();
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
            assertThat(browser.text()).contains("検索結果 3件", "窓口　花子", "窓口　一郎", "窓口　ハル", "支援措置のため表示しません");
            assertThat(browser.text()).doesNotContain("本町");
            browser.screenshot("ui-resident-search");

            browser.go("/ui/resident-registry/residents?jusho=%E6%9C%AC%E7%94%BA5%E7%95%AA");
            assertThat(browser.value("jusho")).isEqualTo("本町5番");
            assertThat(browser.text())
                    .as("a search by her address does not find her for a clerk")
                    .doesNotContain("窓口　花子", "窓口　一郎");
            browser.go("/ui/resident-registry/residents?shimei=%E7%AA%93%E5%8F%A3");

            browser.clickLink("窓口　花子");
            assertThat(browser.text())
                    .contains("住民票の記載事項", "マドグチ　ハナコ", "1990-01-01", "支援措置のため表示しません", "異動履歴", "転入")
                    .doesNotContain("本町", "梅田");
            assertThat(browser.texts("table tbody tr td a")).contains("窓口　花子", "窓口　一郎");
            assertThat(browser.texts(".person-actions a"))
                    .as("another business's action, offered to clerks")
                    .containsExactly(OfferedPersonAction.LABEL);
            assertThat(browser.script("return document.querySelector('.person-actions a').getAttribute('href')"))
                    .isEqualTo("/ui/resident-registry/residents/" + mother + "/certificate");
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
            assertThat(browser.texts(".person-actions a"))
                    .as("not offered to staff without the clerk's role")
                    .isEmpty();
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
            // Forced past the field's 100 (a search is a GET: 2,000 characters would not fit the server's URL limit)
            browser.force("shimei", "あ".repeat(150)).click("form[role=search] button");
            assertThat(browser.texts("#shimei-error"))
                    .as("past the field's limit, the server says so next to it")
                    .containsExactly("氏名は100文字以内で入力してください。");
        }
    }
}
