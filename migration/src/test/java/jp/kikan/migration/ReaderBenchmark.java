package jp.kikan.migration;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import jp.kikan.migration.core.reader.CsvRecordReader;
import jp.kikan.migration.core.reader.FixedWidthLayout;
import jp.kikan.migration.core.reader.FixedWidthRecordReader;
import jp.kikan.migration.core.reader.RecordReader;
import jp.kikan.migration.core.report.RunReport;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.validation.ProgressListener;
import jp.kikan.migration.residentregistry.generator.FaultKind;
import jp.kikan.migration.residentregistry.generator.GeneratorOptions;
import jp.kikan.migration.residentregistry.generator.LegacySetGenerator;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.MigrationValidator;

/**
 * Reader throughput on a generated set whose residents file has {@code lines} lines (default 1,000,000), CP932: the
 * fixed-width file and the CSV file read record by record, a plain JDK decode of the same bytes for comparison, and a
 * whole validation run. Not a test: run with {@code ./mvnw -pl migration -am -Pbench -DskipTests verify}.
 */
public final class ReaderBenchmark {

    private ReaderBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path set = dir.resolve(lines + "-cp932");
        if (!Files.exists(set.resolve("fixed/manifest.json")) || !Files.exists(set.resolve("csv/manifest.json"))) {
            System.out.printf(Locale.ROOT, "generating %,d residents (CP932) into %s%n", lines, set);
            long t = System.nanoTime();
            Map<FaultKind, Double> faults = GeneratorOptions.uniformShares(0.001);
            LegacySetGenerator.generate(
                    new GeneratorOptions(lines, 2026, faults, true, true, SourceEncoding.CP932), set);
            System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        Path dat = set.resolve("fixed/jumin.dat");
        Path csv = set.resolve("csv/jumin.csv");
        FixedWidthLayout layout = FixedWidthLayout.load(set.resolve("fixed/jumin.layout.tsv"));
        System.out.printf(
                Locale.ROOT,
                "jumin.dat %,d bytes, jumin.csv %,d bytes; java %s, %d cores%n",
                Files.size(dat),
                Files.size(csv),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        for (int round = 1; round <= 3; round++) {
            System.out.printf(Locale.ROOT, "-- round %d%n", round);
            measure("JDK InputStreamReader, CP932 (baseline)", dat, ReaderBenchmark::plainDecode);
            measure("fixed width, CP932", dat, p -> count(new FixedWidthRecordReader(p, layout)));
            measure("CSV, CP932", csv, p -> count(new CsvRecordReader(p, SourceEncoding.CP932)));
        }
        Path fixed = set.resolve("fixed");
        long bytes = LegacySet.open(fixed, SourceEncoding.CP932).totalBytes();
        long t = System.nanoTime();
        RunReport report = new MigrationValidator(
                        ItemCatalogue.standard(),
                        CodeLists.standard().withLegacyCodes(fixed.resolve("legacy-codes.tsv")),
                        GaijiTable.load(fixed.resolve("gaiji.tsv")))
                .validate(LegacySet.open(fixed, SourceEncoding.CP932), Instant.now(), null, ProgressListener.NONE);
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "validation run (all four files, fixed width): %,d records, %,d bytes in %.2f s: %,.0f records/s, %.1f MB/s; "
                        + "heap used after: %d MB%n",
                report.totals().read(),
                bytes,
                seconds,
                report.totals().read() / seconds,
                bytes / seconds / 1e6,
                usedHeapMegabytes());
    }

    private interface Job {
        long run(Path file) throws IOException;
    }

    private static void measure(String name, Path file, Job job) throws IOException {
        long t = System.nanoTime();
        long records = job.run(file);
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%-40s %,10d records %6.2f s %8.1f MB/s %,12.0f records/s  heap %d MB%n",
                name,
                records,
                seconds,
                Files.size(file) / seconds / 1e6,
                records / seconds,
                usedHeapMegabytes());
    }

    private static long count(RecordReader reader) throws IOException {
        long n = 0;
        try (reader) {
            while (reader.next() != null) {
                n++;
            }
        }
        return n;
    }

    private static long plainDecode(Path file) throws IOException {
        long lines = 0;
        char[] buffer = new char[1 << 16];
        try (Reader r = new InputStreamReader(Files.newInputStream(file), Charset.forName("windows-31j"))) {
            int n;
            while ((n = r.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private static long usedHeapMegabytes() {
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
