package jp.kikan.migration.residentregistry.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kikan.migration.core.report.ReportWriter;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.migration.residentregistry.reader.LegacySet;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;

/**
 * Writes a synthetic legacy set: {@code csv/} (the standard's CSV group files) and/or {@code fixed/} (the fixed-width
 * CP932 variant with layout files and the legacy code table), each with {@code set.tsv}, {@code gaiji.tsv} and {@code
 * manifest.json} (the expected problems, by file and line). The same options give byte-identical files.
 */
public final class LegacySetGenerator {

    /** The manifest of each variant written, by format ({@code csv}, {@code fixed}). */
    public record Result(Map<String, FaultManifest> manifests, Map<String, Path> folders) {}

    private static final String GAIJI_TABLE = """
            # 外字対応表: the synthetic legacy system's 外字 and the 行政事務標準文字 identified for them.
            # Generated; character ids (MJ/GJ) not looked up.
            legacy_code\tcharacter_id\tunicode\tnote
            CP932:F041\t-\tU+9AD9\t髙（はしご高）
            CP932:F042\t-\tU+20BB7\t𠮷（つちよし）
            CP932:F043\t-\tU+8FBB U+E0100\t辻（一点しんにょう、IVS）
            """;

    private LegacySetGenerator() {}

    /** A variant being written: its writer, record counts and expected problems. */
    private static final class Variant {
        final VariantWriter writer;
        final Path folder;
        final Map<DataGroup, Long> counts = new EnumMap<>(DataGroup.class);
        final List<FaultManifest.Entry> entries = new ArrayList<>();

        Variant(VariantWriter writer, Path folder) {
            this.writer = writer;
            this.folder = folder;
        }

        void write(GeneratedRecord record) throws IOException {
            long index = counts.merge(record.group(), 1L, Long::sum) - 1;
            String file = writer.fileName(record.group());
            long line = writer.line(index);
            for (GeneratedRecord.Expected e : record.expected()) {
                entries.add(new FaultManifest.Entry(file, line, e.kind(), e.code(), e.field()));
            }
            writer.write(record);
        }
    }

    public static Result generate(GeneratorOptions options, Path out) throws IOException {
        List<Variant> variants = new ArrayList<>();
        if (options.csv()) {
            Path folder = out.resolve("csv");
            variants.add(new Variant(
                    new CsvVariantWriter(folder, options.csvEncoding(), ItemCatalogue.standard(), options.seed()),
                    folder));
        }
        if (options.fixed()) {
            Path folder = out.resolve("fixed");
            variants.add(new Variant(new FixedVariantWriter(folder), folder));
        }
        SyntheticCity city = new SyntheticCity(options);
        try {
            city.households(bundle -> {
                writeAll(variants, bundle.household());
                bundle.residents().forEach(r -> writeAll(variants, r));
                bundle.history().forEach(r -> writeAll(variants, r));
            });
            city.appendedResidents().forEach(r -> writeAll(variants, r));
            city.nonResidents(r -> writeAll(variants, r));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (Variant v : variants) {
                v.writer.close();
            }
        }
        Map<String, FaultManifest> manifests = new LinkedHashMap<>();
        Map<String, Path> folders = new LinkedHashMap<>();
        for (Variant v : variants) {
            FaultManifest manifest = manifest(options, v);
            Files.writeString(v.folder.resolve(LegacySet.DESCRIPTOR), descriptor(v), StandardCharsets.UTF_8);
            Files.writeString(v.folder.resolve("gaiji.tsv"), GAIJI_TABLE, StandardCharsets.UTF_8);
            ReportWriter.json().writeValue(v.folder.resolve("manifest.json").toFile(), manifest);
            manifests.put(v.writer.format(), manifest);
            folders.put(v.writer.format(), v.folder);
        }
        return new Result(manifests, folders);
    }

    private static void writeAll(List<Variant> variants, GeneratedRecord record) {
        try {
            for (Variant v : variants) {
                v.write(record);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static FaultManifest manifest(GeneratorOptions options, Variant v) {
        List<String> order = new ArrayList<>();
        for (DataGroup g : DataGroup.values()) {
            order.add(v.writer.fileName(g));
        }
        List<FaultManifest.Entry> entries = v.entries.stream()
                .sorted(Comparator.comparingInt((FaultManifest.Entry e) -> order.indexOf(e.file()))
                        .thenComparingLong(FaultManifest.Entry::line)
                        .thenComparing(FaultManifest.Entry::code)
                        .thenComparing(FaultManifest.Entry::field))
                .toList();
        Map<String, Double> shares = new TreeMap<>();
        options.faultShares().forEach((k, share) -> shares.put(k.id(), share));
        Map<String, Long> records = new TreeMap<>();
        v.counts.forEach((g, n) -> records.put(v.writer.fileName(g), n));
        return new FaultManifest(
                options.seed(), options.residents(), v.writer.format(), v.writer.encoding(), shares, records, entries);
    }

    private static String descriptor(Variant v) {
        StringBuilder s = new StringBuilder("# Legacy set written by kikan-migration generate (synthetic data)\n");
        s.append("file\tgroup\tencoding\tlayout\n");
        for (DataGroup g : DataGroup.values()) {
            s.append(v.writer.fileName(g)).append('\t').append(g.id()).append('\t');
            if ("csv".equals(v.writer.format())) {
                s.append(v.writer.encoding()).append("\t-\n");
            } else {
                s.append("-\t").append(g.id()).append(".layout.tsv\n");
            }
        }
        return s.toString();
    }
}
