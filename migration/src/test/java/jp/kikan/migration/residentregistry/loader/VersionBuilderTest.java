package jp.kikan.migration.residentregistry.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.migration.residentregistry.model.LegacyAddress;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.ResidentAddress;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A resident's history as the registry's versions: reconstructed backwards from the current record, oldest first. */
class VersionBuilderTest {

    private static final VersionBuilder BUILDER = new VersionBuilder(CodeLists.standard());
    private static final String BATCH = "test-run/000001";

    private static LegacyDate date(String iso) {
        return LegacyDate.of(LocalDate.parse(iso));
    }

    private static LegacyResident resident(String setaibango, LegacyDate birth, String since, String choaza) {
        return new LegacyResident(
                new SourceRef("jumin.csv", 2),
                "000000000100001",
                null,
                null,
                new CodeValue("1", "日本人住民"),
                "若葉　花子",
                "ワカバ　ハナコ",
                birth,
                new CodeValue("2", "女"),
                setaibango,
                new CodeValue("02", "妻"),
                false,
                date(since),
                null,
                new LegacyAddress(
                        LocalGovernmentCode.of("139998"),
                        "0001002",
                        "東京都",
                        "若葉市",
                        choaza,
                        "２番３号",
                        "若葉ハイツ１０１号室",
                        null,
                        null,
                        null,
                        null,
                        null),
                "東京都若葉市本町１番地",
                "若葉　一郎",
                null,
                null,
                Map.of());
    }

    private static LegacyHistoryRow row(
            int number,
            String code,
            String label,
            String ido,
            @Nullable String before,
            @Nullable String after,
            @Nullable String householdBefore,
            @Nullable String householdAfter) {
        return new LegacyHistoryRow(
                new SourceRef("idorireki.csv", number + 1),
                "000000000100001",
                number,
                new CodeValue(code, label),
                date(ido),
                date(ido),
                LegacyDate.of(LocalDate.parse(ido).plusDays(1)),
                before,
                after,
                householdBefore,
                householdAfter,
                null,
                null,
                Map.of());
    }

    private static List<ImportedVersion> versions(VersionBuilder.Result result) {
        assertThat(result).isInstanceOf(VersionBuilder.Built.class);
        return ((VersionBuilder.Built) result).versions();
    }

    @Test
    void moveInAddressChangeAndHouseholdChangeBecomeThreeVersionsEndingWithTheCurrentRecord() {
        LegacyResident current = resident("000000000500002", date("1980-05-05"), "2001-04-01", "緑町");
        List<ImportedVersion> v = versions(BUILDER.build(
                current,
                List.of(
                        // given out of order: the builder sorts by 異動日
                        row(3, "04", "世帯変更", "2015-07-01", null, null, "000000000500001", "000000000500002"),
                        row(1, "01", "転入", "2001-04-01", "大阪府大阪市北区梅田一丁目１番１号", "東京都若葉市本町１番３１号", null, "000000000500001"),
                        row(2, "03", "転居", "2010-10-01", "東京都若葉市本町１番３１号", "東京都若葉市緑町２番３号若葉ハイツ１０１号室", null, null)),
                BATCH));

        assertThat(v).extracting(ImportedVersion::version).containsExactly(1, 2, 3);
        assertThat(v)
                .extracting(ImportedVersion::reason)
                .containsExactly(
                        ChangeReason.MOVE_IN, ChangeReason.ADDRESS_CHANGE, ChangeReason.HOUSEHOLD_COMPOSITION_CHANGE);
        assertThat(v)
                .extracting(ImportedVersion::validFrom)
                .containsExactly(LocalDate.of(2001, 4, 1), LocalDate.of(2010, 10, 1), LocalDate.of(2015, 7, 1));
        assertThat(v).extracting(ImportedVersion::current).containsExactly(false, false, true);
        assertThat(v).extracting(ImportedVersion::status).containsOnly(RecordStatus.RESIDENT);

        ImportedVersion moveIn = v.get(0);
        assertThat(moveIn.address()).isEqualTo(new ResidentAddress("139998", null, "東京都", "若葉市", "本町", "１番３１号", null));
        assertThat(moveIn.setaibango()).isEqualTo("000000000500001");
        assertThat(moveIn.previousAddress()).isEqualTo("大阪府大阪市北区梅田一丁目１番１号");
        assertThat(moveIn.addressSince()).isEqualTo(LocalDate.of(2001, 4, 1));
        assertThat(moveIn.notifiedOn()).isEqualTo(LocalDate.of(2001, 4, 1));
        assertThat(moveIn.recordedAt()).isEqualTo(Instant.parse("2001-04-01T15:00:00Z"));

        ImportedVersion moved = v.get(1);
        assertThat(moved.address()).isEqualTo(VersionBuilder.address(current.jusho()));
        assertThat(moved.setaibango()).isEqualTo("000000000500001");
        assertThat(moved.formerAddress()).isEqualTo("東京都若葉市本町１番３１号");
        assertThat(moved.previousAddress()).isEqualTo("大阪府大阪市北区梅田一丁目１番１号");
        assertThat(moved.addressSince()).isEqualTo(LocalDate.of(2010, 10, 1));

        ImportedVersion last = v.get(2);
        assertThat(last.setaibango()).isEqualTo(current.setaibango());
        assertThat(last.address()).isEqualTo(VersionBuilder.address(current.jusho()));
        assertThat(last.shimei()).isEqualTo("若葉　花子");
        assertThat(last.zokugara()).isEqualTo("妻");
        assertThat(last.residentSince()).isEqualTo(LocalDate.of(2001, 4, 1));
        assertThat(last.batchId()).isEqualTo(BATCH);
        assertThat(last.source()).isEqualTo("idorireki.csv:4");
        assertThat(v).extracting(ImportedVersion::recordedAt).isSorted();
    }

