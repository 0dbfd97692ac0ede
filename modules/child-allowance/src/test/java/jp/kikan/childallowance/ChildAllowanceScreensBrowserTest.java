package jp.kikan.childallowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import kikan.testsupport.Browser;
import kikan.testsupport.CityApiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 児童手当 at the counter in the machine's Chromium (issue 14, item 4): the clerk opens the 認定請求 for a parent and
 * finds the household's child already on it (書かない窓口), prints the 認定請求書 filled from the registry, receives the
 * claim with a 請求日 typed in 和暦, grants it, sees the months and amounts, and runs the payment month that pays them.
 * Staff without the allowance's role are refused; a wrong date is an error next to its field.
 */
class ChildAllowanceScreensBrowserTest extends CityApiTest {

    private String parent;

    @BeforeEach
    void aFamilyMovedIn() {
        openCity("child-allowance", "resident-registry:clerk", "child-allowance:clerk");
        JsonNode family = created(registry + "/move-ins", """
                {"idoymd":"2026-09-01","todokedeymd":"2026-09-01","tennyumae_jusho":"千葉県千葉市中央区中央1番1号",
                 "jusho":%s,
                 "members":[
                  {"shimei":{"shimei":"窓口　一郎","shimei_furigana":"マドグチ　イチロウ"},"seinengappi":"1988-02-02","seibetsu":"1","zokugara":"世帯主"},
                  {"shimei":{"shimei":"窓口　花","shimei_furigana":"マドグチ　ハナ"},"seinengappi":"1990-03-03","seibetsu":"2","zokugara":"妻"},
                  {"shimei":{"shimei":"窓口　陽太","shimei_furigana":"マドグチ　ヒナタ"},"seinengappi":"2025-05-01","seibetsu":"1","zokugara":"子"}]}""".formatted(address("本町一丁目", "2番3号")));
        parent = id(family, 0);
    }

    @Test
    void aClerkFilesAndGrantsAClaimFromTheRegistryAndPaysIt() throws IOException {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("ca-clerk-1", tenant, "resident-registry:clerk", "child-allowance:clerk");
            assertThat(browser.text()).contains("児童手当の受給資格", "児童手当の支払処理");

            browser.go("/ui/child-allowance/entitlements/new/" + parent);
            assertThat(browser.text())
                    .contains("窓口　一郎", "マドグチ　イチロウ", "窓口　花", "窓口　陽太", "令和7年5月1日")
                    .contains("東京都");
            assertThat(browser.script("return document.getElementById('jido-0').checked"))
                    .as("the household's child is on the claim already")
                    .isEqualTo(true);
            browser.screenshot("ui-child-allowance-claim");

            Browser.Fetched form = browser.fetch("/ui/child-allowance/entitlements/new/" + parent + "/application.pdf");
            assertThat(form.status()).isEqualTo(200);
            assertThat(form.contentType()).isEqualTo("application/pdf");
            try (PDDocument pdf = Loader.loadPDF(form.body())) {
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains("児童手当認定請求書", "窓口　一郎", "窓口　花", "窓口　陽太", "本町一丁目", "請求者署名");
            }

            browser.type("seikyu_ymd", "令和8年2月30日").click("#claim-form button[type=submit]");
            assertThat(browser.texts("#seikyu_ymd-error"))
                    .as("the API's own words, as the registry's forms give them")
                    .containsExactly("存在しない日付です");
            browser.type("seikyu_ymd", "令和19年1月1日").click("#claim-form button[type=submit]");
            assertThat(browser.texts("#seikyu_ymd-error"))
                    .as("a 請求日 after today is refused, as the API refuses it")
                    .containsExactly("未来の日付（2037-01-01）は指定できません。");

            browser.type("seikyu_ymd", "令和8年9月10日").click("#claim-form button[type=submit]");
            assertThat(browser.text()).contains("認定請求を受け付けました", "認定請求中", "2026-09-10", "2026-10");
            browser.screenshot("ui-child-allowance-entitlement-claimed");
            browser.go("/ui");
            assertThat(browser.texts("#waiting tbody tr")).contains("児童手当の認定請求（決定待ち） 1件");
            browser.screenshot("ui-start-waiting");
            browser.clickLink("児童手当の認定請求（決定待ち）").clickLink(parent);

            browser.click("form[action$='/decision'] button[type=submit]");
            assertThat(browser.text()).contains("認定しました。");
            assertThat(browser.texts("#jotai")).containsExactly("認定");
            assertThat(browser.texts("#months tbody tr").get(0)).startsWith("2026-10 支給 15,000円");
            browser.screenshot("ui-child-allowance-entitlement-granted");

            browser.go("/ui/child-allowance/payments").type("shiharai_ym", "2026-12");
            browser.click("#run-form button[type=submit]");
            assertThat(browser.text()).contains("支払処理を行いました（第1回）", "支払 1件、合計 30,000円", parent);
            browser.screenshot("ui-child-allowance-payments");
        }
    }

    @Test
    void staffWithoutTheAllowancesRoleAreRefused() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("registry-only", tenant, "resident-registry:clerk")
                    .go("/ui/child-allowance/entitlements/new/" + parent);
            assertThat(browser.text()).contains("この画面を使う権限がありません").doesNotContain("窓口　陽太");
        }
    }
}
