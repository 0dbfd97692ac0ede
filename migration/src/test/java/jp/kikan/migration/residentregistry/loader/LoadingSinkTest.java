package jp.kikan.migration.residentregistry.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import jp.kikan.addressee.ImportedNonResident;
import jp.kikan.addressee.NonResidentImport;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.loader.LoadFailedException;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.migration.core.report.Rejection;
import jp.kikan.migration.residentregistry.model.LegacyAddress;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyHousehold;
import jp.kikan.migration.residentregistry.model.LegacyNonResident;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RegistryImport;
import org.junit.jupiter.api.Test;

/**
 * The loader's batches and its accounting: persons per batch, batch ids of the run, what the registry refuses turned
 * into rejections of the resident, its history rows and the household it heads, and a failed batch stopping the run.
 */
class LoadingSinkTest {

    private static final CodeLists CODES = CodeLists.standard();

    /** Remembers the batches; refuses the persons named, reports the ones named as already stored. */
    private static final class FakeStore implements BatchStore {
        final List<String> batchIds = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> personsPerBatch = Collections.synchronizedList(new ArrayList<>());
        final List<String> refuse;
        final List<String> unchanged;
        final int failAt;

        FakeStore(List<String> refuse, List<String> unchanged, int failAt) {
            this.refuse = refuse;
            this.unchanged = unchanged;
            this.failAt = failAt;
        }

        @Override
        public Stored store(String batchId, List<ImportedVersion> versions, List<ImportedNonResident> nonResidents) {
            if (batchId.endsWith(String.format("/%06d", failAt))) {
                throw new IllegalStateException("database gone");
            }
            batchIds.add(batchId);
            List<String> persons = versions.stream()
                    .map(ImportedVersion::atenabango)
                    .distinct()
                    .toList();
            personsPerBatch.add(persons.size() + nonResidents.size());
            List<RegistryImport.Refusal> refused = new ArrayList<>();
            List<String> same = new ArrayList<>();
            int inserted = 0;
            for (String a : persons) {
                if (refuse.contains(a)) {
                    refused.add(new RegistryImport.Refusal(a, "", "already-in-registry", "既に住民記録にあります。"));
                } else if (unchanged.contains(a)) {
                    same.add(a);
                } else {
                    inserted += (int) versions.stream()
                            .filter(v -> v.atenabango().equals(a))
                            .count();
                }
            }
            return new Stored(
                    new RegistryImport.Outcome(inserted, 0, refused, same),
                    new NonResidentImport.Outcome(nonResidents.size(), 0, List.of(), List.of()));
        }
    }

    private static LegacyResident resident(int line, String atenabango, String setaibango, boolean head) {
        return new LegacyResident(
                new SourceRef("jumin.csv", line),
                atenabango,
                null,
                null,
                new CodeValue("1", "日本人住民"),
                "若葉　太郎",
                "ワカバ　タロウ",
                LegacyDate.of(LocalDate.of(1970, 1, 1)),
                new CodeValue("1", "男"),
                setaibango,
                head ? new CodeValue("01", "世帯主") : new CodeValue("04", "子"),
                head,
                LegacyDate.of(LocalDate.of(2000, 4, 1)),
                null,
                new LegacyAddress(null, null, "東京都", "若葉市", "緑町", "１番１号", null, null, null, null, null, null),
                null,
                null,
                null,
                null,
                Map.of());
    }

    private static LegacyHistoryRow moveIn(int line, String atenabango) {
        return new LegacyHistoryRow(
                new SourceRef("idorireki.csv", line),
                atenabango,
                1,
                new CodeValue("01", "転入"),
                LegacyDate.of(LocalDate.of(2000, 4, 1)),
                null,
                null,
                "札幌市",
                null,
                null,
                null,
                null,
                null,
                Map.of());
    }

