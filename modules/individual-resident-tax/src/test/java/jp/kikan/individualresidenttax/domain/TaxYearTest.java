package jp.kikan.individualresidenttax.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 課税年度, 賦課期日 (地方税法 第39条・第318条) and ages by 年齢計算ニ関スル法律. */
class TaxYearTest {

    @Test
    void reiwa8IsAssessedOn1January2026OnTheIncomeOf2025() {
        TaxYear year = TaxYear.reiwa(8);
        assertThat(year.fiscalYear()).isEqualTo(2026);
        assertThat(year.assessmentDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.incomeYear()).isEqualTo(2025);
        assertThat(year.label()).isEqualTo("令和8年度");
    }

    @Test
    void nenreiKeisanHouAPersonBornOn1JanuaryHasTheAgeOn31DecemberOfTheYearBefore() {
        TaxYear r8 = TaxYear.reiwa(8);
        assertThat(r8.ageAtEndOfIncomeYear(LocalDate.of(1961, 1, 1))).isEqualTo(65);
        assertThat(r8.ageAtEndOfIncomeYear(LocalDate.of(1961, 1, 2))).isEqualTo(64);
    }

    @Test
    void ageOnTheAssessmentDateCountsTheBirthdayOf2January() {
        TaxYear r8 = TaxYear.reiwa(8);
        assertThat(r8.ageOnAssessmentDate(LocalDate.of(2008, 1, 2))).isEqualTo(18);
        assertThat(r8.ageOnAssessmentDate(LocalDate.of(2008, 1, 3))).isEqualTo(17);
    }

    @Test
    void aYearBeforeReiwaIsRejected() {
        assertThatThrownBy(() -> new TaxYear(2018)).isInstanceOf(IllegalArgumentException.class);
    }
}
