package jp.kikan.platform.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;

/**
 * 年齢 in law. 年齢計算ニ関スル法律 (明治35年法律第50号) counts age from the day of birth, and 民法 第143条 ends each year
 * on the day before the anniversary: a person attains the next age at the end of the day before the birthday. Someone
 * born on 4月1日 therefore reaches every age on 3月31日 (which is why 4月1日生まれ belong to the earlier 学年), and someone
 * born on 2月29日 reaches it on 2月28日 (民法 第143条第2項 ただし書: without a corresponding day, the period ends on the
 * last day of the month).
 */
public final class Ages {

    private Ages() {}

    /** The age in law on {@code date}, counting the age attained during that day (at its end). */
    public static int ageOn(LocalDate birth, LocalDate date) {
        if (date.isBefore(birth)) {
            throw new IllegalArgumentException("date " + date + " is before birth " + birth);
        }
        return Period.between(birth, date.plusDays(1)).getYears();
    }

    /** The day on which {@code age} is attained (達する日): the day before the birthday, 2月28日 for 2月29日 births. */
    public static LocalDate dateOfReaching(LocalDate birth, int age) {
        if (age < 1) {
            throw new IllegalArgumentException("age must be at least 1: " + age);
        }
        LocalDate anniversary = birth.plusYears(age);
        // No corresponding day (2/29 in a common year): plusYears clamps to the month's last day, where the year ends.
        return anniversary.getDayOfMonth() != birth.getDayOfMonth() ? anniversary : anniversary.minusDays(1);
    }

    /**
     * The first 3月31日 on or after the day {@code age} is attained, e.g. 児童手当法 第3条第1項 「18歳に達する日以後の最初の
     * 3月31日」 (児童 until the end of the 年度 in which the child turns 18).
     */
    public static LocalDate endOfFiscalYearOfReaching(LocalDate birth, int age) {
        LocalDate reached = dateOfReaching(birth, age);
        LocalDate march31 = LocalDate.of(reached.getYear(), Month.MARCH, 31);
        return reached.isAfter(march31) ? march31.plusYears(1) : march31;
    }
}
