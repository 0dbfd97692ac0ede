package jp.kikan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    @DisplayName("地方自治法 第208条: 年度は4月1日に始まり翌年3月31日に終わる")
    void aprilToMarch() {
        FiscalYear fy = FiscalYear.of(LocalDate.of(2025, 3, 31));
        assertThat(fy.year()).isEqualTo(2024);
        assertThat(fy.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(FiscalYear.of(LocalDate.of(2025, 4, 1))).isEqualTo(fy.next());
        assertThat(fy.previous().year()).isEqualTo(2023);
        assertThat(fy.contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(fy.contains(LocalDate.of(2024, 3, 31))).isFalse();
    }

    @Test
    @DisplayName("地方自治法 第208条: 和暦の年度表記 (令和6年度、令和元年度、平成元年度)")
    void warekiNames() {
        assertThat(FiscalYear.of(2024).format()).isEqualTo("令和6年度");
        assertThat(FiscalYear.of(1989).format()).isEqualTo("平成元年度");
        assertThat(FiscalYear.of(1988).format()).isEqualTo("昭和63年度");
        assertThat(FiscalYear.of(2019).format()).isEqualTo("平成31年度");
        assertThat(FiscalYear.of(2019).format(Era.REIWA)).isEqualTo("令和元年度");
        assertThat(FiscalYear.of(2024).toString()).isEqualTo("2024年度");
        assertThatThrownBy(() -> FiscalYear.of(2024).format(Era.HEISEI))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("wareki-out-of-era"));
    }
}
