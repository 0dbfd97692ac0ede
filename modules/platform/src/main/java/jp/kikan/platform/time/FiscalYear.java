package jp.kikan.platform.time;

import java.time.LocalDate;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 年度 (fiscal year of a 地方公共団体): 4月1日 to the following 3月31日, 地方自治法 第208条第1項. Identified by the western
 * year in which it starts (2024 = 2024-04-01 to 2025-03-31 = 令和6年度).
 */
public final class FiscalYear implements Comparable<FiscalYear> {

    private final int year;

    private FiscalYear(int year) {
        this.year = year;
    }

    /** The 年度 that starts on April 1 of {@code year}. */
    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    /** The 年度 containing {@code date}. */
    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** The western year in which this 年度 starts. */
    public int year() {
        return year;
    }

    /** 4月1日. */
    public LocalDate start() {
        return LocalDate.of(year, 4, 1);
    }

    /** 3月31日 of the next year (the 出納整理期間 until 5月31日, 地方自治法 第235条の5, is not included). */
    public LocalDate end() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(year - 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /**
     * E.g. 「令和6年度」, named by the era in force on 4月1日. So 2019 gives 「平成31年度」; for 「令和元年度」, the name
     * used after the 改元 of 2019-05-01, use {@link #format(Era)}.
     */
    public String format() {
        WarekiDate start = WarekiDate.of(start());
        return start.era().name() + WarekiFormat.yearText(start.year()) + "年度";
    }

    /**
     * This 年度 named in {@code era}, e.g. {@code FiscalYear.of(2019).format(Era.REIWA)} = 「令和元年度」.
     *
     * @throws InvalidValueException {@code wareki-out-of-era} when {@code era} was not in force during the 年度
     */
    public String format(Era era) {
        LocalDate eraStart = era.gregorianStart()
                .orElseThrow(() -> new InvalidValueException("wareki-out-of-era", era.name() + "の年度は表示できません"));
        LocalDate eraEnd = era.nextModern().flatMap(Era::gregorianStart).orElse(LocalDate.MAX);
        if (eraStart.isAfter(end()) || !eraEnd.isAfter(start())) {
            throw new InvalidValueException("wareki-out-of-era", "この年度は" + era.name() + "の期間にありません");
        }
        return era.name() + WarekiFormat.yearText(year - era.startYear() + 1) + "年度";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof FiscalYear other && other.year == year;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(year);
    }

    /** The western form, e.g. {@code 2024年度}. */
    @Override
    public String toString() {
        return year + "年度";
    }
}
