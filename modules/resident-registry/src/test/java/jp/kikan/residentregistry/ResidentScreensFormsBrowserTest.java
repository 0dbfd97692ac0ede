package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import jp.kikan.platform.audit.AuditLog;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Browser;
import kikan.testsupport.ModuleIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry's forms in the machine's Chromium (issue 14; ADR 0027): a clerk records a 転入 (異動日 typed in 和暦) and
 * a 転居 through the forms and sees them on the person's page; a 住民票の写し is previewed and issued as PDF, with the
 * 個人番号 never offered to, and refused for, a clerk without its role; the officer in charge sets a DV 支援措置 and the clerk then sees the
 * address withheld; bad input is an error next to its field and shown as text, and records nothing. Every write and
 * read of the forms is audited as the API's are.
 */
class ResidentScreensFormsBrowserTest extends ModuleIntegrationTest {

    /** A valid 個人番号 (check digit), never to be shown to a clerk without the role. */
    private static final String MY_NUMBER = "123456789018";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void aClerkRecordsAMoveInAndThenAnAddressChangeThroughTheForms() {
        String tenant = newTenantCode();
        tenants.register(tenant, "届出市", "トドケデシ");
        String head;
        try (Browser browser = Browser.open(port)) {
            browser.signIn("clerk-in", tenant, "resident-registry:clerk")
                    .go("/ui/resident-registry/residents")
                    .clickLink("転入届を受け付ける");
            assertThat(browser.value("jusho-jusho_shikuchosonkodo"))
                    .as("the municipality prefilled")
                    .isEqualTo(tenant);
            assertThat(browser.value("jusho-jusho_shikugunchosonmei")).isEqualTo("届出市");
            assertThat(browser.script("return document.querySelector('label[for=idoymd]').textContent"))
                    .asString()
                    .contains("異動日");
            browser.type("idoymd", "令和8年4月1日")
                    .type("todokedeymd", "R8.4.2")
                    .type("tennyumae_jusho", "大阪府大阪市北区梅田一丁目1番1号")
                    .type("jusho-jusho_todofuken", "東京都")
                    .type("jusho-jusho_choaza", "本町")
                    .type("jusho-jusho_banchigohyoki", "1番2号")
                    .type("members-0-shimei-shimei", "届出　太郎")
                    .type("members-0-shimei-shimei_furigana", "トドケデ　タロウ")
                    .type("members-0-seinengappi", "1985-06-15")
                    .select("members-0-seibetsu", "1")
                    .type("members-1-shimei-shimei", "届出　次郎")
                    .type("members-1-shimei-shimei_furigana", "トドケデ　ジロウ")
                    .type("members-1-seinengappi", "平成30年5月5日")
                    .select("members-1-seibetsu", "1")
                    .type("members-1-zokugara", "子");
            browser.screenshot("ui-move-in-form");
            browser.click("form.form button[type=submit]");
            assertThat(browser.path()).startsWith("/ui/resident-registry/residents/");
            head = browser.path().substring("/ui/resident-registry/residents/".length());
            assertThat(browser.texts(".done")).containsExactly("転入を記録しました（異動日 2026-04-01、2人）。");
            assertThat(browser.text())
                    .contains("届出　太郎", "東京都届出市本町1番2号", "転入", "2026-04-01")
                    .contains("届出　次郎");
            browser.screenshot("ui-move-in-done");

            browser.clickLink("転居届");
            assertThat(browser.script("return document.getElementById('members-0').checked"))
                    .as("the person is ticked")
                    .isEqualTo(true);
            browser.check("members-1")
                    .type("idoymd", "2026-05-01")
                    .type("jusho-jusho_todofuken", "東京都")
                    .type("jusho-jusho_choaza", "栄町")
                    .type("jusho-jusho_banchigohyoki", "3番4号");
            browser.screenshot("ui-address-change-form");
            browser.click("form.form button[type=submit]");
            assertThat(browser.path()).isEqualTo("/ui/resident-registry/residents/" + head);
            assertThat(browser.texts(".done")).containsExactly("転居を記録しました（異動日 2026-05-01、2人）。");
            assertThat(browser.text()).contains("東京都届出市栄町3番4号", "転居", "2026-05-01");
            assertThat(browser.texts("table tbody tr td")).as("the history").contains("転入", "転居");
            browser.screenshot("ui-address-change-done");

            browser.go("/ui/resident-registry/residents?shimei=%E5%B1%8A%E5%87%BA");
            assertThat(browser.text()).contains("検索結果 2件");
        }
        audit.sealPending();
        assertThat(purposes(tenant, "clerk-in"))
                .as("the forms' writes and reads are the API's, audited alike")
                .contains("転入の記載", "転居届の受理", "住民の照会", "世帯の照会", "異動履歴の照会", "住民の検索");
    }

