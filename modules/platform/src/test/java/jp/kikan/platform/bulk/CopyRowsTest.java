package jp.kikan.platform.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class CopyRowsTest {

    @Test
    void fieldsAreEscapedSoNoValueCanBreakARowOrAField() {
        CopyRows rows = new CopyRows(2, 40)
                .field("東京都\t若葉市")
                .field("一行目\n二行目\r")
                .field("C:\\data")
                .field(null)
                .endRow()
                .field(LocalDate.of(2026, 4, 1))
                .field(7)
                .field(true)
                .field(false)
                .field(Instant.parse("2026-04-01T00:00:00Z"))
                .endRow();
        assertThat(rows.rows()).isEqualTo(2);
        assertThat(rows.text())
                .isEqualTo(
                        "東京都\\t若葉市\t一行目\\n二行目\\r\tC:\\\\data\t\\N\n" + "2026-04-01\t7\tt\tf\t2026-04-01T00:00:00Z\n");
    }

    @Test
    void aRowMustBeEndedAndHaveAField() {
        assertThatThrownBy(() -> new CopyRows(1, 10).endRow()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new CopyRows(1, 10).field("x").text()).isInstanceOf(IllegalStateException.class);
        assertThat(new CopyRows(0, 10).text()).isEmpty();
    }

    @Test
    void onlySchemaQualifiedNamesReachTheSql() {
        JdbcTemplate jdbc = new JdbcTemplate();
        assertThatThrownBy(() -> BulkLoad.analyze(jdbc, "resident_record; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BulkLoad.advanceSequence(jdbc, "seq", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BulkLoad.insert(jdbc, "a.b", "x, y", new CopyRows(0, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BulkLoad.insert(jdbc, "a.b", "x,y", new CopyRows(0, 1))).isZero();
    }
}
