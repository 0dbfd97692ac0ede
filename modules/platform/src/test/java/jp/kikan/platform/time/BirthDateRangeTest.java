package jp.kikan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BirthDateRangeTest {

    private static final LocalDate SHOWA45 = LocalDate.of(1970, 1, 1);

    @Test
    void anExactDateIsOneDay() {
        BirthDateRange day = BirthDateRange.of(LocalDate.of(1970, 5, 3), null);
        assertThat(day.exact()).isTrue();
        assertThat(day).isEqualTo(new BirthDateRange(LocalDate.of(1970, 5, 3), LocalDate.of(1970, 5, 3)));
        assertThat(day.sameDay(BirthDateRange.of(LocalDate.of(1970, 5, 3), null)))
                .isTrue();
        assertThat(day.overlaps(BirthDateRange.of(LocalDate.of(1970, 5, 4), null)))
                .isFalse();
    }

    @Test
    void aKnownYearIsTheYearAndNeverTheSameDayAsItsFirstDay() {
        BirthDateRange year = BirthDateRange.of(SHOWA45, "昭和45年不詳");
        assertThat(year).isEqualTo(new BirthDateRange(SHOWA45, LocalDate.of(1970, 12, 31)));
        assertThat(year.exact()).isFalse();
        BirthDateRange newYearsDay = BirthDateRange.of(SHOWA45, null);
        assertThat(year.overlaps(newYearsDay)).isTrue();
        assertThat(year.sameDay(newYearsDay)).isFalse();
        assertThat(year.overlaps(BirthDateRange.of(LocalDate.of(1970, 12, 31), null)))
                .isTrue();
        assertThat(year.overlaps(BirthDateRange.of(LocalDate.of(1971, 1, 1), null)))
                .isFalse();
        assertThat(year.overlaps(BirthDateRange.of(LocalDate.of(1969, 12, 31), null)))
                .isFalse();
    }

    @Test
    void aKnownMonthIsTheMonth() {
        BirthDateRange may = BirthDateRange.of(LocalDate.of(1970, 5, 1), "昭和45年5月不詳");
        assertThat(may).isEqualTo(new BirthDateRange(LocalDate.of(1970, 5, 1), LocalDate.of(1970, 5, 31)));
        assertThat(may.overlaps(BirthDateRange.of(LocalDate.of(1970, 6, 1), null)))
                .isFalse();
        assertThat(may.overlaps(BirthDateRange.of(SHOWA45, "昭和45年不詳"))).isTrue();
    }

    @Test
    void aDayIsHeldByTheSupplementedDatesOfItsYearAndItsMonth() {
        LocalDate day = LocalDate.of(1970, 5, 3);
        assertThat(BirthDateRange.of(day, null).supplementedDates())
                .containsExactly(SHOWA45, LocalDate.of(1970, 5, 1))
                .allSatisfy(d -> assertThat(BirthDateRange.of(d, "不詳").overlaps(BirthDateRange.of(day, null)))
                        .isTrue());
        assertThat(BirthDateRange.of(LocalDate.of(1970, 1, 20), null).supplementedDates())
                .containsExactly(SHOWA45);
        // and by no other: a month-known 補完日 of another month does not hold it
        assertThat(BirthDateRange.of(LocalDate.of(1970, 4, 1), "昭和45年4月不詳").overlaps(BirthDateRange.of(day, null)))
                .isFalse();
    }

    @Test
    void aRangeIsHeldByTheSupplementedDatesOfEachOfItsYearsAndMonths() {
        LocalDate day = LocalDate.of(1970, 12, 31);
        List<LocalDate> holding =
                BirthDateRange.of(LocalDate.of(1970, 11, 1), "昭和45年11月不詳").supplementedDates();
        assertThat(holding).containsExactly(SHOWA45, LocalDate.of(1970, 11, 1));
        assertThat(BirthDateRange.of(SHOWA45, "昭和45年不詳").overlaps(BirthDateRange.of(day, null)))
                .isTrue();
        assertThat(BirthDateRange.of(LocalDate.of(1969, 1, 1), "昭和44年不詳").overlaps(BirthDateRange.of(day, null)))
                .isFalse();
        assertThat(BirthDateRange.of(LocalDate.of(1969, 12, 1), "不詳").supplementedDates())
                .containsExactly(LocalDate.of(1969, 1, 1), LocalDate.of(1969, 12, 1));
        assertThat(BirthDateRange.of(SHOWA45, "昭和45年不詳").supplementedDates())
                .hasSize(12)
                .startsWith(SHOWA45, LocalDate.of(1970, 2, 1))
                .endsWith(LocalDate.of(1970, 12, 1));
        assertThatThrownBy(() -> new BirthDateRange(day, SHOWA45)).isInstanceOf(IllegalArgumentException.class);
    }
}
