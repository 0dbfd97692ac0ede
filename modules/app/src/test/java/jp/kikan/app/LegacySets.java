package jp.kikan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.migration.core.report.Rejection;
import jp.kikan.migration.core.report.RejectionProblem;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.generator.FaultKind;
import jp.kikan.migration.residentregistry.generator.FaultManifest;
import jp.kikan.migration.residentregistry.generator.GeneratorOptions;
import jp.kikan.migration.residentregistry.generator.LegacySetGenerator;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyHousehold;
import jp.kikan.migration.residentregistry.model.LegacyNonResident;
import jp.kikan.migration.residentregistry.model.LegacyRecordSink;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.MigrationValidator;

/**
 * Generated legacy sets for the migration tests, with what the tests expect of them: the generator's manifest (the
 * injected faults) and the accepted records as the validation hands them on (read without a database).
 */
final class LegacySets {

    private LegacySets() {}

    /** Every fault kind the generator knows, in the shares of the migration module's own acceptance test. */
    static Map<FaultKind, Double> allFaults() {
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
        return shares;
    }

    /** A generated set (one variant) with its manifest and its accepted records. */
    record Generated(Path folder, FaultManifest manifest, Accepted accepted) {

        /** {@code file:line:field:code} of every problem the manifest expects. */
        List<String> expectedProblems() {
            List<String> out = new ArrayList<>();
            manifest.entries().forEach(e -> out.add(e.file() + ":" + e.line() + ":" + e.field() + ":" + e.code()));
            return out;
        }
    }

    /** The accepted records of a set, as the validation hands them on. */
    static final class Accepted implements LegacyRecordSink {
        final List<LegacyHousehold> households = new ArrayList<>();
        final List<LegacyResident> residents = new ArrayList<>();
        final List<LegacyNonResident> nonResidents = new ArrayList<>();
        final Map<String, List<LegacyHistoryRow>> history = new LinkedHashMap<>();
        final Map<Long, String> historyLines = new HashMap<>();

        @Override
        public void household(LegacyHousehold household) {
            households.add(household);
        }

        @Override
        public void resident(LegacyResident resident) {
            residents.add(resident);
        }

        @Override
        public void nonResident(LegacyNonResident nonResident) {
            nonResidents.add(nonResident);
        }

        @Override
        public void history(LegacyHistoryRow row) {
            history.computeIfAbsent(row.atenabango(), a -> new ArrayList<>()).add(row);
            historyLines.put(row.source().line(), row.atenabango());
        }

        List<LegacyHistoryRow> historyOf(String atenabango) {
            return history.getOrDefault(atenabango, List.of());
        }

        /**
         * What the load refuses of these records, as {@code file:line:field:code}: the registry cannot record a birth
         * date whose year is unknown, so such a resident is refused, with its history rows and the household it heads
         * (a partly unknown one is stored with its 不詳表記).
         */
        List<String> fushoRefusals() {
            Map<String, SourceRef> householdOfHead = new HashMap<>();
            households.forEach(h -> householdOfHead.put(h.setainushiAtenabango(), h.source()));
            List<String> out = new ArrayList<>();
            for (LegacyResident r : residents) {
                if (r.seinengappi().isFusho() && r.seinengappi().year() == 0) {
                    out.add(r.source() + ":seinengappi:birth-date-fusho");
                    historyOf(r.atenabango()).forEach(row -> out.add(row.source() + ":atenabango:parent-rejected"));
                    SourceRef household = householdOfHead.get(r.atenabango());
                    if (household != null) {
                        out.add(household + ":setainushi_atenabango:household-head-refused");
                    }
                }
            }
            return out;
        }
    }

    static Generated generate(Path out, int residents, long seed, Map<FaultKind, Double> faults, String format)
            throws IOException {
        LegacySetGenerator.Result result = LegacySetGenerator.generate(
                new GeneratorOptions(
                        residents, seed, faults, "csv".equals(format), "fixed".equals(format), SourceEncoding.CP932),
                out);
        Path folder = result.folders().get(format);
        return new Generated(folder, result.manifests().get(format), accepted(folder));
    }

    /** The accepted records of the set in {@code folder} (a validation run without a database). */
    static Accepted accepted(Path folder) throws IOException {
        CodeLists codes = CodeLists.standard();
        if (Files.exists(folder.resolve("legacy-codes.tsv"))) {
            codes = codes.withLegacyCodes(folder.resolve("legacy-codes.tsv"));
        }
        Accepted accepted = new Accepted();
        new MigrationValidator(ItemCatalogue.standard(), codes, GaijiTable.load(folder.resolve("gaiji.tsv")))
                .validate(
                        LegacySet.open(folder, SourceEncoding.UTF_8),
                        Instant.parse("2026-04-01T00:00:00Z"),
                        accepted,
                        ProgressListener.NONE);
        return accepted;
    }

    /** {@code file:line:field:code} of every problem of a report. */
    static List<String> problems(RunReport report) {
        List<String> out = new ArrayList<>();
        for (Rejection r : report.rejections()) {
            for (RejectionProblem p : r.problems()) {
                out.add(r.file() + ":" + r.line() + ":" + p.field() + ":" + p.code());
            }
        }
        return out;
    }
}
