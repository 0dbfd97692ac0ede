package jp.kikan.migration.core.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.util.List;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.text.SourceEncoding;
import org.junit.jupiter.api.Test;

class FixedWidthRecordReaderTest {

    private static final Charset CP932 = Charset.forName("windows-31j");

    private static FixedWidthLayout layout(String encoding, String terminator) throws IOException {
        return FixedWidthLayout.read(
                new StringReader(
                        "# test layout\nencoding\t" + encoding + "\nterminator\t" + terminator + "\nrecord-length\t14\n"
                                + "item\toffset\tlength\ttype\n"
                                + "atenabango\t0\t5\tX\nshimei\t5\t8\tN\nseibetsu\t13\t1\tX\n"),
                "test.layout.tsv");
    }

    @Test
    void slicesBytesBeforeDecodingAndStripsPadding() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("00001山田　　1\r\n".getBytes(CP932));
        bytes.writeBytes("00002ﾀﾛｳ     2\r\n".getBytes(CP932));
        List<SourceRecord> records = read(bytes.toByteArray(), layout("CP932", "CRLF"));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).values()).containsExactly("00001", "山田", "1");
        assertThat(records.get(1).values()).containsExactly("00002", "ﾀﾛｳ", "2");
        assertThat(records.get(1).source().line()).isEqualTo(2);
        assertThat(records).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void aCharacterCutByAWrongOffsetIsReportedNotShifted() throws IOException {
        // "0000" + 山 (0x8E 0x52) puts 山's second byte into shimei: the lead byte alone is undecodable.
        byte[] line = "0000山田田田 1\n".getBytes(CP932);
        SourceRecord r = read(line, layout("windows-31j", "LF")).get(0);
        assertThat(r.problems())
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("atenabango", "malformed-bytes"));
        assertThat(r.value(1)).isEqualTo("R田田田");
        assertThat(r.value(2)).isEqualTo("1");
    }

    @Test
    void reportsAWrongRecordLength() throws IOException {
        SourceRecord r =
                read("00001山田\n".getBytes(CP932), layout("CP932", "LF")).get(0);
        assertThat(r.problems()).extracting(Problem::code).containsExactly("record-length");
        assertThat(r.value(2)).isEmpty();
    }

    @Test
    void readsRecordsWithoutLineEnds() throws IOException {
        byte[] bytes = "00001山田　　100002佐藤　　2".getBytes(CP932);
        List<SourceRecord> records = read(bytes, layout("CP932", "NONE"));
        assertThat(records).extracting(r -> r.value(1)).containsExactly("山田", "佐藤");
        assertThat(records).extracting(r -> r.source().line()).containsExactly(1L, 2L);
    }

    @Test
    void userDefinedBytesBecomePrivateUseAndMalformedBytesAreLocated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("00001".getBytes(CP932));
        bytes.write(0xF0);
        bytes.write(0x40);
        bytes.writeBytes("田　　1\n00002".getBytes(CP932));
        bytes.write(0x80);
        bytes.writeBytes("田　　 2\n".getBytes(CP932));
        List<SourceRecord> records = read(bytes.toByteArray(), layout("CP932", "LF"));
        assertThat(records.get(0).value(1)).isEqualTo("\uE000田");
        assertThat(records.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("shimei");
            assertThat(p.message()).contains("0x80").contains("オフセット 20");
        });
    }

    @Test
    void readsEucJp() throws IOException {
        byte[] bytes = "00001山田　　1\n".getBytes(Charset.forName("EUC-JP"));
        assertThat(read(bytes, layout("EUC-JP", "LF")).get(0).values()).containsExactly("00001", "山田", "1");
    }

    @Test
    void layoutsAreChecked() {
        assertThatThrownBy(() -> FixedWidthLayout.read(
                        new StringReader("encoding\tCP932\nitem\toffset\tlength\ttype\na\t0\t5\tX\nb\t4\t2\tX\n"), "x"))
                .hasMessageContaining("overlaps");
        assertThatThrownBy(
                        () -> FixedWidthLayout.read(new StringReader("item\toffset\tlength\ttype\na\t0\t5\tX\n"), "x"))
                .hasMessageContaining("encoding missing");
        assertThatThrownBy(() -> FixedWidthLayout.read(
                        new StringReader("encoding\tlatin1\nitem\toffset\tlength\ttype\na\t0\t5\tX\n"), "x"))
                .hasMessageContaining("unsupported encoding");
    }

    private static List<SourceRecord> read(byte[] bytes, FixedWidthLayout layout) throws IOException {
        return CsvRecordReaderTest.readAll(
                new FixedWidthRecordReader(new ByteArrayInputStream(bytes), "test.dat", layout));
    }

    @Test
    void theLayoutKnowsItsEncodingAndLength() throws IOException {
        FixedWidthLayout l = layout("Shift_JIS", "CRLF");
        assertThat(l.encoding()).isEqualTo(SourceEncoding.CP932);
        assertThat(l.recordLength()).isEqualTo(14);
        assertThat(l.itemNames()).containsExactly("atenabango", "shimei", "seibetsu");
    }
}
