package jp.kikan.migration.residentregistry.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kikan.migration.core.report.FileReport;
import jp.kikan.migration.core.report.Rejection;
import jp.kikan.migration.core.report.RejectionProblem;
import jp.kikan.migration.core.report.ReportWriter;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyHousehold;
import jp.kikan.migration.residentregistry.model.LegacyNonResident;
import jp.kikan.migration.residentregistry.model.LegacyRecordSink;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.MigrationValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated 10,000-resident set with every kind of fault: the validation rejects exactly the records the manifest
 * names (same file, line, item and code), accepts all others, reconciles, and gives the same report twice.
 */
class GeneratedSetValidationTest {

    private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");

    @TempDir
    static Path out;

    static LegacySetGenerator.Result generated;

    @BeforeAll
    static void generate() throws IOException {
        Map<FaultKind, Double> shares = new EnumMap<>(FaultKind.class);
        shares.put(FaultKind.BAD_CHECK_DIGIT, 0.01);
        shares.put(FaultKind.UNMAPPED_GAIJI, 0.005);
        shares.put(FaultKind.ORPHAN_HISTORY, 0.01);
        shares.put(FaultKind.DUPLICATE_PERSON, 0.005);
        shares.put(FaultKind.SUSPECTED_DUPLICATE, 0.005);
        shares.put(FaultKind.IMPOSSIBLE_DATE, 0.01);
        shares.put(FaultKind.UNKNOWN_ZOKUGARA, 0.005);
        shares.put(FaultKind.MALFORMED_BYTES, 0.005);
        shares.put(FaultKind.MISSING_HOUSEHOLD, 0.005);
        generated = LegacySetGenerator.generate(
                new GeneratorOptions(10_000, 42, shares, true, true, SourceEncoding.UTF_8), out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "fixed"})
    void rejectsExactlyTheManifestsRecordsAndAcceptsAllOthers(String format) throws IOException {
        FaultManifest manifest = generated.manifests().get(format);
        Counting sink = new Counting();
        RunReport report = validator(folder(format)).validate(set(format), START, sink, ProgressListener.NONE);

        List<String> expected = new ArrayList<>();
        for (FaultManifest.Entry e : manifest.entries()) {
            expected.add(e.file() + ":" + e.line() + ":" + e.field() + ":" + e.code());
        }
        assertThat(problems(report)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(manifest.entries()).extracting(FaultManifest.Entry::kind).contains(kinds());

        assertThat(report.complete()).isTrue();
        assertThat(report.reconciled()).isTrue();
        for (FileReport f : report.files()) {
            assertThat(f.read()).isEqualTo(manifest.records().get(f.file()));
            assertThat(f.accepted() + f.rejected()).isEqualTo(f.read());
            assertThat(f.emitted()).isEqualTo(f.accepted());
        }
        assertThat(sink.count).isEqualTo(report.totals().accepted());
        assertThat(report.totals().read()).isGreaterThan(20_000);
    }

    @Test
    void theFixedWidthVariantIsNormalisedAndMappedAsDocumented() throws IOException {
        RunReport report = validator(folder("fixed")).validate(set("fixed"), START, null, ProgressListener.NONE);
        FileReport jumin = report.files().get(1);
        assertThat(jumin.normalisations())
                .containsKeys("kana-widened", "ascii-widened", "gaiji-mapped", "code-mapped", "lg-code-completed");
    }

    @Test
    void twoRunsGiveByteIdenticalReports() throws IOException {
        for (String format : List.of("csv", "fixed")) {
            RunReport first = validator(folder(format)).validate(set(format), START, null, ProgressListener.NONE);
            RunReport second = validator(folder(format)).validate(set(format), START, null, ProgressListener.NONE);
            assertThat(ReportWriter.json().writeValueAsString(second))
                    .isEqualTo(ReportWriter.json().writeValueAsString(first));
            assertThat(ReportWriter.markdown(second)).isEqualTo(ReportWriter.markdown(first));
        }
    }

    @Test
    void theManifestOnDiskIsTheManifestReturned() throws IOException {
        FaultManifest onDisk = ReportWriter.json()
                .readValue(folder("csv").resolve("manifest.json").toFile(), FaultManifest.class);
        assertThat(onDisk).isEqualTo(generated.manifests().get("csv"));
    }

    @Test
    void theSameSeedGivesTheSameFilesAndOtherEncodingsValidateToo(@TempDir Path a, @TempDir Path b) throws IOException {
        for (SourceEncoding encoding : List.of(SourceEncoding.CP932, SourceEncoding.EUC_JP)) {
            GeneratorOptions options =
                    new GeneratorOptions(800, 7, GeneratorOptions.uniformShares(0.02), true, true, encoding);
            Path first = a.resolve(encoding.name());
            Path second = b.resolve(encoding.name());
            LegacySetGenerator.Result result = LegacySetGenerator.generate(options, first);
            LegacySetGenerator.generate(options, second);
            try (Stream<Path> files = Files.walk(first)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.mismatch(f, second.resolve(first.relativize(f))))
                            .as(f.toString())
                            .isEqualTo(-1);
                }
            }
            Path csv = first.resolve("csv");
            RunReport report = validator(csv)
                    .validate(LegacySet.open(csv, SourceEncoding.UTF_8), START, null, ProgressListener.NONE);
            List<String> expected = new ArrayList<>();
            for (FaultManifest.Entry e : result.manifests().get("csv").entries()) {
                expected.add(e.file() + ":" + e.line() + ":" + e.field() + ":" + e.code());
            }
            assertThat(problems(report)).as(encoding.label()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(report.files().get(1).encoding()).isEqualTo(encoding.label());
        }
    }

    private static String[] kinds() {
        return Stream.of(FaultKind.values()).map(FaultKind::id).toArray(String[]::new);
    }

    private static Path folder(String format) {
        return generated.folders().get(format);
    }

    private static LegacySet set(String format) throws IOException {
        return LegacySet.open(folder(format), SourceEncoding.UTF_8);
    }

    static MigrationValidator validator(Path folder) throws IOException {
        CodeLists codes = CodeLists.standard();
        if (Files.exists(folder.resolve("legacy-codes.tsv"))) {
            codes = codes.withLegacyCodes(folder.resolve("legacy-codes.tsv"));
        }
        return new MigrationValidator(ItemCatalogue.standard(), codes, GaijiTable.load(folder.resolve("gaiji.tsv")));
    }

    static List<String> problems(RunReport report) {
        List<String> out = new ArrayList<>();
        for (Rejection r : report.rejections()) {
            for (RejectionProblem p : r.problems()) {
                out.add(r.file() + ":" + r.line() + ":" + p.field() + ":" + p.code());
            }
        }
        return out;
    }

    private static final class Counting implements LegacyRecordSink {
        long count;

        @Override
        public void household(LegacyHousehold household) {
            count++;
        }

        @Override
        public void resident(LegacyResident resident) {
            count++;
        }

        @Override
        public void nonResident(LegacyNonResident nonResident) {
            count++;
        }

        @Override
        public void history(LegacyHistoryRow row) {
            count++;
        }
    }
}