    @Test
    void aFormSentTwiceRecordsItsMoveOnce() {
        String tenant = newTenantCode();
        tenants.register(tenant, "二重市", "ニジュウシ");
        String person = moveIn(tenant, "二重　花子", "ニジュウ　ハナコ", null);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("clerk-twice", tenant, "resident-registry:clerk")
                    .go("/ui/resident-registry/residents/" + person + "/move-out")
                    .type("tenshutsu_yotei_ymd", "2026-12-31")
                    .type("tenshutsusaki_jusho", "北海道札幌市中央区北1条西2丁目");
            Browser.Submitted first = browser.fetchForm("form.form");
            Browser.Submitted again = browser.fetchForm("form.form");
            assertThat(first.status()).isEqualTo(200);
            assertThat(again.status()).isEqualTo(200);
            browser.go("/ui/resident-registry/residents/" + person);
            assertThat(browser.texts("table tbody tr td"))
                    .as("one 転出予定 in the history")
                    .filteredOn("転出予定"::equals)
                    .hasSize(1);
        }
    }

    @Test
    void aCertificateIsPreviewedThenIssuedAsPdfAndAClerkWithoutTheRoleNeverSeesTheMyNumber() {
        String tenant = newTenantCode();
        tenants.register(tenant, "証明市", "ショウメイシ");
        String person = moveIn(tenant, "証明　花子", "ショウメイ　ハナコ", MY_NUMBER);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("clerk-cert", tenant, "resident-registry:clerk")
                    .go("/ui/resident-registry/residents/" + person);
            assertThat(browser.source())
                    .as("the person's page, household and history")
                    .doesNotContain(MY_NUMBER);
            browser.go("/ui/resident-registry/residents?shimei=%E8%A8%BC%E6%98%8E");
            assertThat(browser.text()).contains("検索結果 1件");
            assertThat(browser.source()).as("the search").doesNotContain(MY_NUMBER);
            browser.clickLink("証明　花子").clickLink("住民票の写しの交付");
            assertThat(browser.texts("#kisai-kojinbango"))
                    .as("no 個人番号 offered without the role")
                    .isEmpty();
            assertThat(browser.text()).doesNotContain("個人番号を記載");
            browser.check("kisai-zokugara").type("seikyu_jiyu", "児童手当の申請のため");
            browser.screenshot("ui-certificate-form");
            browser.click("form.form button[type=submit]");
            assertThat(browser.text())
                    .contains("住民票の写しの記載内容の確認", "証明　花子", "世帯主", "東京都証明市本町1番1号")
                    .doesNotContain(MY_NUMBER);
            browser.screenshot("ui-certificate-preview");
            Browser.Submitted pdf = browser.fetchForm("form.form");
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(pdf.start()).isEqualTo("%PDF-");

            // A forged request for the 個人番号 is refused by the server, next to the item.
            browser.go("/ui/resident-registry/residents/" + person + "/certificate")
                    .type("seikyu_jiyu", "確認")
                    .script("const i = document.createElement('input'); i.type = 'hidden';"
                            + " i.name = 'kisai-kojinbango'; i.value = 'on'; document.querySelector('form.form').append(i);"
                            + " return null;");
            browser.click("form.form button[type=submit]");
            assertThat(browser.text()).contains("個人番号を閲覧する権限").doesNotContain(MY_NUMBER);
        }
        audit.sealPending();
        assertThat(purposes(tenant, "clerk-cert")).contains("住民票の写しの確認（児童手当の申請のため）", "住民票の写しの交付（児童手当の申請のため）");
        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM platform.audit_record WHERE tenant_code = ? AND actor = 'clerk-cert'"
                                + " AND operation = ?",
                        String.class,
                        tenant,
                        AuditLog.MY_NUMBER_READ))
                .as("the forged request is refused and audited")
                .containsExactly("DENIED");
    }

    @Test
    void theOfficerSetsASupportMeasureAndTheClerkThenSeesTheAddressWithheld() {
        String tenant = newTenantCode();
        tenants.register(tenant, "措置市", "ソチシ");
        String mother = moveIn(tenant, "措置　花子", "ソチ　ハナコ", null);
        try (Browser clerk = Browser.open(port)) {
            clerk.signIn("clerk-dv", tenant, "resident-registry:clerk").go("/ui/resident-registry/residents/" + mother);
            assertThat(clerk.text()).contains("東京都措置市本町1番1号").doesNotContain("DV等支援措置");
            clerk.go("/ui/resident-registry/residents/" + mother + "/support-measures");
            assertThat(clerk.text()).contains("この画面を使う権限がありません").doesNotContain("申出を受け付ける");
        }
        try (Browser officer = Browser.open(port)) {
            officer.signIn("officer-dv", tenant, "resident-registry:support-measures")
                    .go("/ui/resident-registry/residents/" + mother)
                    .clickLink("DV等支援措置");
            assertThat(officer.text()).contains("支援措置はありません。");
            officer.select("kubun", "DV").type("kaishi_ymd", "令和8年4月10日");
            officer.screenshot("ui-support-measure-form");
            officer.click("form.form button[type=submit]");
            assertThat(officer.texts(".done")).containsExactly("支援措置を開始しました（開始日 2026-04-10、併せて支援を求める者 0人）。");
            assertThat(officer.text()).contains("DV等支援措置の対象です", "東京都措置市本町1番1号");
            officer.screenshot("ui-support-measure-done");
        }
        try (Browser clerk = Browser.open(port)) {
            clerk.signIn("clerk-dv", tenant, "resident-registry:clerk").go("/ui/resident-registry/residents/" + mother);
            assertThat(clerk.text()).contains("支援措置のため表示しません").doesNotContain("本町");
            clerk.screenshot("ui-support-measure-withheld");
        }
        audit.sealPending();
        assertThat(purposes(tenant, "officer-dv")).contains("支援措置の照会", "支援措置の開始");
        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM platform.audit_record WHERE tenant_code = ? AND actor = 'clerk-dv'"
                                + " AND purpose = '権限のない画面の操作'",
                        String.class,
                        tenant))
                .containsExactly("DENIED");
    }

    @Test
    void badInputIsAnErrorNextToItsFieldShownAsTextAndRecordsNothing() {
        String tenant = newTenantCode();
        tenants.register(tenant, "入力市", "ニュウリョクシ");
        try (Browser browser = Browser.open(port)) {
            browser.signIn("clerk-bad", tenant, "resident-registry:clerk")
                    .go("/ui/resident-registry/residents/move-in");
            browser.type("idoymd", "2026年4月1日ごろ");
            assertThat(browser.script("return document.getElementById('idoymd').validity.patternMismatch"))
                    .as("checked before it is sent")
                    .isEqualTo(true);
            browser.type("idoymd", "令和8年2月30日")
                    .type("tennyumae_jusho", "大阪府大阪市北区梅田一丁目1番1号")
                    .type("jusho-jusho_todofuken", "東京都")
                    .type("jusho-jusho_choaza", "本町")
                    .type("jusho-jusho_banchigohyoki", "1番2号")
                    .type("members-0-shimei-shimei", "<script>window.pwned=1</script>")
                    .type("members-0-seinengappi", "1985-06-15")
                    .select("members-0-seibetsu", "2")
                    .type("members-1-shimei-shimei", "長い　名前")
                    .type("members-1-seinengappi", "2020-01-01")
                    .select("members-1-seibetsu", "2")
                    .type("members-1-zokugara", "子")
                    .force("members-1-shimei-shimei", "長".repeat(2000));
            browser.click("form.form button[type=submit]");
            assertThat(browser.texts("#members-1-shimei-shimei-error"))
                    .as("the contract's length, next to the field")
                    .hasSize(1)
                    .allSatisfy(e -> assertThat(e).contains("100"));
            assertThat(browser.value("members-1-shimei-shimei")).hasSize(2000);
            assertThat(browser.script("return document.getElementById('members-1-shimei-shimei')"
                            + ".getAttribute('aria-describedby')"))
                    .isEqualTo("members-1-shimei-shimei-error");

            browser.type("members-1-shimei-shimei", "").type("members-1-seinengappi", "");
            browser.select("members-1-seibetsu", "").type("members-1-zokugara", "");
            browser.click("form.form button[type=submit]");
            assertThat(browser.texts("#idoymd-error"))
                    .as("an impossible 和暦, next to its field")
                    .containsExactly("存在しない日付です");
            assertThat(browser.texts("#members-0-shimei-shimei-error")).containsExactly("氏名は全角文字で入力してください。");
            assertThat(browser.value("members-0-shimei-shimei")).isEqualTo("<script>window.pwned=1</script>");
            assertThat(browser.script("return typeof window.pwned")).isEqualTo("undefined");
            assertThat(browser.texts("main script")).isEmpty();
            assertThat(browser.texts(".error-summary a")).contains("存在しない日付です", "氏名は全角文字で入力してください。");
            browser.screenshot("ui-move-in-errors");
        }
        audit.sealPending();
        assertThat(purposes(tenant, "clerk-bad")).as("nothing recorded").doesNotContain("転入の記載");
    }

    @Test
    void theOtherFormsRecordABirthACorrectionASeparationAndADeath() {
        String tenant = newTenantCode();
        tenants.register(tenant, "家族市", "カゾクシ");
        ApiClient api = api();
        ApiClient.Response moveIn = api.post(
                "/api/resident-registry/v1/tenants/" + tenant + "/move-ins",
                api.token(tenant, "resident-registry:clerk"),
                """
                {"idoymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"家族市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"2番2号"},
                 "members":[
                  {"shimei":{"shimei":"家族　花子","shimei_furigana":"カゾク　ハナコ"},"seinengappi":"1990-01-01","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"家族　源造","shimei_furigana":"カゾク　ゲンゾウ"},"seinengappi":"1950-02-02","seibetsu":"1","zokugara":"父"}]}""".formatted(tenant),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(moveIn.status()).as(moveIn.body()).isEqualTo(201);
        String mother = moveIn.json().get("residents").get(0).get("atenabango").asString();
        String father = moveIn.json().get("residents").get(1).get("atenabango").asString();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("clerk-family", tenant, "resident-registry:clerk")
                    .go("/ui/resident-registry/residents/" + mother)
                    .clickLink("出生届（この世帯に子を記載）");
            assertThat(browser.value("person-zokugara")).isEqualTo("子");
            browser.type("person-shimei-shimei", "家族　三郎")
                    .type("person-shimei-shimei_furigana", "カゾク　サブロ")
                    .type("person-seinengappi", "令和8年6月1日")
                    .select("person-seibetsu", "1");
            browser.screenshot("ui-birth-form");
            browser.click("form.form button[type=submit]");
            assertThat(browser.texts(".done")).containsExactly("出生を記録しました（異動日 2026-06-01、1人）。");
            assertThat(browser.text()).contains("家族　三郎", "出生", "東京都家族市本町2番2号");

            browser.clickLink("職権修正").type("shusei_jiyu", "出生届の振り仮名の誤記").type("shimei-shimei_furigana", "カゾク　サブロウ");
            browser.click("form.form button[type=submit]");
            assertThat(browser.texts("#shimei-shimei-error")).containsExactly("振り仮名を修正するときは、氏名も入力してください。");
            assertThat(browser.value("shusei_jiyu")).isEqualTo("出生届の振り仮名の誤記");
            browser.screenshot("ui-correction-error");
            browser.type("shimei-shimei", "家族　三郎").click("form.form button[type=submit]");
            assertThat(browser.texts(".done")).allSatisfy(d -> assertThat(d).startsWith("職権修正を記録しました"));
            assertThat(browser.text()).contains("カゾク　サブロウ", "職権修正");

            browser.go("/ui/resident-registry/residents/" + mother).clickLink("世帯変更届");
            browser.select("kubun", "SETAI_BUNRI")
                    .type("idoymd", "2026-07-01")
                    .select("shin_setainushi", father)
                    .script("document.querySelector(\"input[name=members][value='" + father
                            + "']\").click(); return null;");
            browser.screenshot("ui-household-change-form");
            browser.click("form.form button[type=submit]");
            assertThat(browser.path()).isEqualTo("/ui/resident-registry/residents/" + father);
            assertThat(browser.texts(".done")).containsExactly("世帯変更を記録しました（異動日 2026-07-01、1人）。");
            assertThat(browser.text()).contains("世帯分離");
            assertThat(browser.texts("table tbody tr td a"))
                    .as("his own household now")
                    .containsExactly("家族　源造");

            browser.clickLink("死亡届").type("idoymd", "令和8年8月1日");
            browser.click("form.form button[type=submit]");
            assertThat(browser.texts(".done")).containsExactly("死亡を記録しました（異動日 2026-08-01、1人）。");
            assertThat(browser.text()).contains("死亡");
            assertThat(browser.texts(".action-list:not(.person-actions) a"))
                    .as("a removed record is only corrected")
                    .containsExactly("職権修正");
            browser.screenshot("ui-death-done");
        }
        audit.sealPending();
        assertThat(purposes(tenant, "clerk-family")).contains("出生による記載", "死亡による消除");
    }

    /** One person moved in through the API, at 本町1番1号 of the tenant. */
    private String moveIn(String tenant, String name, String kana, @Nullable String myNumber) {
        ApiClient api = api();
        ApiClient.Response r = api.post(
                "/api/resident-registry/v1/tenants/" + tenant + "/move-ins",
                api.token(tenant, "resident-registry:clerk"),
                """
                {"idoymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"%s",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"1番1号"},
                 "members":[{"shimei":{"shimei":"%s","shimei_furigana":"%s"},"seinengappi":"1990-01-01",
                             "seibetsu":"2","zokugara":"世帯主"%s}]}""".formatted(
                                tenant,
                                tenants.find(tenant).orElseThrow().name(),
                                name,
                                kana,
                                myNumber == null ? "" : ",\"kojinbango\":\"" + myNumber + "\""),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("residents").get(0).get("atenabango").asString();
    }

    private List<String> purposes(String tenant, String actor) {
        return jdbc.queryForList(
                "SELECT purpose FROM platform.audit_record WHERE tenant_code = ? AND actor = ?",
                String.class,
                tenant,
                actor);
    }
}
