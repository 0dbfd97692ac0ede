package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 住民票の写し (帳票 0010001) through the API: the PDF's Japanese text is extracted back and checked, 個人番号 appears
 * only when lawfully requested by staff allowed to see it, and every issuance is in the audit log.
 */
class CertificateApiTest extends ModuleIntegrationTest {

    private static final String MY_NUMBER = "983205673214";

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String base;
    private String taro;
    private String hanako;

    @BeforeEach
    void household() {
        tenant = newTenantCode();
        tenants.register(tenant, "証明市", "ショウメイシ");
        api = api();
        clerk = api.token(tenant, "resident-registry:clerk");
        base = "/api/resident-registry/v1/tenants/" + tenant;
        ApiClient.Response r = api.post(
                base + "/move-ins",
                clerk,
                """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-01","tennyumae_jusho":"京都府京都市中京区寺町通御池上る上本能寺前町488番地",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"証明市",
                          "jusho_choaza":"中央一丁目","jusho_banchigohyoki":"1番2号","jusho_katagaki":"若葉ハイツ101号室"},
                 "members":[
                  {"shimei":{"shimei":"髙橋　太郎","shimei_furigana":"タカハシ　タロウ"},"seinengappi":"1985-06-15",
                   "seibetsu":"1","zokugara":"世帯主","honseki":"東京都千代田区千代田一番","hittosha":"髙橋　太郎",
                   "kojinbango":"%s","juminhyocode":"12345678901"},
                  {"shimei":{"shimei":"髙橋　﨑子","shimei_furigana":"タカハシ　サキコ"},"seinengappi":"令和元年5月1日",
                   "seibetsu":"2","zokugara":"子"}]}""".formatted(tenant, MY_NUMBER),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        taro = r.json().get("residents").get(0).get("atenabango").asString();
        hanako = r.json().get("residents").get(1).get("atenabango").asString();
    }

    private ApiClient.Binary certificate(String token, String requester, String items) {
        return api.postForBytes(
                base + "/certificates",
                token,
                """
                {"shurui":"JUMINHYO_NO_UTSUSHI","atenabango":["%s","%s"],"seikyusha_kubun":"%s",
                 "seikyu_jiyu":"勤務先への提出","kisai":%s}""".formatted(taro, hanako, requester, items),
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theCertificateRendersJapaneseTextAndOmitsTheMyNumberUnlessRequested() throws IOException {
        ApiClient.Binary pdf = certificate(clerk, "HONNIN", "{\"zokugara\":true,\"honseki\":true}");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type").get(0)).startsWith("application/pdf");
        // Kept for a person to look at: modules/app/target/juminhyo-sample.pdf
        java.nio.file.Files.write(java.nio.file.Path.of("target/juminhyo-sample.pdf"), pdf.body());
        String text = text(pdf.body());
        assertThat(text)
                .contains("住民票の写し")
                .contains("髙橋　太郎")
                .contains("髙橋　﨑子")
                .contains("昭和60年6月15日")
                .contains("令和元年5月1日")
                .contains("東京都証明市中央一丁目1番2号")
                .contains("若葉ハイツ101号室")
                .contains("東京都千代田区千代田一番")
                .contains("世帯主")
                .contains("令和8年4月1日")
                .contains("証明市長");
        assertThat(text).doesNotContain(MY_NUMBER).doesNotContain("個人番号").doesNotContain("12345678901");

        ApiClient.Response audit = api.get(
                "/api/platform/v1/tenants/" + tenant + "/audit-records?operation=CERTIFICATE_ISSUE&subject=" + taro,
                api.token(tenant, "auditor"));
        assertThat(audit.json().get("items").size()).isEqualTo(1);
        assertThat(audit.json().get("items").get(0).toString()).contains("勤務先への提出");
    }

    @Test
    void theMyNumberIsPrintedOnlyForTheRightRequesterAndStaffAndTheDisclosureIsAudited() throws IOException {
        ApiClient.Binary withoutRole = certificate(clerk, "HONNIN", "{\"kojinbango\":true}");
        assertThat(withoutRole.status()).isEqualTo(403);

        ApiClient.Binary thirdParty = certificate(
                api.token(tenant, "resident-registry:clerk", "resident-registry:my-number"),
                "DAISANSHA",
                "{\"kojinbango\":true}");
        assertThat(thirdParty.status()).isEqualTo(422);
        assertThat(new String(thirdParty.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("kisai.kojinbango");

        String allowed = api.token(tenant, "resident-registry:clerk", "resident-registry:my-number");
        ApiClient.Binary pdf = certificate(allowed, "HONNIN", "{\"kojinbango\":true,\"juminhyocode\":true}");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(text(pdf.body())).contains("個人番号").contains(MY_NUMBER).contains("12345678901");

        JsonNode disclosures = api.get(
                        "/api/platform/v1/tenants/" + tenant + "/audit-records?operation=MY_NUMBER_READ&subject="
                                + taro,
                        api.token(tenant, "auditor"))
                .json()
                .get("items");
        assertThat(disclosures.toString()).contains("SUCCESS").contains("DENIED");
    }

    @Test
    void noCertificateOfAPersonUnderASupportMeasureForStaffWithoutTheRole() {
        String officer = api.token(tenant, "resident-registry:support-measures");
        ApiClient.Response started = api.post(
                base + "/residents/" + hanako + "/support-measures",
                officer,
                "{\"kubun\":\"JIDO_GYAKUTAI\",\"kaishi_ymd\":\"2026-04-05\"}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(started.status()).isEqualTo(201);
        ApiClient.Binary refused = certificate(clerk, "DOITSU_SETAI", "{}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("support-measure-restricted");
    }
}
