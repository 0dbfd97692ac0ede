package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.kikan.platform.tenant.TenantContext;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * データ移行 into the registry: migrated versions are served by the API exactly like entered ones (history and as-of
 * included), a re-run of the same batch changes nothing, and a person already in the registry is refused.
 */
class RegistryImportTest extends ModuleIntegrationTest {

    @Autowired
    RegistryImport registryImport;

    private static ImportedVersion version(
            String a, int version, ChangeReason reason, LocalDate from, String choaza, boolean current, String batch) {
        return new ImportedVersion(
                a,
                version,
                RecordStatus.RESIDENT,
                reason,
                from,
                from.plusDays(3),
                Instant.parse("2020-01-01T00:00:00Z").plusSeconds(version),
                current,
                "移行　太郎",
                "イコウ　タロウ",
                LocalDate.of(1970, 1, 1),
                null,
                "1",
                "000000000700001",
                "世帯主",
                true,
                LocalDate.of(2001, 4, 1),
                from,
                new ResidentAddress("139998", "0001001", "東京都", "若葉市", choaza, "1番1号", null),
                "大阪府大阪市北区梅田一丁目1番1号",
                null,
                null,
                null,
                null,
                null,
                "東京都若葉市本町1番地",
                "移行　太郎",
                null,
                null,
                "123456789018",
                batch,
                "jumin.csv:2");
    }

    @Test
    void migratedVersionsAreServedLikeEnteredOnesAndARerunChangesNothing() {
        String tenant = newTenantCode();
        tenants.register(tenant, "移行市", "イコウシ");
        String batch = "test-" + UUID.randomUUID();
        String a = "000000000654321";
        List<ImportedVersion> versions = List.of(
                version(a, 1, ChangeReason.MOVE_IN, LocalDate.of(2001, 4, 1), "本町", false, batch),
                version(a, 2, ChangeReason.ADDRESS_CHANGE, LocalDate.of(2010, 10, 1), "緑町", true, batch));
        RegistryImport.Outcome first = TenantContext.callAs(tenant, () -> registryImport.load(batch, versions));
        assertThat(first.inserted()).isEqualTo(2);
        RegistryImport.Outcome again = TenantContext.callAs(tenant, () -> registryImport.load(batch, versions));
        assertThat(again.inserted()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        RegistryImport.Outcome other = TenantContext.callAs(tenant, () -> registryImport.load("another", versions));
        assertThat(other.refused()).singleElement().satisfies(r -> assertThat(r.code())
                .isEqualTo("already-in-registry"));

        ApiClient api = api();
        String clerk = api.token(tenant, "resident-registry:clerk");
        String base = "/api/resident-registry/v1/tenants/" + tenant;
        assertThat(api.get(base + "/residents/" + a + "?kijunbi=2005-01-01", clerk)
                        .json()
                        .get("jusho")
                        .get("jusho_choaza")
                        .asString())
                .isEqualTo("本町");
        assertThat(api.get(base + "/residents/" + a, clerk)
                        .json()
                        .get("jusho")
                        .get("jusho_choaza")
                        .asString())
                .isEqualTo("緑町");
        assertThat(api.get(base + "/residents/" + a + "/history", clerk).json().get("versions"))
                .hasSize(2);
        assertThat(api.get(
                                base + "/residents?shimei="
                                        + java.net.URLEncoder.encode("いこう", java.nio.charset.StandardCharsets.UTF_8),
                                clerk)
                        .json()
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aRerunIsRecognisedInAnyBatchOfItsRunAndChangedContentIsRefused() {
        String tenant = newTenantCode();
        tenants.register(tenant, "移行市", "イコウシ");
        String run = "run-" + UUID.randomUUID();
        String a = "000000000654322";
        String first = RegistryImport.batchId(run, 1);
        List<ImportedVersion> versions = List.of(
                version(a, 1, ChangeReason.MOVE_IN, LocalDate.of(2001, 4, 1), "本町", false, first),
                version(a, 2, ChangeReason.ADDRESS_CHANGE, LocalDate.of(2010, 10, 1), "緑町", true, first));
        assertThat(TenantContext.callAs(tenant, () -> registryImport.load(first, versions))
                        .inserted())
                .isEqualTo(2);

        // corrected records earlier in the file moved the person into batch 3 of the same run
        RegistryImport.Outcome moved =
                TenantContext.callAs(tenant, () -> registryImport.load(RegistryImport.batchId(run, 3), versions));
        assertThat(moved.inserted()).isZero();
        assertThat(moved.unchanged()).isEqualTo(2);
        assertThat(moved.unchangedPersons()).containsExactly(a);

        List<ImportedVersion> changed = List.of(
                versions.get(0),
                version(a, 2, ChangeReason.ADDRESS_CHANGE, LocalDate.of(2010, 10, 1), "桜町", true, first));
        RegistryImport.Outcome refused =
                TenantContext.callAs(tenant, () -> registryImport.load(RegistryImport.batchId(run, 4), changed));
        assertThat(refused.inserted()).isZero();
        assertThat(refused.refused()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("changed-after-import");
            assertThat(r.reason()).contains(first);
        });

        RegistryImport.Outcome otherRun = TenantContext.callAs(
                tenant, () -> registryImport.load(RegistryImport.batchId("other-" + run, 1), versions));
        assertThat(otherRun.refused()).singleElement().satisfies(r -> assertThat(r.code())
                .isEqualTo("already-in-registry"));
        assertThat(RegistryImport.runOf(RegistryImport.batchId(run, 12))).isEqualTo(run);
    }
}
