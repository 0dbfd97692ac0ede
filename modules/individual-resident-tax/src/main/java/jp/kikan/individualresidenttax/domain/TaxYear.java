package jp.kikan.individualresidenttax.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * 課税年度 (the fiscal year of the assessment): 令和8年度 is assessed on the 所得 of 令和7年 (the 前年) as of the 賦課期日
 * 1月1日 of 2026 (地方税法 第39条・第318条). The law of a 年度 is the law in force on its 賦課期日, so every parameter is
 * read on {@link #assessmentDate()}.
 *
 * <p>Ages follow 年齢計算ニ関スル法律: a person becomes a year older at the end of the day before the birthday, so
 * someone born on 1月1日 has reached the age on 12月31日 of the year before.
 *
 * @param fiscalYear the Gregorian year of the 年度 and of its 賦課期日 (2026 for 令和8年度)
 */
public record TaxYear(int fiscalYear) {

    /** 令和元年 is 2019: 令和 n 年 is 2018 + n. */
    private static final int REIWA_OFFSET = 2018;

    public TaxYear {
        if (fiscalYear <= REIWA_OFFSET) {
            throw new IllegalArgumentException("a 課税年度 of 令和 (2019 or later) is expected, not " + fiscalYear);
        }
    }

    /** 令和 {@code year} 年度, e.g. {@code reiwa(8)} for 令和8年度 (2026). */
    public static TaxYear reiwa(int year) {
        return new TaxYear(REIWA_OFFSET + year);
    }

    /** 賦課期日: 1月1日 of the 年度. */
    public LocalDate assessmentDate() {
        return LocalDate.of(fiscalYear, 1, 1);
    }

    /** The year whose 所得 is taxed (前年). */
    public int incomeYear() {
        return fiscalYear - 1;
    }

    /** 前年12月31日現在の年齢: the age reached by the end of 12月31日 of the income year. */
    public int ageAtEndOfIncomeYear(LocalDate birthDate) {
        Objects.requireNonNull(birthDate, "birthDate");
        return Period.between(birthDate, assessmentDate()).getYears();
    }

    /** 賦課期日現在の年齢: the age reached by the end of 1月1日 of the 年度. */
    public int ageOnAssessmentDate(LocalDate birthDate) {
        Objects.requireNonNull(birthDate, "birthDate");
        return Period.between(birthDate, assessmentDate().plusDays(1)).getYears();
    }

    /** 「令和8年度」. */
    public String label() {
        return "令和" + (fiscalYear - REIWA_OFFSET) + "年度";
    }
}
