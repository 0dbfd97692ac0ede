package jp.kikan.migration.residentregistry.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.dates.LegacyDateParser;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.platform.time.WarekiDate;

/**
 * A fixed-width CP932 variant as a legacy host export would look: one {@code <group>.dat} per group with its {@code
 * <group>.layout.tsv}, CRLF records; N items padded with full-width spaces, X with spaces, 9 with leading zeros;
 * readings in 半角カナ; 番地 in half-width digits; 団体コード in its old five-digit form; dates as era digit + YYMMDD
 * ({@code 3450102}); 続柄 and 異動事由 in the legacy system's codes ({@code legacy-codes.tsv}); 髙, 𠮷 and 辻 (IVS) as
 * user-defined 外字 codes ({@code gaiji.tsv}).
 */
final class FixedVariantWriter implements VariantWriter {

    static final SourceEncoding ENCODING = SourceEncoding.CP932;

    /** The legacy system's 外字 for characters it could not store: text → private-use code point. */
    static final List<LegacyEncoder.Substitution> GAIJI = List.of(
            new LegacyEncoder.Substitution(SyntheticNames.TSUJI_IVS, 0xE003),
            new LegacyEncoder.Substitution("髙", 0xE001),
            new LegacyEncoder.Substitution("𠮷", 0xE002));

    /** The legacy system's codes: list, legacy code, Kikan code, label. */
    static final String[][] LEGACY_CODES = {
        {"zokugara", "10", "01", "世帯主"}, {"zokugara", "20", "02", "妻"}, {"zokugara", "21", "03", "夫"},
        {"zokugara", "30", "04", "子"}, {"zokugara", "40", "05", "父"}, {"zokugara", "41", "06", "母"},
        {"zokugara", "50", "07", "孫"}, {"zokugara", "80", "90", "同居人"}, {"zokugara", "81", "91", "縁故者"},
        {"idojiyu", "A1", "01", "転入"}, {"idojiyu", "A2", "02", "転出"}, {"idojiyu", "A3", "03", "転居"},
        {"idojiyu", "A4", "04", "世帯変更"}, {"idojiyu", "A7", "07", "世帯合併"}, {"idojiyu", "B1", "10", "出生"},
        {"idojiyu", "B2", "11", "死亡"}
    };

    private static final Map<DataGroup, String[][]> LAYOUTS = new EnumMap<>(DataGroup.class);

    static {
        LAYOUTS.put(DataGroup.SETAI, new String[][] {{"setaibango", "15", "X"}, {"setainushi_atenabango", "15", "X"}});
        LAYOUTS.put(DataGroup.JUMIN, new String[][] {
            {"atenabango", "15", "X"},
            {"juminhyokodo", "11", "X"},
            {"kojinbango", "12", "X"},
            {"jumin_shubetsu", "1", "X"},
            {"shimei", "40", "N"},
            {"shimei_furigana", "40", "X"},
            {"seinengappi", "7", "DATE"},
            {"seibetsu", "1", "X"},
            {"setaibango", "15", "X"},
            {"zokugara", "2", "X"},
            {"juminninatta_ymd", "7", "DATE"},
            {"jutei_ymd", "7", "DATE"},
            {"jusho_shikuchosonkodo", "5", "X"},
            {"jusho_choazakodo", "7", "X"},
            {"jusho_todofuken", "8", "N"},
            {"jusho_shikugunchosonmei", "20", "N"},
            {"jusho_choaza", "30", "N"},
            {"jusho_banchigohyoki", "20", "N"},
            {"jusho_katagaki", "40", "N"},
            {"jusho_yubinbango", "7", "X"},
            {"honseki", "60", "N"},
            {"hittosha", "24", "N"},
            {"kokuseki", "20", "N"},
            {"zairyushikaku", "40", "N"}
        });
        LAYOUTS.put(DataGroup.JUTOGAISHA, new String[][] {
            {"atenabango", "15", "X"}, {"kojinbango", "12", "X"}, {"shimei", "40", "N"},
            {"shimei_furigana", "40", "X"}, {"seinengappi", "7", "DATE"}, {"seibetsu", "1", "X"},
            {"jusho_shikuchosonkodo", "6", "X"}, {"jusho_todofuken", "8", "N"}, {"jusho_shikugunchosonmei", "20", "N"},
            {"jusho_choaza", "30", "N"}, {"jusho_banchigohyoki", "20", "N"}, {"jusho_kokumeikodo", "3", "X"},
            {"jusho_kokumeito", "30", "N"}, {"jusho_kokugaijusho", "100", "N"}
        });
        LAYOUTS.put(DataGroup.IDORIREKI, new String[][] {
            {"atenabango", "15", "X"},
            {"rirekibango", "3", "9"},
            {"idojiyu", "2", "X"},
            {"idoymd", "7", "DATE"},
            {"todokedeymd", "7", "DATE"},
            {"shoriymd", "7", "DATE"},
            {"idomae_jusho", "100", "N"},
            {"idogo_jusho", "100", "N"},
            {"idomae_setaibango", "15", "X"},
            {"idogo_setaibango", "15", "X"}
        });
    }

    private final LegacyEncoder encoder = new LegacyEncoder(ENCODING, GAIJI);
    private final Map<DataGroup, OutputStream> outputs = new EnumMap<>(DataGroup.class);
    private final Map<DataGroup, Integer> recordLengths = new EnumMap<>(DataGroup.class);

