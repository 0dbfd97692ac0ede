package jp.kikan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarekiFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "令和6年4月1日, 2024-04-01",
        "令和元年5月1日, 2019-05-01",
        "令和1年5月1日, 2019-05-01",
        "平成31年4月30日, 2019-04-30",
        "R6.4.1, 2024-04-01",
        "R06.04.01, 2024-04-01",
        "H31/4/30, 2019-04-30",
        "S64.1.7, 1989-01-07",
        "s64-1-7, 1989-01-07",
        "令和６年４月１日, 2024-04-01",
        "Ｒ６．４．１, 2024-04-01",
        "㍻31年4月30日, 2019-04-30",
        "' 令和 6年 4月 1日 ', 2024-04-01"
    })
    @DisplayName("帳票の和暦表記 (元号法): 各種の書き方を読める")
    void parsesFormsUsedOnPaper(String text, LocalDate expected) {
        assertThat(WarekiFormat.parse(text).toLocalDate()).isEqualTo(expected);
    }

    @Test
    @DisplayName("元号法: 1年は「元年」と書く")
    void formatsGannen() {
        assertThat(WarekiFormat.format(WarekiDate.of(LocalDate.of(2019, 5, 1)))).isEqualTo("令和元年5月1日");
        assertThat(WarekiFormat.format(WarekiDate.of(LocalDate.of(2024, 4, 1)))).isEqualTo("令和6年4月1日");
        assertThat(WarekiDate.of(LocalDate.of(2024, 4, 1)).toString()).isEqualTo("令和6年4月1日");
        assertThat(WarekiFormat.formatShort(WarekiDate.of(LocalDate.of(2024, 4, 1))))
                .isEqualTo("R6.4.1");
        assertThat(WarekiFormat.formatShort(WarekiDate.of(LocalDate.of(1989, 1, 7))))
                .isEqualTo("S64.1.7");
    }

    @Test
    @DisplayName("旧暦の日付も和暦表記で読める (戸籍の記載)")
    void parsesLunisolar() {
        WarekiDate date = WarekiFormat.parse("慶応4年閏4月1日");
        assertThat(date.isLeapMonth()).isTrue();
        assertThat(date.westernYear()).isEqualTo(1868);
        assertThat(WarekiFormat.parse("天文11年12月26日").calendar()).isEqualTo(CalendarSystem.LUNISOLAR);
        assertThatThrownBy(() -> WarekiFormat.formatShort(date)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2024/04/01, wareki-format",
        "令和六年四月一日, wareki-format",
        "光文元年1月1日, wareki-unknown-era",
        "X6.4.1, wareki-unknown-era",
        "平成31年5月1日, wareki-out-of-era",
        "令和1年4月30日, wareki-out-of-era",
        "令和6年2月30日, invalid-date"
    })
    @DisplayName("和暦の入力誤りは code 付きの InvalidValueException")
    void errors(String text, String code) {
        assertThatThrownBy(() -> WarekiFormat.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.reason()).isNotBlank();
        });
    }
}
