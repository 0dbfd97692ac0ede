package jp.kikan.migration;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kikan.migration.core.report.ReconciliationException;
import jp.kikan.migration.core.report.ReportWriter;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.generator.FaultKind;
import jp.kikan.migration.residentregistry.generator.FaultManifest;
import jp.kikan.migration.residentregistry.generator.GeneratorOptions;
import jp.kikan.migration.residentregistry.generator.LegacySetGenerator;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.MigrationValidator;
import org.jspecify.annotations.Nullable;

/**
 * The command line: {@code generate} writes a synthetic legacy set, {@code validate} checks a legacy set and writes
 * the report. See migration/README.md.
 *
 * <p>Exit codes of {@code validate}: 0 every record accepted, 1 some rejected (see the report), 2 a file could not be
 * read to its end, 3 the counts do not reconcile (a bug), 64 usage error.
 */
public final class MigrationCli {

    static final int OK = 0;
    static final int REJECTIONS = 1;
    static final int INCOMPLETE = 2;
    static final int NOT_RECONCILED = 3;
    static final int USAGE = 64;

    private static final String USAGE_TEXT = String.join(
            "\n",
            "usage:",
            "  kikan-migration generate --out DIR [--residents N] [--seed S] [--format csv|fixed|both]",
            "                           [--encoding UTF-8|windows-31j|EUC-JP] [--faults SHARE | KIND=SHARE,...]",
            "  kikan-migration validate DIR [--report DIR] [--encoding ENC] [--gaiji FILE] [--legacy-codes FILE]",
            "                           [--quiet]",
            "fault kinds: " + String.join(", ", faultIds()));

    private final PrintStream out;
    private final PrintStream err;

    MigrationCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new MigrationCli(System.out, System.err).run(args));
    }

    int run(String[] args) {
        if (args.length == 0) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            Map<String, String> options = new HashMap<>();
            List<String> positional = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--")) {
                    String name = args[i].substring(2);
                    if ("quiet".equals(name)) {
                        options.put(name, "true");
                    } else if (i + 1 < args.length) {
                        options.put(name, args[++i]);
                    } else {
                        throw new IllegalArgumentException("--" + name + " needs a value");
                    }
                } else {
                    positional.add(args[i]);
                }
            }
            return switch (args[0]) {
                case "generate" -> generate(options);
                case "validate" -> {
                    if (positional.size() != 1) {
                        throw new IllegalArgumentException("validate needs one folder");
                    }
                    yield validate(Path.of(positional.get(0)), options);
                }
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            };
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (IOException e) {
            err.println("error: " + e);
            return INCOMPLETE;
        }
    }

    private int generate(Map<String, String> options) throws IOException {
        String outDir = options.get("out");
        if (outDir == null) {
            throw new IllegalArgumentException("generate needs --out DIR");
        }
        String format = options.getOrDefault("format", "both").toLowerCase(Locale.ROOT);
        if (!List.of("csv", "fixed", "both").contains(format)) {
            throw new IllegalArgumentException("--format must be csv, fixed or both");
        }
        GeneratorOptions generator = new GeneratorOptions(
                Integer.parseInt(options.getOrDefault("residents", "10000")),
                Long.parseLong(options.getOrDefault("seed", "1")),
                faults(options.getOrDefault("faults", "0.005")),
                !"fixed".equals(format),
                !"csv".equals(format),
                SourceEncoding.of(options.getOrDefault("encoding", "UTF-8")));
        long start = System.nanoTime();
        LegacySetGenerator.Result result = LegacySetGenerator.generate(generator, Path.of(outDir));
        for (Map.Entry<String, FaultManifest> e : result.manifests().entrySet()) {
            out.println(e.getKey() + ": " + result.folders().get(e.getKey()) + " "
                    + e.getValue().records() + ", " + e.getValue().entries().size()
                    + " expected problems (manifest.json)");
        }
        err.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return OK;
    }

    private int validate(Path folder, Map<String, String> options) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        LegacySet set = LegacySet.open(folder, SourceEncoding.of(options.getOrDefault("encoding", "UTF-8")));
        if (set.files().isEmpty()) {
            throw new IllegalArgumentException("no legacy files in " + folder + " (see migration/README.md)");
        }
        Path gaijiFile = fileOption(options, "gaiji", folder.resolve("gaiji.tsv"));
        GaijiTable gaiji = gaijiFile == null ? GaijiTable.empty() : GaijiTable.load(gaijiFile);
        CodeLists codes = CodeLists.standard();
        Path legacyCodes = fileOption(options, "legacy-codes", folder.resolve("legacy-codes.tsv"));
        if (legacyCodes != null) {
            codes = codes.withLegacyCodes(legacyCodes);
        }
        Path reportFolder = Path.of(options.getOrDefault(
                "report",
                Path.of(
                                "migration-report",
                                folder.toAbsolutePath().getFileName().toString())
                        .toString()));
        MigrationValidator validator = new MigrationValidator(ItemCatalogue.standard(), codes, gaiji);
        ProgressListener progress = options.containsKey("quiet") ? ProgressListener.NONE : new ProgressPrinter(err);
        RunReport report;
        try {
            report = validator.validate(set, Instant.now(), null, progress);
        } catch (ReconciliationException e) {
            ReportWriter.write(e.report(), reportFolder);
            err.println("error: " + e.getMessage());
            return NOT_RECONCILED;
        }
        Path json = ReportWriter.write(report, reportFolder);
        out.printf(
                "read %d, accepted %d, rejected %d (duplicates %d) → %s and report.md%n",
                report.totals().read(),
                report.totals().accepted(),
                report.totals().rejected(),
                report.totals().duplicates(),
                json);
        if (!report.complete()) {
            report.files().stream()
                    .filter(f -> f.error() != null)
                    .forEach(f -> err.println("error: " + f.file() + ": " + f.error()));
            return INCOMPLETE;
        }
        return report.totals().rejected() > 0 ? REJECTIONS : OK;
    }

    private static @Nullable Path fileOption(Map<String, String> options, String name, Path fallback) {
        String given = options.get(name);
        if (given != null) {
            Path path = Path.of(given);
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("--" + name + ": no such file " + given);
            }
            return path;
        }
        return Files.isRegularFile(fallback) ? fallback : null;
    }

    /** {@code 0.01} (every kind) or {@code bad-check-digit=0.01,orphan-history=0.02}. */
    static Map<FaultKind, Double> faults(String text) {
        if (!text.contains("=")) {
            return GeneratorOptions.uniformShares(Double.parseDouble(text));
        }
        Map<FaultKind, Double> shares = new HashMap<>();
        for (String part : text.split(",", -1)) {
            String[] kv = part.split("=", 2);
            FaultKind kind = FaultKind.byId(kv[0])
                    .orElseThrow(() -> new IllegalArgumentException("unknown fault kind " + kv[0]));
            shares.put(kind, Double.parseDouble(kv[1]));
        }
        return shares;
    }

    private static List<String> faultIds() {
        List<String> ids = new ArrayList<>();
        for (FaultKind k : FaultKind.values()) {
            ids.add(k.id());
        }
        return ids;
    }
}
