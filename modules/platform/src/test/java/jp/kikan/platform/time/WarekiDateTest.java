package jp.kikan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarekiDateTest {

    private static void assertCode(Runnable r, String code) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    @ParameterizedTest
    @CsvSource({
        "1873-01-01, 明治, 6, 1, 1",
        "1912-07-29, 明治, 45, 7, 29",
        "1912-07-30, 大正, 1, 7, 30",
        "1926-12-24, 大正, 15, 12, 24",
        "1926-12-25, 昭和, 1, 12, 25",
        "1989-01-07, 昭和, 64, 1, 7",
        "1989-01-08, 平成, 1, 1, 8",
        "2019-04-30, 平成, 31, 4, 30",
        "2019-05-01, 令和, 1, 5, 1",
        "2024-04-01, 令和, 6, 4, 1"
    })
    @DisplayName("元号を改める政令: 改元の前後の日付は西暦と相互に換算できる")
    void convertsAroundEachChange(LocalDate date, String era, int year, int month, int day) {
        WarekiDate wareki = WarekiDate.of(date);
        assertThat(wareki).isEqualTo(WarekiDate.of(Era.of(era), year, month, day));
        assertThat(wareki.toLocalDate()).isEqualTo(date);
        assertThat(wareki.calendar()).isEqualTo(CalendarSystem.GREGORIAN);
        assertThat(wareki.year()).isEqualTo(JapaneseDate.from(date).get(java.time.temporal.ChronoField.YEAR_OF_ERA));
    }

    @Test
    @DisplayName("元号を改める政令 (平成31年政令第143号): 平成31年5月1日・令和元年4月30日は存在しない")
    void datesOutsideTheirEra() {
        assertCode(() -> WarekiDate.of(Era.HEISEI, 31, 5, 1), "wareki-out-of-era");
        assertCode(() -> WarekiDate.of(Era.REIWA, 1, 4, 30), "wareki-out-of-era");
        assertCode(() -> WarekiDate.of(Era.SHOWA, 64, 1, 8), "wareki-out-of-era");
        assertCode(() -> WarekiDate.of(Era.HEISEI, 32, 1, 1), "wareki-out-of-era");
        assertCode(() -> WarekiDate.of(Era.MEIJI, 45, 7, 30), "wareki-out-of-era");
    }

    @Test
    @DisplayName("暦: 2月30日・平成31年2月29日は存在しない日付")
    void impossibleDates() {
        assertCode(() -> WarekiDate.of(Era.REIWA, 6, 2, 30), "invalid-date");
        assertCode(() -> WarekiDate.of(Era.HEISEI, 31, 2, 29), "invalid-date");
        assertCode(() -> WarekiDate.of(Era.REIWA, 0, 5, 1), "invalid-date");
        assertThat(WarekiDate.of(Era.REIWA, 2, 2, 29).toLocalDate()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    @DisplayName("明治5年太政官布告第337号: 1873-01-01 より前は西暦から換算しない")
    void beforeGregorianAdoption() {
        assertCode(() -> WarekiDate.of(LocalDate.of(1872, 12, 31)), "wareki-out-of-range");
        assertCode(() -> WarekiDate.of(Era.MEIJI, 5, 12, 3), "invalid-date");
        assertThat(WarekiDate.of(Era.MEIJI, 5, 12, 2).calendar()).isEqualTo(CalendarSystem.LUNISOLAR);
    }

    @Test
    @DisplayName("旧暦: 明治元年9月8日 (明治改元の詔) は旧暦のまま、西暦年は1868")
    void meijiGannenIsLunisolar() {
        WarekiDate date = WarekiDate.of(Era.MEIJI, 1, 9, 8);
        assertThat(date.calendar()).isEqualTo(CalendarSystem.LUNISOLAR);
        assertThat(date.westernYear()).isEqualTo(1868);
        assertCode(date::toLocalDate, "wareki-lunisolar");
        assertThat(date.toLocalDateAsRecorded()).isEqualTo(LocalDate.of(1868, 9, 8));
    }

    @Test
    @DisplayName("旧暦: 天文11年12月26日 は西暦1542年、年のみ換算 (月日は記録のまま)")
    void lunisolarYearMapping() {
        WarekiDate date = WarekiDate.of(Era.of("天文"), 11, 12, 26);
        assertThat(date.westernYear()).isEqualTo(1542);
        assertThat(date.calendar()).isEqualTo(CalendarSystem.LUNISOLAR);
        assertThat(WarekiDate.of(Era.of("寛永"), 1, 2, 30).toLocalDateAsRecorded())
                .isEqualTo(LocalDate.of(1624, 2, 29));
    }

    @Test
    @DisplayName("旧暦: 閏月、30日まで、元号の年数を超えない")
    void lunisolarValidation() {
        WarekiDate leap = WarekiDate.ofLunisolar(Era.of("慶応"), 4, 4, true, 1);
        assertThat(leap.isLeapMonth()).isTrue();
        assertThat(leap.toString()).isEqualTo("慶応4年閏4月1日");
        assertCode(() -> WarekiDate.of(Era.of("慶応"), 4, 1, 31), "invalid-date");
        assertCode(() -> WarekiDate.of(Era.of("慶応"), 5, 1, 1), "wareki-out-of-era");
        assertCode(() -> WarekiDate.of(Era.of("元中"), 10, 1, 1), "wareki-out-of-era");
        assertCode(() -> WarekiDate.ofLunisolar(Era.REIWA, 1, 5, false, 1), "invalid-date");
    }
}
