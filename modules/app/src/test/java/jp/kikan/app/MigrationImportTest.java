package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jp.kikan.addressee.NonResidentImport;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.loader.LoadFailedException;
import jp.kikan.migration.core.report.FileReport;
import jp.kikan.migration.core.report.LoadCounts;
import jp.kikan.migration.core.report.ReportWriter;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.internal.MigrationCommand;
import jp.kikan.migration.internal.MigrationImports;
import jp.kikan.migration.residentregistry.generator.FaultManifest;
import jp.kikan.migration.residentregistry.loader.BatchStore;
import jp.kikan.migration.residentregistry.loader.LoadingSink;
import jp.kikan.migration.residentregistry.loader.VersionBuilder;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.MigrationValidator;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RegistryImport;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * データ移行 end to end (issue 4): a generated legacy set with injected faults imports with exactly its faults reported
 * and everything else stored, reconciled; a re-run changes nothing; a corrected file stores just what was rejected
 * (and refuses to change what was stored); an interrupted run goes on where it stopped; data already in Kikan is
 * reported as duplicate; migrated residents are served by the resident registry API, history and as-of included.
 */
class MigrationImportTest extends IntegrationTest {

    private static final Path INBOX =
            Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();

    @TempDir
    static Path work;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MigrationImports imports;

    @Autowired
    RegistryImport registryImport;

    @Autowired
    NonResidentImport nonResidentImport;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    jp.kikan.platform.audit.AuditLog audit;

    private String newTenant() {
        String tenant = newTenantCode();
        tenants.register(tenant, "移行市", "イコウシ");
        return tenant;
    }

    private static String imports(String tenant) {
        return "/api/migration/v1/tenants/" + tenant + "/imports";
    }

    private static String request(Path folder, String run) {
        return "{\"folder\":\""
                + INBOX.relativize(folder.toAbsolutePath().normalize())
                        .toString()
                        .replace('\\', '/') + "\",\"run_name\":\"" + run + "\",\"batch_size\":1000}";
    }

