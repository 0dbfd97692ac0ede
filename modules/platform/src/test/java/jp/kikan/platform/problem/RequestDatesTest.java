package jp.kikan.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RequestDatesTest {

    @Test
    void isoAndWarekiAreBothAccepted() {
        assertThat(RequestDates.required("ymd", "2026-04-01")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(RequestDates.required("ymd", " 令和8年4月1日 ")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(RequestDates.optional("ymd", " ")).isNull();
        assertThat(RequestDates.optionalMonth("ym", "2026-11")).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void aWrongDateIsAProblemNamingTheField() {
        assertThatThrownBy(() -> RequestDates.required("seikyu_ymd", "2026-02-30"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.invalidParams()).extracting(InvalidParam::name).containsExactly("seikyu_ymd");
                });
        assertThatThrownBy(() -> RequestDates.required("seikyu_ymd", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::code)
                        .containsExactly("required"));
        assertThatThrownBy(() -> RequestDates.notFuture(
                        "seikyu_ymd", RequestDates.today().plusDays(1).toString()))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.code()).isEqualTo("future-date"));
        assertThatThrownBy(() -> RequestDates.month("taisho_ym", "2026/11"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.invalidParams())
                        .extracting(InvalidParam::name)
                        .containsExactly("taisho_ym"));
    }
}
