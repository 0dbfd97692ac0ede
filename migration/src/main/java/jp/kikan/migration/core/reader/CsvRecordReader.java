package jp.kikan.migration.core.reader;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.core.text.StrictDecoder;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file of the standard's linkage layout: RFC 4180 (comma, double quotes, quoted line breaks), a header row
 * of item names in romaji, a UTF-8 BOM tolerated. Parsing is FastCSV's (ADR 0008); decoding is {@link DecodingReader}'s,
 * so undecodable bytes land on the record and field they belong to. A record whose field count differs from the header
 * is reported ({@code field-count}); empty lines are skipped and counted.
 */
public final class CsvRecordReader implements RecordReader {

    private final String fileName;
    private final SourceEncoding encoding;
    private final DecodingReader decoding;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final List<String> names;
    private final List<Problem> fileProblems = new ArrayList<>();
    private long emptyLines;
    private long lastLine;

    public CsvRecordReader(Path path, SourceEncoding encoding) throws IOException {
        this(Files.newInputStream(path), path.getFileName().toString(), encoding);
    }

    public CsvRecordReader(InputStream in, String fileName, SourceEncoding encoding) throws IOException {
        this.fileName = fileName;
        this.encoding = encoding;
        this.decoding = new DecodingReader(in, encoding);
        this.csv = CsvReader.builder()
                .fieldSeparator(',')
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .ofCsvRecord(decoding);
        this.records = csv.iterator();
        try {
            this.names = readHeader();
        } catch (IOException | RuntimeException e) {
            csv.close();
            throw e;
        }
    }

    private List<String> readHeader() throws IOException {
        CsvRecord header;
        try {
            if (!records.hasNext()) {
                throw new MalformedFileException("ヘッダー行（データ項目名の行）がありません（空のファイル）", 1);
            }
            header = records.next();
        } catch (CsvParseException e) {
            throw new MalformedFileException("CSVのヘッダー行を解釈できません: " + e.getMessage(), 1, e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long end = header.getStartingLineNumber() + lineBreaks(header.getFields());
        for (DecodingReader.Event event : decoding.eventsUpTo(end)) {
            fileProblems.add(new Problem(
                    fileName,
                    event.line(),
                    "",
                    "malformed-bytes",
                    "ヘッダー行: " + event.undecodable().message(encoding)));
        }
        List<String> out = new ArrayList<>(header.getFieldCount());
        for (String name : header.getFields()) {
            out.add(name.trim());
        }
        lastLine = end;
        return List.copyOf(out);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> itemNames() {
        return names;
    }

    @Override
    public @Nullable SourceRecord next() throws IOException {
        while (true) {
            CsvRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (CsvParseException e) {
                throw new MalformedFileException(
                        (lastLine + 1) + "行目以降のCSVを解釈できません（閉じていない引用符など）: " + e.getMessage(), lastLine + 1, e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            long start = record.getStartingLineNumber();
            List<String> fields = record.getFields();
            long end = start + lineBreaks(fields);
            lastLine = end;
            List<DecodingReader.Event> events = decoding.eventsUpTo(end);
            if (fields.size() == 1 && fields.get(0).isEmpty() && events.isEmpty()) {
                emptyLines++;
                continue;
            }
            SourceRef source = new SourceRef(fileName, start);
            List<Problem> problems = new ArrayList<>(0);
            if (fields.size() != names.size()) {
                problems.add(new Problem(
                        fileName,
                        start,
                        "",
                        "field-count",
                        "項目数が " + fields.size() + " です（ヘッダー行は " + names.size() + " 項目）"));
            }
            attribute(events, fields, source, problems);
            return new SourceRecord(source, names, fields, problems);
        }
    }

    /**
     * Each undecodable sequence stands as one U+FFFD; the n-th event belongs to the field with the n-th U+FFFD. One
     * problem per field.
     */
    private void attribute(
            List<DecodingReader.Event> events, List<String> fields, SourceRef source, List<Problem> problems) {
        Map<String, List<StrictDecoder.Undecodable>> byField = new LinkedHashMap<>();
        int e = 0;
        for (int f = 0; f < fields.size() && e < events.size(); f++) {
            String value = fields.get(f);
            for (int i = value.indexOf('\uFFFD'); i >= 0 && e < events.size(); i = value.indexOf('\uFFFD', i + 1)) {
                byField.computeIfAbsent(f < names.size() ? names.get(f) : "#" + (f + 1), k -> new ArrayList<>())
                        .add(events.get(e++).undecodable());
            }
        }
        while (e < events.size()) {
            byField.computeIfAbsent("", k -> new ArrayList<>())
                    .add(events.get(e++).undecodable());
        }
        byField.forEach((field, undecodable) -> problems.add(new Problem(
                source.file(), source.line(), field, "malformed-bytes", StrictDecoder.message(encoding, undecodable))));
    }

    private static long lineBreaks(List<String> fields) {
        long n = 0;
        for (String f : fields) {
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '\n' && (i == 0 || f.charAt(i - 1) != '\r')) {
                    n++;
                } else if (c == '\r') {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public List<Problem> fileProblems() {
        return List.copyOf(fileProblems);
    }

    @Override
    public long emptyLines() {
        return emptyLines;
    }

    @Override
    public long bytesRead() {
        return decoding.bytesRead();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
