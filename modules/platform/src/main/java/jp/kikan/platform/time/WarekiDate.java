package jp.kikan.platform.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 和暦日付: a date written as 元号 + 年 (1 = 元年) + 月 + 日.
 *
 * <p>From 明治6年1月1日 (1873-01-01, 明治5年太政官布告第337号) the date is Gregorian and converts exactly both ways;
 * it must lie inside its era (平成31年5月1日 and 令和元年4月30日 do not exist). The day an era begins belongs to the new
 * era only (大正元年7月30日, not 明治45年7月30日), as in {@link java.time.chrono.JapaneseDate}.
 *
 * <p>Earlier dates are {@link CalendarSystem#LUNISOLAR 旧暦} dates, as found in 戸籍 and 除籍: month and day are kept as
 * written (with the 閏月 flag), the era year maps to the western year by {@code era.startYear() + year − 1}, and the
 * year must not pass the next era's start. Their exact Gregorian day is not computed: {@link #toLocalDate()} refuses
 * them, and {@link #toLocalDateAsRecorded()} gives a clearly named approximation.
 */
public final class WarekiDate {

    /** 明治6年1月1日, the first Gregorian day in Japan. */
    public static final LocalDate GREGORIAN_START = LocalDate.of(1873, 1, 1);

    private final Era era;
    private final int year;
    private final int month;
    private final boolean leapMonth;
    private final int day;
    private final CalendarSystem calendar;

    private WarekiDate(Era era, int year, int month, boolean leapMonth, int day, CalendarSystem calendar) {
        this.era = era;
        this.year = year;
        this.month = month;
        this.leapMonth = leapMonth;
        this.day = day;
        this.calendar = calendar;
    }

    /**
     * A date in {@code era}; Gregorian from 明治6年, 旧暦 before (without 閏月, see
     * {@link #ofLunisolar(Era, int, int, boolean, int)}).
     *
     * @throws InvalidValueException {@code invalid-date} or {@code wareki-out-of-era}
     */
    public static WarekiDate of(Era era, int year, int month, int day) {
        requireYearInEra(era, year);
        if (isLunisolarYear(era, year)) {
            return ofLunisolar(era, year, month, false, day);
        }
        LocalDate date;
        try {
            date = LocalDate.of(era.westernYear(year), month, day);
        } catch (DateTimeException e) {
            throw new InvalidValueException("invalid-date", "存在しない日付です");
        }
        LocalDate start = era.gregorianStart().orElseThrow();
        if (date.isBefore(start)) {
            throw new InvalidValueException("wareki-out-of-era", era.name() + "の元年より前の日付です");
        }
        era.nextModern().ifPresent(next -> {
            if (!date.isBefore(next.gregorianStart().orElseThrow())) {
                throw new InvalidValueException(
                        "wareki-out-of-era", next.name() + "に改元された後の日付です（" + era.name() + "ではありません）");
            }
        });
        return new WarekiDate(era, year, month, false, day, CalendarSystem.GREGORIAN);
    }

    /**
     * A 旧暦 date before 明治6年1月1日, month and day as recorded.
     *
     * @param leapMonth true for a 閏月 (whether that year had this 閏月 is not checked)
     * @throws InvalidValueException {@code invalid-date} or {@code wareki-out-of-era}
     */
    public static WarekiDate ofLunisolar(Era era, int year, int month, boolean leapMonth, int day) {
        requireYearInEra(era, year);
        if (!isLunisolarYear(era, year)) {
            throw new InvalidValueException("invalid-date", "明治6年1月1日以降は太陽暦の日付です");
        }
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new InvalidValueException("invalid-date", "旧暦の日付は1月から12月、1日から30日までです");
        }
        if (era.equals(Era.MEIJI) && year == 5 && month == 12 && day > 2) {
            throw new InvalidValueException("invalid-date", "明治5年12月3日から31日は改暦により存在しません");
        }
        return new WarekiDate(era, year, month, leapMonth, day, CalendarSystem.LUNISOLAR);
    }

    /**
     * The 和暦 of a Gregorian date from 1873-01-01.
     *
     * @throws InvalidValueException {@code wareki-out-of-range} before 1873-01-01
     */
    public static WarekiDate of(LocalDate date) {
        if (date.isBefore(GREGORIAN_START)) {
            throw new InvalidValueException("wareki-out-of-range", "明治6年1月1日より前の日付は旧暦のため、西暦から和暦に換算できません");
        }
        List<Era> eras = Era.values();
        for (int i = eras.size() - 1; i >= 0; i--) {
            Era era = eras.get(i);
            LocalDate start = era.gregorianStart().orElse(null);
            if (start != null && !date.isBefore(start)) {
                int year = date.getYear() - era.startYear() + 1;
                return new WarekiDate(
                        era, year, date.getMonthValue(), false, date.getDayOfMonth(), CalendarSystem.GREGORIAN);
            }
        }
        throw new IllegalStateException("no modern era for " + date);
    }

    private static boolean isLunisolarYear(Era era, int year) {
        return era.startCalendar() == CalendarSystem.LUNISOLAR || (era.equals(Era.MEIJI) && year < 6);
    }

    private static void requireYearInEra(Era era, int year) {
        if (year < 1) {
            throw new InvalidValueException("invalid-date", "年は元年（1年）以上で指定してください");
        }
        if (era.lastYear().isPresent() && year > era.lastYear().getAsInt()) {
            throw new InvalidValueException(
                    "wareki-out-of-era", era.name() + "は" + era.lastYear().getAsInt() + "年までです");
        }
    }

    /**
     * The exact Gregorian date.
     *
     * @throws InvalidValueException {@code wareki-lunisolar} for a 旧暦 date, whose Gregorian day is not computed
     */
    public LocalDate toLocalDate() {
        if (calendar == CalendarSystem.LUNISOLAR) {
            throw new InvalidValueException("wareki-lunisolar", "旧暦の日付は西暦の日付に換算できません（西暦年のみ換算できます）");
        }
        return LocalDate.of(westernYear(), month, day);
    }

    /**
     * For 旧暦 dates, NOT the historical day: the western year with the month and day numbers as recorded (a day past
     * the Gregorian month's end, e.g. 2月30日, becomes its last day). Only for fields that need a date type and accept
     * the recorded numbers, such as migrating a 生年月日 kept as written. For Gregorian dates, the exact date.
     */
    public LocalDate toLocalDateAsRecorded() {
        if (calendar == CalendarSystem.GREGORIAN) {
            return toLocalDate();
        }
        LocalDate first = LocalDate.of(westernYear(), month, 1);
        return first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
    }

    /** The western year; reliable for 旧暦 dates too (the year in which the 旧暦 year began). */
    public int westernYear() {
        return era.westernYear(year);
    }

    public Era era() {
        return era;
    }

    /** Era year, 1 for 元年. */
    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    /** True for a 旧暦 閏月; always false for Gregorian dates. */
    public boolean isLeapMonth() {
        return leapMonth;
    }

    public int day() {
        return day;
    }

    /** Gregorian from 1873-01-01, otherwise {@link CalendarSystem#LUNISOLAR}. */
    public CalendarSystem calendar() {
        return calendar;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof WarekiDate other
                && other.era.equals(era)
                && other.year == year
                && other.month == month
                && other.leapMonth == leapMonth
                && other.day == day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(era, year, month, leapMonth, day);
    }

    /** As {@link WarekiFormat#format(WarekiDate)}, e.g. 令和元年5月1日. */
    @Override
    public String toString() {
        return WarekiFormat.format(this);
    }
}