    private static void feed(LoadingSink sink) {
        sink.household(
                new LegacyHousehold(new SourceRef("setai.csv", 2), "000000000000001", "000000000000101", Map.of()));
        sink.nonResident(new LegacyNonResident(
                new SourceRef("jutogaisha.csv", 2),
                "800000000000001",
                null,
                "鈴木　一郎",
                null,
                LegacyDate.of(LocalDate.of(1960, 1, 1)),
                null,
                new LegacyAddress(null, null, "大阪府", "大阪市", null, null, null, null, null, null, null, null),
                Map.of()));
        for (int i = 0; i < 5; i++) {
            String a = String.format("%015d", 101 + i);
            sink.resident(resident(2 + i, a, "000000000000001", i == 0));
            sink.history(moveIn(2 + i, a));
        }
        sink.history(moveIn(99, "000000000000999"));
    }

    @Test
    void storesBatchesOfTheRunAndCountsEveryRecordOnce() {
        FakeStore store = new FakeStore(List.of(), List.of("000000000000102"), 0);
        LoadingSink.Result result;
        try (LoadingSink sink = new LoadingSink(store, "wakaba", 2, CODES)) {
            feed(sink);
            result = sink.finish();
        }
        assertThat(store.batchIds).containsExactlyInAnyOrder("wakaba/000001", "wakaba/000002", "wakaba/000003");
        assertThat(store.personsPerBatch).containsExactly(2, 2, 2);
        assertThat(result.batches()).isEqualTo(3);
        assertThat(result.stored().get("jumin.csv")).containsExactly(4, 1);
        assertThat(result.stored().get("idorireki.csv")).containsExactly(4, 1);
        assertThat(result.stored().get("setai.csv")).containsExactly(1, 0);
        assertThat(result.stored().get("jutogaisha.csv")).containsExactly(1, 0);
        assertThat(result.refusals())
                .singleElement()
                .satisfies(r -> assertThat(r.problems().get(0).code()).isEqualTo("person-not-in-set"));
        assertThat(result.versionsInserted()).isEqualTo(4);
    }

    @Test
    void aRefusedHeadRejectsItsRecordItsHistoryAndItsHousehold() {
        FakeStore store = new FakeStore(List.of("000000000000101"), List.of(), 0);
        LoadingSink.Result result;
        try (LoadingSink sink = new LoadingSink(store, "wakaba", 100, CODES)) {
            feed(sink);
            result = sink.finish();
        }
        assertThat(result.refusals())
                .extracting(r ->
                        r.file() + ":" + r.line() + ":" + r.problems().get(0).code())
                .containsExactlyInAnyOrder(
                        "jumin.csv:2:already-in-registry",
                        "idorireki.csv:2:parent-rejected",
                        "setai.csv:2:household-head-refused",
                        "idorireki.csv:99:person-not-in-set");
        assertThat(result.stored().get("jumin.csv")).containsExactly(4, 0);
        assertThat(result.stored()).doesNotContainKey("setai.csv");
        assertThat(result.refusals())
                .filteredOn(r -> r.file().equals("idorireki.csv") && r.line() == 2)
                .extracting(Rejection::problems)
                .allSatisfy(p -> assertThat(p.get(0).message()).contains("jumin.csv 2行目"));
    }

    @Test
    void aFailedBatchStopsTheRunAndNamesTheBatch() {
        FakeStore store = new FakeStore(List.of(), List.of(), 2);
        try (LoadingSink sink = new LoadingSink(store, "wakaba", 2, 1, CODES)) {
            assertThatThrownBy(() -> {
                        feed(sink);
                        sink.finish();
                    })
                    .isInstanceOf(LoadFailedException.class)
                    .hasMessageContaining("wakaba/000002")
                    .hasRootCauseMessage("database gone");
        }
        // the batch before the failed one is stored, the failed one is not (the one after it may have been submitted)
        assertThat(store.batchIds).contains("wakaba/000001").doesNotContain("wakaba/000002");
    }
}
