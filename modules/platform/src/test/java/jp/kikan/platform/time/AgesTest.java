package jp.kikan.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgesTest {

    @Test
    @DisplayName("年齢計算ニ関スル法律・民法第143条: 4月1日生まれは3月31日に年齢が加算される")
    void agesIncreaseOnTheDayBeforeTheBirthday() {
        LocalDate birth = LocalDate.of(2007, 4, 1);
        assertThat(Ages.ageOn(birth, LocalDate.of(2025, 3, 30))).isEqualTo(17);
        assertThat(Ages.ageOn(birth, LocalDate.of(2025, 3, 31))).isEqualTo(18);
        assertThat(Ages.dateOfReaching(birth, 18)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Ages.ageOn(birth, birth)).isZero();
    }

    @Test
    @DisplayName("民法第143条第2項ただし書: 2月29日生まれは平年も閏年も2月28日に年齢が加算される")
    void leapDayBirths() {
        LocalDate birth = LocalDate.of(2004, 2, 29);
        assertThat(Ages.dateOfReaching(birth, 1)).isEqualTo(LocalDate.of(2005, 2, 28));
        assertThat(Ages.dateOfReaching(birth, 4)).isEqualTo(LocalDate.of(2008, 2, 28));
        assertThat(Ages.ageOn(birth, LocalDate.of(2005, 2, 27))).isZero();
        assertThat(Ages.ageOn(birth, LocalDate.of(2005, 2, 28))).isEqualTo(1);
        assertThat(Ages.ageOn(birth, LocalDate.of(2008, 2, 28))).isEqualTo(4);
    }

    @Test
    @DisplayName("児童手当法 第3条: 18歳に達する日以後の最初の3月31日 (4月1日生まれと4月2日生まれ)")
    void childAllowanceEndsAtFiscalYearEnd() {
        assertThat(Ages.endOfFiscalYearOfReaching(LocalDate.of(2007, 4, 1), 18)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Ages.endOfFiscalYearOfReaching(LocalDate.of(2007, 4, 2), 18)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Ages.endOfFiscalYearOfReaching(LocalDate.of(2007, 3, 31), 18))
                .isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Ages.endOfFiscalYearOfReaching(LocalDate.of(2008, 2, 29), 18))
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }
}
