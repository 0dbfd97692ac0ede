package jp.kikan.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 現況届 years: a report due on the first of its month covers that month to the month before it a year later. */
class StatusReportsTest {

    @Test
    void theReportOfAYearCoversItsMonthToTheMonthBeforeItNextYear() {
        assertThat(StatusReports.yearOf(YearMonth.of(2026, 8), 8)).isEqualTo(2026);
        assertThat(StatusReports.yearOf(YearMonth.of(2027, 7), 8)).isEqualTo(2026);
        assertThat(StatusReports.yearOf(YearMonth.of(2026, 5), 6)).isEqualTo(2025);
    }

    @Test
    void aReportIsMissingOnlyWhenClaimedBeforeItsDayAndNotFiled() {
        LocalDate before = LocalDate.of(2026, 7, 31);
        assertThat(StatusReports.missing(YearMonth.of(2026, 9), 8, before, Set.of()))
                .isTrue();
        assertThat(StatusReports.missing(YearMonth.of(2026, 9), 8, before, Set.of(2026)))
                .isFalse();
        assertThat(StatusReports.missing(YearMonth.of(2026, 9), 8, LocalDate.of(2026, 8, 1), Set.of()))
                .isFalse();
        assertThat(StatusReports.missing(YearMonth.of(2026, 7), 8, before, Set.of()))
                .isFalse();
    }
}
