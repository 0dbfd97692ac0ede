package jp.kikan.migration.core.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.text.SourceEncoding;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void readsTheHeaderAndRecordsWithTheirLines() throws IOException {
        List<SourceRecord> records = read(
                "atenabango,shimei\r\n000000000100001,山田　太郎\r\n000000000100002,\"佐藤,\"\"花子\"\"\"\r\n",
                SourceEncoding.UTF_8);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).names()).containsExactly("atenabango", "shimei");
        assertThat(records.get(0).source().line()).isEqualTo(2);
        assertThat(records.get(1).values()).containsExactly("000000000100002", "佐藤,\"花子\"");
        assertThat(records.get(1).source().line()).isEqualTo(3);
        assertThat(records.get(1).source().file()).isEqualTo("test.csv");
    }

    @Test
    void quotedLineBreaksKeepLaterLineNumbersRight() throws IOException {
        List<SourceRecord> records = read("a,b\n1,\"two\r\nlines\"\n2,x\r3,y\n", SourceEncoding.UTF_8);
        assertThat(records).extracting(r -> r.source().line()).containsExactly(2L, 4L, 5L);
        assertThat(records.get(0).value(1)).isEqualTo("two\r\nlines");
    }

    @Test
    void toleratesAUtf8BomAndCountsEmptyLines() throws IOException {
        byte[] body = "a,b\n\n1,2\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        try (CsvRecordReader reader = reader(withBom, SourceEncoding.UTF_8)) {
            assertThat(reader.itemNames()).containsExactly("a", "b");
            SourceRecord r = reader.next();
            assertThat(r.source().line()).isEqualTo(3);
            assertThat(reader.next()).isNull();
            assertThat(reader.emptyLines()).isEqualTo(2);
        }
    }

    @Test
    void reportsAWrongFieldCount() throws IOException {
        SourceRecord r = read("a,b,c\n1,2\n", SourceEncoding.UTF_8).get(0);
        assertThat(r.problems()).extracting(Problem::code).containsExactly("field-count");
        assertThat(r.value(2)).isEmpty();
    }

    @Test
    void locatesMalformedUtf8InItsFieldWithTheByteOffset() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a,b\n1,山\n2,田".getBytes(StandardCharsets.UTF_8));
        int offset = bytes.size();
        bytes.write(0xFF);
        bytes.write(0xFE);
        bytes.writeBytes("x\n3,ok\n".getBytes(StandardCharsets.UTF_8));
        List<SourceRecord> records = readAll(reader(bytes.toByteArray(), SourceEncoding.UTF_8));
        assertThat(records.get(0).problems()).isEmpty();
        assertThat(records.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("malformed-bytes");
            assertThat(p.field()).isEqualTo("b");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("0xFF 0xFE").contains("オフセット " + offset);
        });
        assertThat(records.get(2).problems()).isEmpty();
    }

    @Test
    void reportsMalformedCp932InsteadOfReplacingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a,b\n1,".getBytes(Charset.forName("windows-31j")));
        bytes.write(0x80);
        bytes.writeBytes("山田\n".getBytes(Charset.forName("windows-31j")));
        SourceRecord r =
                readAll(reader(bytes.toByteArray(), SourceEncoding.CP932)).get(0);
        assertThat(r.problems())
                .extracting(Problem::code, Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("malformed-bytes", "b"));
        assertThat(r.value(1)).isEqualTo("\uFFFD山田");
    }

    @Test
    void anUndecodableEucJpByteNeverSwallowsADelimiter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a,b,c\n1,".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0x80);
        bytes.writeBytes("盒".getBytes(Charset.forName("EUC-JP")));
        bytes.write(0xB6);
        bytes.writeBytes(",x\n2,y,z\n".getBytes(StandardCharsets.US_ASCII));
        List<SourceRecord> records = readAll(reader(bytes.toByteArray(), SourceEncoding.EUC_JP));
        assertThat(records).hasSize(2);
        assertThat(records.get(0).values()).hasSize(3).endsWith("x");
        assertThat(records.get(0).problems()).extracting(Problem::field).containsOnly("b");
        assertThat(records.get(1).problems()).isEmpty();
    }

    @Test
    void userDefinedCharactersDoNotPutLaterProblemsOnTheWrongLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("a\r\n".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes("山\r\n田\r\n".getBytes(Charset.forName("EUC-JP")));
        bytes.write(0xF5);
        bytes.write(0xA1);
        bytes.writeBytes("\r\nok\r\n".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xA0);
        bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        List<SourceRecord> records = readAll(reader(bytes.toByteArray(), SourceEncoding.EUC_JP));
        assertThat(records).extracting(r -> r.source().line()).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(records.get(2).value(0)).isEqualTo("\uE000");
        assertThat(records.get(4).problems()).singleElement().satisfies(p -> assertThat(p.line())
                .isEqualTo(6));
        assertThat(records.subList(0, 4))
                .allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void decodesCp932AndEucJpUserDefinedAreasToTheSamePrivateUseCharacter() throws IOException {
        byte[] cp932 = {'a', '\n', (byte) 0xF0, 0x40, '\n'};
        byte[] euc = {'a', '\n', (byte) 0xF5, (byte) 0xA1, '\n'};
        byte[] euc3 = {'a', '\n', (byte) 0x8F, (byte) 0xF5, (byte) 0xA1, '\n'};
        assertThat(readAll(reader(cp932, SourceEncoding.CP932)).get(0).value(0)).isEqualTo("\uE000");
        assertThat(readAll(reader(euc, SourceEncoding.EUC_JP)).get(0).value(0)).isEqualTo("\uE000");
        assertThat(readAll(reader(euc3, SourceEncoding.EUC_JP)).get(0).value(0)).isEqualTo("\uE3AC");
    }

    @Test
    void readsEucJpText() throws IOException {
        byte[] bytes = "a\n山田　ﾀﾛｳ\n".getBytes(Charset.forName("EUC-JP"));
        assertThat(readAll(reader(bytes, SourceEncoding.EUC_JP)).get(0).value(0))
                .isEqualTo("山田　ﾀﾛｳ");
    }

    @Test
    void anUnclosedQuoteStopsTheFileLoudly() throws IOException {
        CsvRecordReader reader = reader("a,b\n1,\"open\n2,x\n".getBytes(StandardCharsets.UTF_8), SourceEncoding.UTF_8);
        assertThatThrownBy(() -> readAll(reader)).isInstanceOf(MalformedFileException.class);
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> reader(new byte[0], SourceEncoding.UTF_8))
                .isInstanceOf(MalformedFileException.class)
                .hasMessageContaining("ヘッダー行");
    }

    private static List<SourceRecord> read(String text, SourceEncoding encoding) throws IOException {
        return readAll(reader(text.getBytes(encoding.charset()), encoding));
    }

    static CsvRecordReader reader(byte[] bytes, SourceEncoding encoding) throws IOException {
        return new CsvRecordReader(new ByteArrayInputStream(bytes), "test.csv", encoding);
    }

    static List<SourceRecord> readAll(RecordReader reader) throws IOException {
        List<SourceRecord> out = new ArrayList<>();
        try (reader) {
            SourceRecord r;
            while ((r = reader.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }
}
