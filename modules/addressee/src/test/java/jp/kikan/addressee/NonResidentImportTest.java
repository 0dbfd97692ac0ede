package jp.kikan.addressee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.RegistryImport;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * データ移行 of 住登外者: legacy numbers are kept and served by the addressee API, a re-run of the same run is a no-op,
 * changed content and numbers of the wrong pool are refused, and numbers given afterwards come after the migrated ones.
 */
class NonResidentImportTest extends ModuleIntegrationTest {

    @Autowired
    NonResidentImport nonResidentImport;

    @Test
    void migratedNonResidentsKeepTheirNumbersAndARerunChangesNothing() {
        String tenant = newTenantCode();
        tenants.register(tenant, "宛名移行市", "アテナイコウシ");
        String run = "run-" + UUID.randomUUID();
        String number = "8"
                + String.format(
                        "%014d",
                        70_000_000_000_000L + Math.abs(UUID.randomUUID().hashCode()));
        ImportedNonResident person = new ImportedNonResident(
                number,
                "移行　花子",
                "イコウ　ハナコ",
                LocalDate.of(1960, 2, 3),
                null,
                "2",
                "大阪府大阪市北区梅田一丁目１番１号",
                "jutogaisha.csv:2");
        ImportedNonResident wrongPool =
                new ImportedNonResident("000000000999999", "移行　次郎", null, null, null, "1", null, "jutogaisha.csv:3");
        String unknownBirth = "8" + number.substring(1, 14) + (number.charAt(14) == '9' ? '0' : '9');
        ImportedNonResident fusho = new ImportedNonResident(
                unknownBirth, "移行　四郎", null, LocalDate.of(1960, 1, 1), "昭和35年不詳", "1", null, "jutogaisha.csv:4");
        List<ImportedNonResident> batch = List.of(person, wrongPool, fusho);

        NonResidentImport.Outcome first =
                TenantContext.callAs(tenant, () -> nonResidentImport.load(RegistryImport.batchId(run, 1), batch));
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(first.refused()).singleElement().satisfies(r -> assertThat(r.code())
                .isEqualTo("resident-pool"));

        NonResidentImport.Outcome again =
                TenantContext.callAs(tenant, () -> nonResidentImport.load(RegistryImport.batchId(run, 2), batch));
        assertThat(again.inserted()).isZero();
        assertThat(again.unchangedPersons()).containsExactly(number, unknownBirth);

        ImportedNonResident moved = new ImportedNonResident(
                number,
                "移行　花子",
                "イコウ　ハナコ",
                LocalDate.of(1960, 2, 3),
                null,
                "2",
                "北海道札幌市中央区北一条西二丁目",
                "jutogaisha.csv:2");
        NonResidentImport.Outcome changed = TenantContext.callAs(
                tenant, () -> nonResidentImport.load(RegistryImport.batchId(run, 3), List.of(moved)));
        assertThat(changed.refused()).singleElement().satisfies(r -> assertThat(r.code())
                .isEqualTo("changed-after-import"));
        NonResidentImport.Outcome otherRun = TenantContext.callAs(
                tenant, () -> nonResidentImport.load(RegistryImport.batchId("other", 1), List.of(person)));
        assertThat(otherRun.refused()).singleElement().satisfies(r -> assertThat(r.code())
                .isEqualTo("already-numbered"));

        ApiClient api = api();
        String clerk = api.token(tenant, "addressee:clerk");
        ApiClient.Response read = api.get("/api/addressee/v1/tenants/" + tenant + "/addressees/" + number, clerk);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("shimei").asString()).isEqualTo("移行　花子");
        assertThat(read.json().get("kubun").asString()).isEqualTo("JUTOGAI");
        assertThat(read.json().has("seinengappi_fusho")).isFalse();
        ApiClient.Response partlyUnknown =
                api.get("/api/addressee/v1/tenants/" + tenant + "/addressees/" + unknownBirth, clerk);
        assertThat(partlyUnknown.json().get("seinengappi_fusho").asString()).isEqualTo("昭和35年不詳");
        assertThat(partlyUnknown.json().get("seinengappi").asString()).isEqualTo("1960-01-01");

        // 名寄せ: 昭和35年不詳 may be any day of 1960; its 補完日 is not taken for the day
        for (String day : List.of("1960-01-01", "1960-09-30")) {
            ApiClient.Response proposed = number(api, clerk, tenant, "移行　四郎", day);
            assertThat(proposed.json().get("shorikekka").asString()).as(day).isEqualTo("KOHO_ARI");
            assertThat(proposed.json()
                            .get("kohosha")
                            .get(0)
                            .get("addressee")
                            .get("atenabango")
                            .asString())
                    .isEqualTo(unknownBirth);
            assertThat(proposed.json().get("kohosha").get(0).get("riyu").toString())
                    .as(day)
                    .isEqualTo("[\"SHIMEI_SEINENGAPPI_FUSHO\"]");
        }
        String search = "/api/addressee/v1/tenants/" + tenant + "/addressees?shimei="
                + java.net.URLEncoder.encode("移行", java.nio.charset.StandardCharsets.UTF_8) + "&seinengappi=";
        assertThat(api.get(search + "1960-09-30", clerk).json().toString()).contains(unknownBirth);
        assertThat(api.get(search + "1960-01-01", clerk).json().toString()).contains(unknownBirth);
        assertThat(api.get(search + "1961-01-01", clerk).json().toString()).doesNotContain(unknownBirth);
        ApiClient.Response yearBefore = number(api, clerk, tenant, "移行　四郎", "1959-12-31");
        assertThat(yearBefore.json().get("shorikekka").asString()).isEqualTo("FUBAN");
        ApiClient.Response numbered = number(api, clerk, tenant, "新規　三郎", "1970-01-01");
        assertThat(numbered.status()).as(numbered.body()).isEqualTo(201);
        assertThat(numbered.json().get("atenabango").asString()).isGreaterThan(number);
    }

    /** A numbering request (処理区分 0: number unless 名寄せ finds candidates) for a man of that name and birth date. */
    private static ApiClient.Response number(ApiClient api, String clerk, String tenant, String shimei, String birth) {
        return api.post(
                "/api/addressee/v1/tenants/" + tenant + "/non-residents",
                clerk,
                "{\"shorikubun\":\"0\",\"shimei\":\"" + shimei + "\",\"seinengappi\":\"" + birth
                        + "\",\"seibetsu\":\"1\"}",
                "Idempotency-Key",
                UUID.randomUUID().toString());
    }
}
