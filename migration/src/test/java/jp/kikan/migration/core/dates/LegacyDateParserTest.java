package jp.kikan.migration.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.kikan.platform.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyDateParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1970-01-02, 1970-01-02",
        "1970/1/2, 1970-01-02",
        "1970.01.02, 1970-01-02",
        "19700102, 1970-01-02",
        "1970年1月2日, 1970-01-02",
        "S450102, 1970-01-02",
        "s450102, 1970-01-02",
        "H310430, 2019-04-30",
        "R010501, 2019-05-01",
        "3450102, 1970-01-02",
        "4310430, 2019-04-30",
        "5010501, 2019-05-01",
        "1450729, 1912-07-29",
        "2010730, 1912-07-30",
        "03450102, 1970-01-02",
        "05070401, 2025-04-01",
        "S45.1.2, 1970-01-02",
        "R1/5/1, 2019-05-01",
        "R元.5.1, 2019-05-01",
        "H31-4-30, 2019-04-30",
        "平成31年4月30日, 2019-04-30",
        "令和元年5月1日, 2019-05-01",
        "昭和６４年１月７日, 1989-01-07",
        "'平成 元年 1月 8日', 1989-01-08",
        "Ｓ４５．１．２, 1970-01-02",
        "㍻31年4月30日, 2019-04-30"
    })
    void readsLegacyForms(String text, String iso) {
        LegacyDate date = LegacyDateParser.parse(text, false);
        assertThat(date.date()).contains(LocalDate.parse(iso));
        assertThat(date.isFusho()).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
        "S450000, 1970-00-00, 昭和45年不詳",
        "S451200, 1970-12-00, 昭和45年12月不詳",
        "3450000, 1970-00-00, 昭和45年不詳",
        "R010000, 2019-00-00, 令和元年不詳",
        "昭和45年不詳, 1970-00-00, 昭和45年不詳",
        "昭和45年1月不詳, 1970-01-00, 昭和45年1月不詳",
        "昭和45年頃, 1970-00-00, 昭和45年頃",
        "1970-00-00, 1970-00-00, 1970年不詳",
        "19700300, 1970-03-00, 1970年3月不詳",
        "1970年不詳, 1970-00-00, 1970年不詳",
        "不詳, 0000-00-00, 不詳"
    })
    void keepsFushoDatesWhereAllowed(String text, String iso, String hyoki) {
        LegacyDate date = LegacyDateParser.parse(text, true);
        assertThat(date.isFusho()).isTrue();
        assertThat(date.isoText()).isEqualTo(iso);
        assertThat(date.fushoHyoki()).isEqualTo(hyoki);
        assertThat(date.date()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "S450000, date-fusho-not-allowed",
        "昭和45年不詳, date-fusho-not-allowed",
        "H310230, invalid-date",
        "2019-02-29, invalid-date",
        "S451301, invalid-date",
        "S450012, invalid-date",
        "H310501, wareki-out-of-era",
        "平成31年5月1日, wareki-out-of-era",
        "4310501, wareki-out-of-era",
        "令和元年4月30日, wareki-out-of-era",
        "H320101, wareki-out-of-era",
        "S650101, wareki-out-of-era",
        "6450102, wareki-unknown-era",
        "X450102, wareki-unknown-era",
        "08450102, wareki-unknown-era",
        "慶応4年1月1日, wareki-lunisolar",
        "450102, date-format",
        "1970-1, date-format",
        "昭和45年, date-format",
        "abc, date-format"
    })
    void rejectsWithAStableCode(String text, String code) {
        assertThatThrownBy(() -> LegacyDateParser.parse(text, false))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo(code);
    }

    @Test
    void aPartlyKnownDateMustStillLieInItsEra() {
        assertThatThrownBy(() -> LegacyDateParser.parse("令和元年4月不詳", true))
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("wareki-out-of-era");
        assertThatThrownBy(() -> LegacyDateParser.parse("H320000", true))
                .extracting(e -> ((InvalidValueException) e).code())
                .isEqualTo("wareki-out-of-era");
        assertThat(LegacyDateParser.parse("大正元年7月不詳", true).isoText()).isEqualTo("1912-07-00");
    }

    @Test
    void zeroFilledValuesMeanNoDate() {
        assertThat(LegacyDateParser.isZeroFilled("0000000")).isTrue();
        assertThat(LegacyDateParser.isZeroFilled("00000000")).isTrue();
        assertThat(LegacyDateParser.isZeroFilled("0000-00-00")).isTrue();
        assertThat(LegacyDateParser.isZeroFilled("S450000")).isFalse();
        assertThat(LegacyDateParser.isZeroFilled("1970-00-00")).isFalse();
    }
}