    private RunReport importThroughApi(ApiClient api, String token, String tenant, Path folder, String run) {
        ApiClient.Response r = api.post(
                imports(tenant),
                token,
                request(folder, run),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ReportWriter.json().readValue(r.body(), RunReport.class);
    }

    private long count(String sql, String tenant) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class, tenant));
    }

    /** Who the tenant's データ移行 audit records (the run's and each batch's) name as the actor. */
    private List<String> importActors(String tenant) {
        audit.sealPending();
        return jdbc.queryForList(
                "SELECT DISTINCT actor FROM platform.audit_record WHERE tenant_code = ? AND purpose = 'データ移行'",
                String.class,
                tenant);
    }

    /** Rows, persons and current versions in the registry and 住登外者 in the addressee module of a tenant. */
    private List<Long> stored(String tenant) {
        return List.of(
                count("SELECT count(*) FROM resident_registry.resident_record WHERE tenant_code = ?", tenant),
                count(
                        "SELECT count(DISTINCT atenabango) FROM resident_registry.resident_record WHERE tenant_code = ?",
                        tenant),
                count(
                        "SELECT count(*) FROM resident_registry.resident_record WHERE tenant_code = ? AND is_current",
                        tenant),
                count("SELECT count(*) FROM addressee.non_resident WHERE tenant_code = ?", tenant));
    }

    private static FileReport file(RunReport report, String group) {
        return report.files().stream()
                .filter(f -> f.group().equals(group))
                .findFirst()
                .orElseThrow();
    }

    private static LoadCounts load(RunReport report, String group) {
        return Objects.requireNonNull(file(report, group).load());
    }

    @Test
    void aGeneratedSetImportsWithExactlyItsFaultsReportedAndARerunChangesNothing() throws IOException {
        LegacySets.Generated set =
                LegacySets.generate(work.resolve("acceptance"), 10_000, 42, LegacySets.allFaults(), "fixed");
        String tenant = newTenant();
        ApiClient api = api();
        String operator = api.token(tenant, "migration:operator");

        RunReport first = importThroughApi(api, operator, tenant, set.folder(), "wakaba-2026");
        // the run and every batch, stored on the loader's own threads, are audited as the staff member's
        assertThat(importActors(tenant)).containsExactly("tester-" + tenant);

        List<String> expected = new ArrayList<>(set.expectedProblems());
        expected.addAll(set.accepted().fushoRefusals());
        assertThat(LegacySets.problems(first)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(set.manifest().entries())
                .extracting(FaultManifest.Entry::kind)
                .contains("bad-check-digit", "unmapped-gaiji", "orphan-history", "duplicate-person", "impossible-date");
        assertThat(first.complete()).isTrue();
        assertThat(first.reconciled()).isTrue();
        for (FileReport f : first.files()) {
            assertThat(f.read()).as(f.file()).isEqualTo(set.manifest().records().get(f.file()));
            assertThat(f.accepted() + f.rejected()).as(f.file()).isEqualTo(f.read());
            assertThat(f.load()).as(f.file()).isEqualTo(new LoadCounts(f.accepted(), 0, f.emitted() - f.accepted()));
        }
        long duplicates = set.manifest().entries().stream()
                .filter(e -> e.code().startsWith("duplicate-"))
                .map(e -> e.file() + ":" + e.line())
                .distinct()
                .count();
        assertThat(first.totals().duplicates()).isEqualTo(duplicates);
        long residents = file(first, "jumin").accepted();
        long historyRows = file(first, "idorireki").accepted();
        long nonResidents = file(first, "jutogaisha").accepted();
        assertThat(residents).isGreaterThan(9_000);
        // one version per stored history row, and an IKO version first for a resident whose history lost its entry
        // (転入 or 出生) to an orphan-history fault
        Set<String> rejectedRecords =
                first.rejections().stream().map(r -> r.file() + ":" + r.line()).collect(Collectors.toSet());
        long cut = set.accepted().residents.stream()
                .filter(r -> !rejectedRecords.contains(r.source().toString()))
                .map(r -> sorted(set.accepted().historyOf(r.atenabango())))
                .filter(h -> h.isEmpty()
                        || !List.of("01", "10").contains(h.get(0).idojiyu().code()))
                .count();
        assertThat(cut).isPositive();
        assertThat(first.load().versionsInserted()).isEqualTo(historyRows + cut);
        List<Long> rows = stored(tenant);
        assertThat(rows).containsExactly(historyRows + cut, residents, residents, nonResidents);

        RunReport again = importThroughApi(api, operator, tenant, set.folder(), "wakaba-2026");
        assertThat(again.reconciled()).isTrue();
        assertThat(again.load().records().inserted()).isZero();
        assertThat(again.load().records().unchanged()).isEqualTo(first.totals().accepted());
        assertThat(again.load().versionsUnchanged()).isEqualTo(historyRows + cut);
        assertThat(LegacySets.problems(again)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(again.totals()).isEqualTo(first.totals());
        assertThat(stored(tenant)).isEqualTo(rows);

        servedByTheRegistryApi(api, tenant, set.accepted(), first);
    }

    /** A few migrated residents, through the resident registry's and the addressee's API. */
    private void servedByTheRegistryApi(ApiClient api, String tenant, LegacySets.Accepted set, RunReport report) {
        Set<String> rejected =
                report.rejections().stream().map(r -> r.file() + ":" + r.line()).collect(Collectors.toSet());
        List<LegacyResident> stored = set.residents.stream()
                .filter(r -> !rejected.contains(r.source().toString()))
                .toList();
        String clerk = api.token(tenant, "resident-registry:clerk", "addressee:clerk");
        String base = "/api/resident-registry/v1/tenants/" + tenant + "/residents/";

        LegacyResident mover = first(stored, set, "03");
        List<LegacyHistoryRow> rows = sorted(set.historyOf(mover.atenabango()));
        JsonNode versions =
                api.get(base + mover.atenabango() + "/history", clerk).json().get("versions");
        assertThat(versions).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode v = versions.get(i).get("resident");
            assertThat(v.get("idoymd").asString())
                    .isEqualTo(rows.get(i).idoYmd().isoText());
            assertThat(v.get("rirekibango").asInt()).isEqualTo(i + 1);
        }
        assertThat(versions.get(0).get("resident").get("idojiyu").asString()).isIn("TENNYU", "SHUSSEI");
        LegacyHistoryRow move = rows.stream()
                .filter(r -> r.idojiyu().code().equals("03"))
                .findFirst()
                .orElseThrow();
        LocalDate moved = move.idoYmd().date().orElseThrow();
        String oldTown = Objects.requireNonNull(move.idomaeJusho())
                .substring("東京都若葉市".length())
                .replaceAll("[０-９].*$", "");
        JsonNode before = api.get(base + mover.atenabango() + "?kijunbi=" + moved.minusDays(1), clerk)
                .json();
        assertThat(before.get("jusho").get("jusho_choaza").asString()).isEqualTo(oldTown);
        JsonNode after =
                api.get(base + mover.atenabango() + "?kijunbi=" + moved, clerk).json();
        assertThat(after.get("idojiyu").asString()).isEqualTo("TENKYO");
        assertThat(after.get("jusho").get("jusho_choaza").asString())
                .isEqualTo(mover.jusho().choaza());
        assertThat(after.get("idomae_jusho").asString()).isEqualTo(move.idomaeJusho());
        LegacyDate processed = Objects.requireNonNull(move.shoriYmd());
        String knownBefore = processed.date().orElseThrow().minusDays(1).toString() + "T12:00:00%2B09:00";
        JsonNode asKnown = api.get(base + mover.atenabango() + "?kijun_nichiji=" + knownBefore, clerk)
                .json();
        assertThat(asKnown.get("jusho").get("jusho_choaza").asString())
                .as("as known before the 転居 was recorded")
                .isEqualTo(oldTown);
        LocalDate entered = rows.get(0).idoYmd().date().orElseThrow();
        assertThat(api.get(base + mover.atenabango() + "?kijunbi=" + entered.minusDays(1), clerk)
                        .status())
                .isEqualTo(404);

        LegacyResident merged = first(stored, set, "07");
        LegacyHistoryRow merge = sorted(set.historyOf(merged.atenabango())).stream()
                .filter(r -> r.idojiyu().code().equals("07"))
                .findFirst()
                .orElseThrow();
        LocalDate mergedOn = merge.idoYmd().date().orElseThrow();
        assertThat(api.get(base + merged.atenabango() + "?kijunbi=" + mergedOn.minusDays(1), clerk)
                        .json()
                        .get("setaibango")
                        .asString())
                .isEqualTo(merge.idomaeSetaibango());
        JsonNode household = api.get(
                        "/api/resident-registry/v1/tenants/" + tenant + "/households/" + merged.setaibango()
                                + "?kijunbi=" + mergedOn,
                        clerk)
                .json();
        assertThat(household.get("members").toString()).contains(merged.atenabango());

        LegacyResident born = first(stored, set, "10");
        JsonNode birth = api.get(base + born.atenabango() + "/history", clerk)
                .json()
                .get("versions")
                .get(0)
                .get("resident");
        assertThat(birth.get("idojiyu").asString()).isEqualTo("SHUSSEI");
        assertThat(birth.get("idoymd").asString()).isEqualTo(born.seinengappi().isoText());
        assertThat(birth.get("shimei").get("shimei").asString()).isEqualTo(born.shimei());

        LegacyResident unknownBirth = stored.stream()
                .filter(r -> r.seinengappi().isFusho())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stored resident with a 不詳 birth date"));
        JsonNode fusho = api.get(base + unknownBirth.atenabango(), clerk).json();
        assertThat(fusho.get("seinengappi_fusho").asString())
                .isEqualTo(unknownBirth.seinengappi().fushoHyoki());
        assertThat(fusho.get("seinengappi").asString())
                .as("補完日: the first day of the known part")
                .isEqualTo(unknownBirth.seinengappi().year() + "-01-01");
        // found by any day it may be, not only by its 補完日; not by a day outside its year
        String byName = "/api/resident-registry/v1/tenants/" + tenant + "/residents?shimei="
                + java.net.URLEncoder.encode(unknownBirth.shimei(), StandardCharsets.UTF_8) + "&seinengappi=";
        int year = unknownBirth.seinengappi().year();
        assertThat(api.get(byName + year + "-07-15", clerk).json().get("items").toString())
                .contains(unknownBirth.atenabango());
        assertThat(api.get(byName + year + "-12-31", clerk).json().get("items").toString())
                .contains(unknownBirth.atenabango());
        assertThat(api.get(byName + (year + 1) + "-01-01", clerk)
                        .json()
                        .get("items")
                        .toString())
                .doesNotContain(unknownBirth.atenabango());
        assertThat(api.get(base + born.atenabango(), clerk).json().has("seinengappi_fusho"))
                .isFalse();

        String nonResident = set.nonResidents.get(0).atenabango();
        JsonNode addressee = api.get("/api/addressee/v1/tenants/" + tenant + "/addressees/" + nonResident, clerk)
                .json();
        assertThat(addressee.get("kubun").asString()).isEqualTo("JUTOGAI");
        assertThat(addressee.get("shimei").asString())
                .isEqualTo(set.nonResidents.get(0).shimei());
    }

    private static LegacyResident first(List<LegacyResident> residents, LegacySets.Accepted set, String idojiyu) {
        return residents.stream()
                .filter(r -> set.historyOf(r.atenabango()).stream()
                        .anyMatch(h -> h.idojiyu().code().equals(idojiyu)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no stored resident with 異動事由 " + idojiyu));
    }

    private static List<LegacyHistoryRow> sorted(List<LegacyHistoryRow> rows) {
        return rows.stream()
                .sorted(Comparator.comparing((LegacyHistoryRow r) -> r.idoYmd().isoText())
                        .thenComparingInt(LegacyHistoryRow::rirekibango))
                .toList();
    }

    @Test
    void aCorrectedFileStoresJustWhatWasRejectedAndRefusesToChangeWhatWasStored() throws IOException {
        LegacySets.Generated faulty =
                LegacySets.generate(work.resolve("corrected/faulty"), 2_000, 7, LegacySets.allFaults(), "fixed");
        LegacySets.Generated fixed = LegacySets.generate(work.resolve("corrected/fixed"), 2_000, 7, Map.of(), "fixed");
        String tenant = newTenant();

        RunReport first = imports.run(
                new MigrationImports.Request(tenant, faulty.folder(), SourceEncoding.UTF_8, "fix-run", 300),
                ProgressListener.NONE);
        assertThat(first.reconciled()).isTrue();
        List<Long> before = stored(tenant);

        RunReport second = imports.run(
                new MigrationImports.Request(tenant, fixed.folder(), SourceEncoding.UTF_8, "fix-run", 300),
                ProgressListener.NONE);
        assertThat(second.reconciled()).isTrue();

        // a resident whose history row was orphaned was stored without it: the corrected file changes it
        Set<String> changed = new HashSet<>();
        for (FaultManifest.Entry e : faulty.manifest().entries()) {
            if (e.kind().equals("orphan-history")) {
                changed.add(fixed.accepted().historyLines.get(e.line()));
            }
        }
        List<String> expected = new ArrayList<>(fixed.accepted().fushoRefusals());
        Set<String> changedLines = new HashSet<>();
        for (LegacyResident r : fixed.accepted().residents) {
            if (changed.contains(r.atenabango()) && !r.seinengappi().isFusho()) {
                expected.add(r.source() + ":atenabango:changed-after-import");
                changedLines.add(r.source().toString());
                fixed.accepted()
                        .historyOf(r.atenabango())
                        .forEach(h -> expected.add(h.source() + ":atenabango:parent-rejected"));
            }
        }
        assertThat(changedLines).isNotEmpty();
        assertThat(LegacySets.problems(second)).containsExactlyInAnyOrderElementsOf(expected);

        Set<String> rejectedFirst =
                first.rejections().stream().map(r -> r.file() + ":" + r.line()).collect(Collectors.toSet());
        long insertedNow = fixed.accepted().residents.stream()
                .filter(r -> rejectedFirst.contains(r.source().toString())
                        && !r.seinengappi().isFusho())
                .count();
        long unchangedNow = fixed.accepted().residents.stream()
                .filter(r -> !rejectedFirst.contains(r.source().toString()))
                .filter(r -> !changedLines.contains(r.source().toString()))
                .count();
        assertThat(insertedNow).isGreaterThan(50);
        assertThat(load(second, "jumin"))
                .isEqualTo(new LoadCounts(
                        insertedNow,
                        unchangedNow,
                        expected.stream().filter(p -> p.startsWith("jumin")).count()));
        assertThat(stored(tenant).get(1)).isEqualTo(before.get(1) + insertedNow);
        assertThat(load(second, "jutogaisha").unchanged())
                .isEqualTo(file(first, "jutogaisha").accepted());
    }

    /** Stores batches like the application does, and fails from batch {@code failFrom} on (the run is stopped). */
    private BatchStore failingFrom(String tenant, int failFrom, AtomicInteger batches) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return (batchId, versions, nonResidents) -> {
            if (batches.incrementAndGet() >= failFrom) {
                throw new IllegalStateException("the run was stopped");
            }
            return TenantContext.callAs(
                    tenant,
                    () -> tx.execute(status -> new BatchStore.Stored(
                            registryImport.load(batchId, versions), nonResidentImport.load(batchId, nonResidents))));
        };
    }

    private List<ImportedVersion> versionsOf(LegacyResident r, LegacySets.Accepted set, String batchId) {
        VersionBuilder.Result built =
                new VersionBuilder(CodeLists.standard()).build(r, set.historyOf(r.atenabango()), batchId);
        return ((VersionBuilder.Built) built).versions();
    }

    @Test
    void anInterruptedRunGoesOnWhereItStoppedAndDataAlreadyInKikanIsReportedAsDuplicate() throws IOException {
        LegacySets.Generated set = LegacySets.generate(work.resolve("resume"), 2_000, 11, Map.of(), "csv");
        String tenant = newTenant();
        List<LegacyResident> candidates = set.accepted().residents.stream()
                .filter(r -> !r.setainushi() && !r.seinengappi().isFusho() && r.kojinbango() != null)
                .toList();
        LegacyResident taken = candidates.get(candidates.size() - 1);
        LegacyResident numberOwner = candidates.get(candidates.size() - 2);
        // one resident of the set is in Kikan already (another migration), another's 個人番号 is on someone else
        String elsewhere = RegistryImport.batchId("elsewhere", 1);
        TenantContext.runAs(tenant, () -> {
            registryImport.load(elsewhere, versionsOf(taken, set.accepted(), elsewhere));
            List<ImportedVersion> other = versionsOf(numberOwner, set.accepted(), elsewhere).stream()
                    .map(v -> withNumber(v, "000000009999999"))
                    .toList();
            registryImport.load(elsewhere, other);
        });
        List<Long> kikanBefore = stored(tenant);

        AtomicInteger batches = new AtomicInteger();
        Path folder = set.folder();
        CodeLists codes = CodeLists.standard();
        try (LoadingSink sink = new LoadingSink(failingFrom(tenant, 3, batches), "resume-run", 300, codes)) {
            MigrationValidator validator = new MigrationValidator(
                    ItemCatalogue.standard(), codes, GaijiTable.load(folder.resolve("gaiji.tsv")));
            assertThatThrownBy(() -> {
                        validator.validate(
                                LegacySet.open(folder, SourceEncoding.UTF_8),
                                Instant.now(),
                                sink,
                                ProgressListener.NONE);
                        sink.finish();
                    })
                    .isInstanceOf(LoadFailedException.class)
                    .hasMessageContaining("resume-run/000003");
        }
        List<Long> stopped = stored(tenant);
        long personsBeforeStop = stopped.get(1) - kikanBefore.get(1) + stopped.get(3) - kikanBefore.get(3);
        assertThat(personsBeforeStop).as("two batches of 300 persons").isEqualTo(600);

        RunReport resumed = imports.run(
                new MigrationImports.Request(tenant, folder, SourceEncoding.UTF_8, "resume-run", 300),
                ProgressListener.NONE);
        assertThat(resumed.reconciled()).isTrue();
        assertThat(load(resumed, "jumin").unchanged()
                        + load(resumed, "jutogaisha").unchanged())
                .isEqualTo(personsBeforeStop);
        List<String> expected = new ArrayList<>(set.accepted().fushoRefusals());
        expected.add(taken.source() + ":atenabango:already-in-registry");
        expected.add(numberOwner.source() + ":kojinbango:duplicate-my-number");
        for (LegacyResident r : List.of(taken, numberOwner)) {
            set.accepted()
                    .historyOf(r.atenabango())
                    .forEach(h -> expected.add(h.source() + ":atenabango:parent-rejected"));
        }
        assertThat(LegacySets.problems(resumed)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(resumed.totals().duplicates()).isEqualTo(2);
        List<Long> complete = stored(tenant);
        assertThat(complete.get(1) - kikanBefore.get(1))
                .isEqualTo(file(resumed, "jumin").accepted());
        assertThat(complete.get(3)).isEqualTo(file(resumed, "jutogaisha").accepted());

        RunReport again = imports.run(
                new MigrationImports.Request(tenant, folder, SourceEncoding.UTF_8, "resume-run", 500),
                ProgressListener.NONE);
        assertThat(again.load().records().inserted()).isZero();
        assertThat(again.load().records().unchanged())
                .isEqualTo(resumed.totals().accepted());
        assertThat(stored(tenant)).isEqualTo(complete);
    }

    private static ImportedVersion withNumber(ImportedVersion v, String atenabango) {
        return new ImportedVersion(
                atenabango,
                v.version(),
                v.status(),
                v.reason(),
                v.validFrom(),
                v.notifiedOn(),
                v.recordedAt(),
                v.current(),
                v.shimei(),
                v.furigana(),
                v.birthDate(),
                v.birthDateFusho(),
                v.sex(),
                v.setaibango(),
                v.zokugara(),
                v.head(),
                v.residentSince(),
                v.addressSince(),
                v.address(),
                v.previousAddress(),
                v.formerAddress(),
                v.removedOn(),
                v.removalReason(),
                v.destinationAddress(),
                v.reasonText(),
                v.honseki(),
                v.hittosha(),
                v.foreign(),
                null,
                v.myNumber(),
                v.batchId(),
                v.source());
    }

    @Test
    void theCommandLineWritesTheReportsAndEndsWithTheRunsExitCode() throws IOException {
        LegacySets.Generated set = LegacySets.generate(
                work.resolve("command-line"),
                300,
                3,
                Map.of(jp.kikan.migration.residentregistry.generator.FaultKind.BAD_CHECK_DIGIT, 0.05),
                "csv");
        String tenant = newTenant();
        Path reports = work.resolve("command-line-report");
        MockEnvironment options = new MockEnvironment()
                .withProperty("kikan.migration.import.folder", set.folder().toString())
                .withProperty("kikan.migration.import.tenant", tenant)
                .withProperty("kikan.migration.import.run-name", "cli-run")
                .withProperty("kikan.migration.import.report", reports.toString())
                .withProperty("kikan.migration.import.batch-size", "100")
                .withProperty("kikan.migration.import.operator", "移行担当 山田");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new MigrationCommand(imports)
                .execute(
                        options,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("records/s").contains("stored now");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("records/s").contains("ETA");
        RunReport written =
                ReportWriter.json().readValue(reports.resolve("report.json").toFile(), RunReport.class);
        assertThat(written.load().tenant()).isEqualTo(tenant);
        assertThat(written.reconciled()).isTrue();
        assertThat(Files.readString(reports.resolve("report.md"))).contains("# 移行レポート（住民記録）");
        assertThat(importActors(tenant)).containsExactly("cli:移行担当 山田");

        int usage = new MigrationCommand(imports)
                .execute(
                        new MockEnvironment()
                                .withProperty(
                                        "kikan.migration.import.folder",
                                        set.folder().toString()),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(usage).isEqualTo(64);
    }

    @Test
    void aRequestThatCannotBeImportedGetsAProblemDocument() throws IOException {
        String tenant = newTenant();
        ApiClient api = api();
        String operator = api.token(tenant, "migration:operator");
        Files.createDirectories(work.resolve("empty"));

        ApiClient.Response missing =
                api.post(imports(tenant), operator, request(work.resolve("nowhere"), "run-1"), key());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("code").asString()).isEqualTo("folder-not-found");
        assertThat(missing.json().get("title").asString()).isEqualTo("移行データのフォルダがありません");

        ApiClient.Response empty = api.post(imports(tenant), operator, request(work.resolve("empty"), "run-1"), key());
        assertThat(empty.json().get("code").asString()).isEqualTo("no-legacy-files");

        ApiClient.Response outside =
                api.post(imports(tenant), operator, "{\"folder\":\"../../etc\",\"run_name\":\"run-1\"}", key());
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().get("code").asString()).isEqualTo("folder-outside-inbox");

        ApiClient.Response badName =
                api.post(imports(tenant), operator, request(work.resolve("empty"), "no spaces/allowed"), key());
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("invalidParams").toString()).contains("\"run_name\"");

        ApiClient.Response clerk = api.post(
                imports(tenant),
                api.token(tenant, "resident-registry:clerk"),
                request(work.resolve("empty"), "run-1"),
                key());
        assertThat(clerk.status()).isEqualTo(403);
    }

    private static String[] key() {
        return new String[] {"Idempotency-Key", UUID.randomUUID().toString()};
    }
}