    @Test
    void aRemovedPersonEndsWithARemovedVersion() {
        LegacyResident current = resident("000000000500002", date("1950-01-01"), "1990-04-01", "緑町");
        List<ImportedVersion> v = versions(BUILDER.build(
                current,
                List.of(
                        row(1, "01", "転入", "1990-04-01", "札幌市", null, null, null),
                        row(2, "02", "転出", "2020-03-31", null, "大阪府堺市堺区南瓦町３番１号", null, null)),
                BATCH));

        assertThat(v).hasSize(2);
        assertThat(v.get(0).status()).isEqualTo(RecordStatus.RESIDENT);
        ImportedVersion out = v.get(1);
        assertThat(out.reason()).isEqualTo(ChangeReason.MOVE_OUT);
        assertThat(out.status()).isEqualTo(RecordStatus.REMOVED);
        assertThat(out.removedOn()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(out.removalReason()).isEqualTo("転出");
        assertThat(out.destinationAddress()).isEqualTo("大阪府堺市堺区南瓦町３番１号");
        assertThat(out.address())
                .as("a 除票 keeps the address it was removed from")
                .isEqualTo(VersionBuilder.address(current.jusho()));
        assertThat(out.current()).isTrue();
    }

    @Test
    void aCorrectionOnAFamilyRegisterNoticeKeepsTheLegacyReasonAndABirthComesFirst() {
        LegacyResident current = resident("000000000500002", date("2001-02-03"), "2001-02-03", "緑町");
        List<ImportedVersion> v = versions(BUILDER.build(
                current,
                List.of(
                        row(1, "10", "出生", "2001-02-03", null, null, null, null),
                        row(2, "12", "婚姻", "2024-06-01", null, null, null, null)),
                BATCH));
        assertThat(v)
                .extracting(ImportedVersion::reason)
                .containsExactly(ChangeReason.BIRTH, ChangeReason.EX_OFFICIO_CORRECTION);
        assertThat(v.get(1).reasonText()).isEqualTo("データ移行（移行元の異動事由 12 婚姻）");
        assertThat(v.get(0).reasonText()).isNull();
    }

    @Test
    void aPersonWithoutHistoryIsOneMigrationVersionAndACutHistoryStartsWithOne() {
        LegacyResident current = resident("000000000500002", date("1970-01-01"), "1995-04-01", "緑町");
        List<ImportedVersion> only = versions(BUILDER.build(current, List.of(), BATCH));
        assertThat(only).singleElement().satisfies(v -> {
            assertThat(v.reason()).isEqualTo(ChangeReason.MIGRATION);
            assertThat(v.validFrom()).isEqualTo(LocalDate.of(1995, 4, 1));
            assertThat(v.current()).isTrue();
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.status()).isEqualTo(RecordStatus.RESIDENT);
            assertThat(v.address()).isEqualTo(VersionBuilder.address(current.jusho()));
        });

        List<ImportedVersion> cut = versions(BUILDER.build(
                current, List.of(row(5, "03", "転居", "2012-01-10", "東京都若葉市中央一丁目３番４号", null, null, null)), BATCH));
        assertThat(cut)
                .extracting(ImportedVersion::reason)
                .containsExactly(ChangeReason.MIGRATION, ChangeReason.ADDRESS_CHANGE);
        assertThat(cut.get(0).validFrom()).isEqualTo(LocalDate.of(1995, 4, 1));
        assertThat(cut.get(0).address())
                .isEqualTo(new ResidentAddress("139998", null, "東京都", "若葉市", "中央一丁目", "３番４号", null));
    }

    @Test
    void aPartlyUnknownBirthDateIsKeptWithItsNotation_andTheFirstDayOfTheKnownPartAsDate() {
        LegacyResident year = resident("000000000500002", new LegacyDate(1944, 0, 0, "昭和19年不詳"), "1980-04-01", "緑町");
        assertThat(versions(BUILDER.build(year, List.of(), BATCH)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.birthDate()).isEqualTo(LocalDate.of(1944, 1, 1));
                    assertThat(v.birthDateFusho()).isEqualTo("昭和19年不詳");
                });
        LegacyResident month = resident("000000000500003", new LegacyDate(1944, 7, 0, "昭和19年7月不詳"), "1980-04-01", "緑町");
        assertThat(versions(BUILDER.build(month, List.of(), BATCH)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.birthDate()).isEqualTo(LocalDate.of(1944, 7, 1));
                    assertThat(v.birthDateFusho()).isEqualTo("昭和19年7月不詳");
                });
        LegacyResident exact = resident("000000000500004", LegacyDate.of(LocalDate.of(1944, 7, 9)), "1980-04-01", "緑町");
        assertThat(versions(BUILDER.build(exact, List.of(), BATCH)))
                .singleElement()
                .satisfies(v -> assertThat(v.birthDateFusho()).isNull());
    }

    @Test
    void aBirthDateWithoutItsYearIsRefused() {
        LegacyResident current = resident("000000000500005", new LegacyDate(0, 0, 0, "不詳"), "1980-04-01", "緑町");
        assertThat(BUILDER.build(current, List.of(), BATCH)).isInstanceOfSatisfying(VersionBuilder.Refused.class, r -> {
            assertThat(r.code()).isEqualTo("birth-date-fusho");
            assertThat(r.message()).contains("年も不詳");
        });
    }
}