    FixedVariantWriter(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (DataGroup group : DataGroup.values()) {
            outputs.put(
                    group, new BufferedOutputStream(Files.newOutputStream(folder.resolve(fileName(group))), 1 << 16));
            StringBuilder layout = new StringBuilder();
            layout.append("# ")
                    .append(group.japaneseName())
                    .append(" (")
                    .append(group.id())
                    .append(".dat): fixed-width legacy layout, offsets and lengths in bytes of windows-31j\n");
            int offset = 0;
            StringBuilder items = new StringBuilder("item\toffset\tlength\ttype\n");
            for (String[] item : layout(group)) {
                items.append(item[0])
                        .append('\t')
                        .append(offset)
                        .append('\t')
                        .append(item[1])
                        .append('\t')
                        .append(item[2])
                        .append('\n');
                offset += Integer.parseInt(item[1]);
            }
            recordLengths.put(group, offset);
            layout.append("encoding\twindows-31j\nterminator\tCRLF\nrecord-length\t")
                    .append(offset)
                    .append('\n');
            layout.append(items);
            Files.writeString(folder.resolve(group.id() + ".layout.tsv"), layout, StandardCharsets.UTF_8);
        }
        StringBuilder codes = new StringBuilder("""
                # The synthetic legacy system's own codes for 続柄 and 異動事由, mapped onto Kikan's code lists.
                list\tlegacy_code\tkikan_code\tnote
                """);
        for (String[] c : LEGACY_CODES) {
            codes.append(c[0])
                    .append('\t')
                    .append(c[1])
                    .append('\t')
                    .append(c[2])
                    .append('\t')
                    .append(c[3])
                    .append('\n');
        }
        Files.writeString(folder.resolve("legacy-codes.tsv"), codes, StandardCharsets.UTF_8);
    }

    @Override
    public String format() {
        return "fixed";
    }

    @Override
    public String encoding() {
        return ENCODING.label();
    }

    @Override
    public String fileName(DataGroup group) {
        return group.id() + ".dat";
    }

    @Override
    public long line(long index) {
        return index + 1;
    }

    @Override
    public void write(GeneratedRecord record) throws IOException {
        String[][] layout = layout(record.group());
        byte[] line = new byte[Objects.requireNonNull(recordLengths.get(record.group())) + 2];
        int offset = 0;
        for (String[] item : layout) {
            int length = Integer.parseInt(item[1]);
            Object value = record.get(item[0]);
            String text = value == null ? "" : render(item[0], value, length);
            byte[] bytes = encoder.encode(text);
            if (bytes.length > length) {
                if (text.indexOf('\uFFFF') < 0) {
                    throw new IllegalStateException(item[0] + " does not fit " + length + " bytes: " + text);
                }
                bytes = Arrays.copyOf(bytes, length);
            }
            pad(line, offset, length, bytes, item[2]);
            offset += length;
        }
        line[offset] = '\r';
        line[offset + 1] = '\n';
        Objects.requireNonNull(outputs.get(record.group())).write(line);
    }

    private static String[][] layout(DataGroup group) {
        return Objects.requireNonNull(LAYOUTS.get(group));
    }

    private static void pad(byte[] line, int offset, int length, byte[] bytes, String type) {
        if ("9".equals(type)) {
            Arrays.fill(line, offset, offset + length - bytes.length, (byte) '0');
            System.arraycopy(bytes, 0, line, offset + length - bytes.length, bytes.length);
            return;
        }
        System.arraycopy(bytes, 0, line, offset, bytes.length);
        int i = offset + bytes.length;
        int end = offset + length;
        if ("N".equals(type)) {
            while (i + 2 <= end) {
                line[i++] = (byte) 0x81;
                line[i++] = (byte) 0x40;
            }
        }
        Arrays.fill(line, i, end, (byte) ' ');
    }

    private String render(String item, Object value, int length) {
        if (value instanceof String s) {
            return switch (item) {
                case "shimei_furigana" -> HalfWidthKana.of(s);
                case "jusho_banchigohyoki" -> narrowDigits(s);
                case "jusho_shikuchosonkodo" -> s.length() == 6 && length == 5 ? s.substring(0, 5) : s;
                default -> s;
            };
        }
        if (value instanceof GeneratedRecord.Code c) {
            for (String[] legacy : LEGACY_CODES) {
                if (legacy[0].equals(c.list()) && legacy[2].equals(c.code())) {
                    return legacy[1];
                }
            }
            return c.code();
        }
        if (value instanceof LocalDate d) {
            WarekiDate w = WarekiDate.of(d);
            return String.format("%d%02d%02d%02d", LegacyDateParser.digitForEra(w.era()), w.year(), w.month(), w.day());
        }
        if (value instanceof LegacyDate d) {
            WarekiDate w = WarekiDate.of(LocalDate.of(d.year(), 1, 1));
            return String.format("%d%02d0000", LegacyDateParser.digitForEra(w.era()), w.year());
        }
        if (value instanceof GeneratedRecord.BadDate b) {
            return String.format("%d%02d%02d%02d", LegacyDateParser.digitForEra(b.era()), b.year(), b.month(), b.day());
        }
        throw new IllegalArgumentException("cannot write " + value.getClass());
    }

    private static String narrowDigits(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(c >= '０' && c <= '９' ? (char) (c - 0xFEE0) : c);
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        for (OutputStream out : outputs.values()) {
            out.close();
        }
    }
}
