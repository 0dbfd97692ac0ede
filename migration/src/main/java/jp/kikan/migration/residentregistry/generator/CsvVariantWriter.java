package jp.kikan.migration.residentregistry.generator;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.ItemDefinition;
import jp.kikan.platform.time.WarekiDate;
import jp.kikan.platform.time.WarekiFormat;
import org.jspecify.annotations.Nullable;

/**
 * The standard's CSV linkage layout: one file per group ({@code jumin.csv} …), a header row of every defined item in
 * romaji, CRLF, written by FastCSV; a BOM for UTF-8. Dates are ISO, with one in twenty in a legacy 和暦 form; codes are
 * Kikan's. Characters the encoding lacks become numeric character references, as legacy exports write them.
 */
final class CsvVariantWriter implements VariantWriter {

    private final SourceEncoding encoding;
    private final ItemCatalogue catalogue;
    private final Random render;
    private final Map<DataGroup, CsvWriter> writers = new EnumMap<>(DataGroup.class);

    CsvVariantWriter(Path folder, SourceEncoding encoding, ItemCatalogue catalogue, long seed) throws IOException {
        this.encoding = encoding;
        this.catalogue = catalogue;
        this.render = new Random(seed ^ 0x5DEECE66DL);
        Files.createDirectories(folder);
        LegacyEncoder encoder = new LegacyEncoder(encoding, List.of());
        for (DataGroup group : DataGroup.values()) {
            OutputStream out =
                    new BufferedOutputStream(Files.newOutputStream(folder.resolve(fileName(group))), 1 << 16);
            if (encoding == SourceEncoding.UTF_8) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            CsvWriter csv =
                    CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(new EncodingWriter(out, encoder));
            csv.writeRecord(
                    catalogue.items(group).stream().map(ItemDefinition::name).toList());
            writers.put(group, csv);
        }
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String encoding() {
        return encoding.label();
    }

    @Override
    public String fileName(DataGroup group) {
        return group.id() + ".csv";
    }

    @Override
    public long line(long index) {
        return index + 2;
    }

    @Override
    public void write(GeneratedRecord record) throws IOException {
        List<String> row = new ArrayList<>();
        for (ItemDefinition item : catalogue.items(record.group())) {
            row.add(render(record.get(item.name())));
        }
        Objects.requireNonNull(writers.get(record.group())).writeRecord(row);
    }

    private String render(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof GeneratedRecord.Code c) {
            return c.code();
        }
        if (value instanceof LegacyDate d) {
            return d.fushoHyoki() == null ? d.isoText() : d.fushoHyoki();
        }
        if (value instanceof GeneratedRecord.BadDate b) {
            String letter = b.era().abbreviation().orElseThrow();
            return b.day() == 30
                    ? String.format("%s%02d%02d%02d", letter, b.year(), b.month(), b.day())
                    : b.era().name() + b.year() + "年" + b.month() + "月" + b.day() + "日";
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        throw new IllegalArgumentException("cannot write " + value.getClass());
    }

    private String date(LocalDate d) {
        if (render.nextInt(20) != 0) {
            return d.toString();
        }
        WarekiDate w = WarekiDate.of(d);
        String letter = w.era().abbreviation().orElseThrow();
        return switch (render.nextInt(4)) {
            case 0 -> String.format("%s%02d%02d%02d", letter, w.year(), w.month(), w.day());
            case 1 -> letter + w.year() + "." + w.month() + "." + w.day();
            case 2 -> WarekiFormat.format(w);
            default -> letter + w.year() + "/" + w.month() + "/" + w.day();
        };
    }

    @Override
    public void close() throws IOException {
        for (CsvWriter w : writers.values()) {
            w.close();
        }
    }

    /** Encodes what FastCSV writes with the {@link LegacyEncoder}, keeping surrogate pairs together. */
    private static final class EncodingWriter extends Writer {
        private final OutputStream out;
        private final LegacyEncoder encoder;
        private final StringBuilder pending = new StringBuilder();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);

        EncodingWriter(OutputStream out, LegacyEncoder encoder) {
            this.out = out;
            this.encoder = encoder;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            pending.append(buffer, offset, length);
            if (pending.length() >= 1 << 14) {
                drain(false);
            }
        }

        private void drain(boolean all) throws IOException {
            int end = pending.length();
            if (!all) {
                while (end > 0 && Character.isHighSurrogate(pending.charAt(end - 1))) {
                    end--;
                }
                // keep a base character with a following variation selector together
                if (end > 0) {
                    end--;
                }
            }
            bytes.reset();
            encoder.encode(pending.subSequence(0, end), bytes);
            bytes.writeTo(out);
            pending.delete(0, end);
        }

        @Override
        public void flush() throws IOException {
            drain(true);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            drain(true);
            out.close();
        }
    }
}
