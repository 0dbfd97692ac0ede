package jp.kikan.platform.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParameterTypeTest {

    @Test
    void yen_is_a_non_negative_whole_number() {
        assertThat(ParameterType.YEN.convert("15000")).isEqualTo(15_000L);
        assertThat(ParameterType.YEN.convert(15_000)).isEqualTo(15_000L);
        assertThatThrownBy(() -> ParameterType.YEN.convert("-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> ParameterType.YEN.convert("15,000")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> ParameterType.YEN.convert(1.0)).hasMessageContaining("not a whole number");
    }

    @Test
    void decimals_keep_their_exact_written_digits() {
        assertThat(ParameterType.DECIMAL.convert("0.0735")).isEqualTo(new BigDecimal("0.0735"));
        assertThat(ParameterType.RATE.convert(new BigDecimal("0.10"))).isEqualTo(new BigDecimal("0.10"));
        assertThatThrownBy(() -> ParameterType.DECIMAL.convert("1e3")).hasMessageContaining("plain decimal");
        assertThatThrownBy(() -> ParameterType.RATE.convert("1.5")).hasMessageContaining("between 0 and 1");
    }

    @Test
    void text_and_date() {
        assertThat(ParameterType.TEXT.convert(" 2月 ")).isEqualTo("2月");
        assertThatThrownBy(() -> ParameterType.TEXT.convert("  ")).hasMessageContaining("non-blank");
        assertThat(ParameterType.DATE.convert("2025-01-01")).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> ParameterType.DATE.convert("令和7年1月1日")).hasMessageContaining("not a date");
    }

    @Test
    void types_are_named_as_in_the_file() {
        assertThat(ParameterType.fromYamlName("rate")).contains(ParameterType.RATE);
        assertThat(ParameterType.fromYamlName("money")).isEmpty();
    }
}
