package jp.kikan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.chrono.JapaneseEra;
import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EraTest {

    @Test
    @DisplayName("元号一覧: 大化から令和まで248 (南朝・北朝を含む)")
    void allEras() {
        assertThat(Era.values()).hasSize(248);
        assertThat(Era.values().get(0).name()).isEqualTo("大化");
        assertThat(Era.values().get(0).startYear()).isEqualTo(645);
        assertThat(Era.values().get(247)).isEqualTo(Era.REIWA);
        assertThat(Era.of("天平感宝").reading()).isEqualTo("てんぴょうかんぽう");
    }

    @Test
    @DisplayName("元号を改める政令: 大正・昭和・平成・令和の始期は java.time と一致")
    void modernStartsAgreeWithJavaTime() {
        assertThat(Era.TAISHO.gregorianStart()).contains(LocalDate.of(1912, 7, 30));
        assertThat(Era.SHOWA.gregorianStart()).contains(LocalDate.of(1926, 12, 25));
        assertThat(Era.HEISEI.gregorianStart()).contains(LocalDate.of(1989, 1, 8));
        assertThat(Era.REIWA.gregorianStart()).contains(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseEra.REIWA.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN))
                .isEqualTo(Era.REIWA.name());
    }

    @Test
    @DisplayName("明治改元の詔 (慶応4年9月8日): 慶応4年1月1日 = 1868-01-25 に遡って適用")
    void meijiStartsRetroactively() {
        assertThat(Era.MEIJI.gregorianStart()).contains(LocalDate.of(1868, 1, 25));
        assertThat(Era.of("慶応").lastYear()).hasValue(4);
        assertThat(Era.MEIJI.lastYear()).hasValue(45);
        assertThat(Era.SHOWA.lastYear()).hasValue(64);
        assertThat(Era.HEISEI.lastYear()).hasValue(31);
        assertThat(Era.REIWA.lastYear()).isEmpty();
    }

    @Test
    @DisplayName("南北朝: 南朝の元中は9年まで、北朝の建武は5年まで、元徳は両統で4年まで")
    void twoCourts() {
        assertThat(Era.of("元弘").court()).isEqualTo(Court.SOUTHERN);
        assertThat(Era.of("暦応").court()).isEqualTo(Court.NORTHERN);
        assertThat(Era.of("建武").court()).isEqualTo(Court.BOTH);
        assertThat(Era.of("元中").lastYear()).hasValue(9);
        assertThat(Era.of("建武").lastYear()).hasValue(5);
        assertThat(Era.of("延元").lastYear()).hasValue(5);
        assertThat(Era.of("元徳").lastYear()).hasValue(4);
        assertThat(Era.of("明徳").lastYear()).hasValue(5);
        assertThat(Era.of("正平").lastYear()).hasValue(25);
        assertThat(Era.of("応安").lastYear()).hasValue(8);
    }

    @Test
    @DisplayName("改元の布告: 安政は嘉永7年11月27日、旧暦年の西暦で1854年 (グレゴリオ暦では1855-01-15)")
    void lunisolarStartYearIsTheLunisolarYear() {
        Era ansei = Era.of("安政");
        assertThat(ansei.startCalendar()).isEqualTo(CalendarSystem.LUNISOLAR);
        assertThat(ansei.startYear()).isEqualTo(1854);
        assertThat(ansei.startMonth()).isEqualTo(11);
        assertThat(ansei.startDay()).isEqualTo(27);
        assertThat(ansei.gregorianStart()).isEmpty();
        assertThat(ansei.abbreviation()).isEmpty();
        assertThat(Era.of("嘉永").lastYear()).hasValue(7);
    }

    @Test
    void unknownEraAndAbbreviations() {
        assertThat(Era.byName("令和")).contains(Era.REIWA);
        assertThat(Era.byAbbreviation('h')).contains(Era.HEISEI);
        assertThat(Era.byAbbreviation('X')).isEmpty();
        assertThat(Era.REIWA.abbreviation()).contains("R");
        assertThatThrownBy(() -> Era.of("光文"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("wareki-unknown-era"));
    }
}
