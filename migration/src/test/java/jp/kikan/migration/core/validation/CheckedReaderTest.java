package jp.kikan.migration.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.kikan.migration.core.model.Problem;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.migration.core.reader.MalformedFileException;
import jp.kikan.migration.core.reader.RecordReader;
import jp.kikan.migration.core.reader.SourceRecord;
import jp.kikan.migration.core.text.GaijiTable;
import jp.kikan.migration.core.text.SourceEncoding;
import jp.kikan.migration.residentregistry.model.DataGroup;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.migration.residentregistry.validation.ItemCatalogue;
import jp.kikan.migration.residentregistry.validation.RecordValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records checked on a pool come back in file order, each with its own check, and a failure after them. */
class CheckedReaderTest {

    private static final List<String> NAMES = List.of("setaibango", "setainushi_atenabango");

    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    private final RecordValidator records =
            new RecordValidator(ItemCatalogue.standard(), CodeLists.standard(), GaijiTable.empty());

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void everyRecordComesBackInFileOrderWithItsOwnCheck() throws IOException {
        CheckedReader reader = reader(new Lines(5_000, -1), 4);
        List<Long> lines = new ArrayList<>();
        CheckedReader.Checked next;
        while ((next = reader.next()) != null) {
            assertThat(next.checked().source()).isEqualTo(next.source().source());
            assertThat(next.checked().problems())
                    .as("line %d", next.source().source().line())
                    .isEqualTo(records.check(binding, next.source()).problems());
            if (next.source().source().line() % 7 == 0) {
                assertThat(next.checked().problems()).anyMatch(p -> p.field().equals("setaibango"));
            }
            lines.add(next.source().source().line());
        }
        assertThat(lines).hasSize(5_000);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo(i + 1L);
        }
        assertThat(reader.next()).isNull();
    }

    @Test
    void aFailurePartWayComesAfterEveryRecordReadBeforeIt() throws IOException {
        CheckedReader reader = reader(new Lines(5_000, 1_234), 2);
        long handed = 0;
        try {
            while (reader.next() != null) {
                handed++;
            }
        } catch (MalformedFileException e) {
            assertThat(e.line()).isEqualTo(1_234);
        }
        assertThat(handed).isEqualTo(1_233);
        assertThatThrownBy(reader::next).isInstanceOf(MalformedFileException.class);
    }

    @Test
    void anEmptyFileHasNoRecords() throws IOException {
        assertThat(reader(new Lines(0, -1), 4).next()).isNull();
    }

    private final RecordValidator.Binding binding = records.bind(DataGroup.SETAI, SourceEncoding.UTF_8, NAMES);

    private CheckedReader reader(RecordReader lines, int ahead) {
        return new CheckedReader(lines, r -> records.check(binding, r), pool, ahead);
    }

    /** {@code count} 世帯 records; every seventh has a 世帯番号 too long; fails at line {@code failAt}. */
    private static final class Lines implements RecordReader {
        private final int count;
        private final long failAt;
        private long line;

        Lines(int count, long failAt) {
            this.count = count;
            this.failAt = failAt;
        }

        @Override
        public String fileName() {
            return "setai.csv";
        }

        @Override
        public List<String> itemNames() {
            return NAMES;
        }

        @Override
        public @Nullable SourceRecord next() {
            if (line == count) {
                return null;
            }
            line++;
            if (line == failAt) {
                throw new MalformedFileException("閉じていない引用符", line);
            }
            String setai = line % 7 == 0 ? "1234567890123456" : String.format("%015d", line);
            return new SourceRecord(
                    new SourceRef("setai.csv", line),
                    NAMES,
                    List.of(setai, String.format("%015d", 100_000 + line)),
                    List.<Problem>of());
        }

        @Override
        public List<Problem> fileProblems() {
            return List.of();
        }

        @Override
        public long emptyLines() {
            return 0;
        }

        @Override
        public long bytesRead() {
            return line * 40;
        }

        @Override
        public void close() {}
    }
}
