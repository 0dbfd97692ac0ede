package jp.kikan.migration.residentregistry.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.kikan.migration.core.reader.FixedWidthLayout;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.residentregistry.model.DataGroup;

/**
 * A folder of legacy export files, at most one per data group, in the order a run reads them ({@link DataGroup}).
 *
 * <p>The folder may describe itself in {@value #DESCRIPTOR} (UTF-8 TSV, {@code #} comments; columns
 * file, group, encoding and layout; {@code -} for none: a CSV file needs an encoding, a fixed-width file
 * names its layout, which carries the encoding). Without it, files are found by name: {@code <group>.csv} (CSV in the
 * default encoding) or {@code <group>.dat} with {@code <group>.layout.tsv}, for the groups {@code setai}, {@code jumin},
 * {@code jutogaisha} and {@code idorireki}.
 */
public record LegacySet(Path folder, List<LegacyFile> files) {

    /** The optional descriptor file of a folder. */
    public static final String DESCRIPTOR = "set.tsv";

    public LegacySet {
        files = files.stream().sorted(Comparator.comparing(LegacyFile::group)).toList();
        Set<DataGroup> seen = EnumSet.noneOf(DataGroup.class);
        for (LegacyFile f : files) {
            if (!seen.add(f.group())) {
                throw new IllegalArgumentException(
                        "more than one file for group " + f.group().id());
            }
        }
    }

    /**
     * The set in {@code folder}, from its descriptor or by file names.
     *
     * @param csvEncoding encoding of CSV files found by name (the descriptor names its own)
     * @throws IllegalArgumentException for a malformed descriptor or layout, or two files for one group
     */
    public static LegacySet open(Path folder, SourceEncoding csvEncoding) throws IOException {
        Path descriptor = folder.resolve(DESCRIPTOR);
        return Files.exists(descriptor) ? fromDescriptor(folder, descriptor) : byConvention(folder, csvEncoding);
    }

    public Optional<LegacyFile> file(DataGroup group) {
        return files.stream().filter(f -> f.group() == group).findFirst();
    }

    /** Total size of the files in bytes, for progress. */
    public long totalBytes() throws IOException {
        long total = 0;
        for (LegacyFile f : files) {
            total += Files.size(f.path());
        }
        return total;
    }

    private static LegacySet fromDescriptor(Path folder, Path descriptor) throws IOException {
        List<LegacyFile> files = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(descriptor, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String where = DESCRIPTOR + " line " + number + ": ";
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new IllegalArgumentException(where + "expected file, group, encoding, layout");
                }
                Path path = folder.resolve(f[0].trim());
                DataGroup group = DataGroup.byId(f[1])
                        .orElseThrow(() -> new IllegalArgumentException(where + "unknown group " + f[1].trim()));
                String layoutName = f[3].trim();
                if (layoutName.isEmpty() || "-".equals(layoutName)) {
                    files.add(new LegacyFile(path, group, SourceEncoding.of(f[2]), null, null));
                } else {
                    FixedWidthLayout layout = FixedWidthLayout.load(folder.resolve(layoutName));
                    files.add(new LegacyFile(path, group, layout.encoding(), layout, layoutName));
                }
            }
        }
        return new LegacySet(folder, files);
    }

    private static LegacySet byConvention(Path folder, SourceEncoding csvEncoding) throws IOException {
        List<LegacyFile> files = new ArrayList<>();
        for (DataGroup group : DataGroup.values()) {
            Path csv = folder.resolve(group.id() + ".csv");
            Path dat = folder.resolve(group.id() + ".dat");
            if (Files.exists(csv) && Files.exists(dat)) {
                throw new IllegalArgumentException(
                        "both " + csv.getFileName() + " and " + dat.getFileName() + " exist");
            }
            if (Files.exists(csv)) {
                files.add(new LegacyFile(csv, group, csvEncoding, null, null));
            } else if (Files.exists(dat)) {
                String layoutName = group.id() + ".layout.tsv";
                FixedWidthLayout layout = FixedWidthLayout.load(folder.resolve(layoutName));
                files.add(new LegacyFile(dat, group, layout.encoding(), layout, layoutName));
            }
        }
        return new LegacySet(folder, files);
    }
}
