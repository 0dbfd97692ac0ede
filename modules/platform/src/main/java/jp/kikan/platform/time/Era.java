package jp.kikan.platform.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import jp.kikan.platform.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * 元号 (era name): every era from 大化 (645) to 令和, including both courts of the 南北朝時代. Since 1979 eras are
 * fixed by 政令 under 元号法 (昭和54年法律第43号), e.g. 元号を改める政令 (平成31年政令第143号) for 令和.
 *
 * <p>The table lives in {@code eras.tsv} next to this class (sources in its header). Start dates before 明治 are 旧暦
 * dates; from 明治 they are Gregorian. 明治 starts on 1868-01-25 (慶応4年1月1日), the day the 改元の詔 of 慶応4年9月8日
 * applied retroactively; {@link java.time.chrono.JapaneseEra#MEIJI} uses 1868-01-01 instead. The two agree from
 * 1873-01-01, the only range where exact Gregorian conversion is offered.
 */
public final class Era {

    /** 明治, 1868–1912. */
    public static final Era MEIJI = of("明治");
    /** 大正, 1912-07-30–1926-12-24. */
    public static final Era TAISHO = of("大正");
    /** 昭和, 1926-12-25–1989-01-07. */
    public static final Era SHOWA = of("昭和");
    /** 平成, 1989-01-08–2019-04-30 (元号を改める政令 昭和64年政令第1号). */
    public static final Era HEISEI = of("平成");
    /** 令和, from 2019-05-01 (元号を改める政令 平成31年政令第143号). */
    public static final Era REIWA = of("令和");

    private final String name;
    private final String reading;
    private final String romaji;
    private final int startYear;
    private final int startMonth;
    private final int startDay;
    private final CalendarSystem startCalendar;
    private final Court court;
    private final int lastYear;

    Era(
            String name,
            String reading,
            String romaji,
            int startYear,
            int startMonth,
            int startDay,
            CalendarSystem startCalendar,
            Court court,
            int lastYear) {
        this.name = name;
        this.reading = reading;
        this.romaji = romaji;
        this.startYear = startYear;
        this.startMonth = startMonth;
        this.startDay = startDay;
        this.startCalendar = startCalendar;
        this.court = court;
        this.lastYear = lastYear;
    }

    /** All eras in order of 改元 (248 entries, the two courts interleaved by date). */
    public static List<Era> values() {
        return EraTable.ERAS;
    }

    /** The era with this kanji name, e.g. {@code 令和}. */
    public static Optional<Era> byName(String name) {
        return Optional.ofNullable(EraTable.BY_NAME.get(name));
    }

    /**
     * @throws InvalidValueException {@code wareki-unknown-era}
     */
    public static Era of(String name) {
        Era era = EraTable.BY_NAME.get(name);
        if (era == null) {
            throw new InvalidValueException("wareki-unknown-era", "元号「" + name + "」は存在しません");
        }
        return era;
    }

    /** The modern era for its one-letter abbreviation M, T, S, H or R (either case). */
    public static Optional<Era> byAbbreviation(char letter) {
        switch (Character.toUpperCase(letter)) {
            case 'M':
                return Optional.of(MEIJI);
            case 'T':
                return Optional.of(TAISHO);
            case 'S':
                return Optional.of(SHOWA);
            case 'H':
                return Optional.of(HEISEI);
            case 'R':
                return Optional.of(REIWA);
            default:
                return Optional.empty();
        }
    }

    /** The one-letter abbreviation used on forms (M, T, S, H, R); empty before 明治. */
    public Optional<String> abbreviation() {
        return startCalendar == CalendarSystem.GREGORIAN ? Optional.of(romaji.substring(0, 1)) : Optional.empty();
    }

    /** Kanji name, e.g. 令和. */
    public String name() {
        return name;
    }

    /** Reading in hiragana, e.g. れいわ (before 明治 the customary reading). */
    public String reading() {
        return reading;
    }

    /** Romanised name, e.g. Reiwa. */
    public String romaji() {
        return romaji;
    }

    /** Western year of 元年; era year n is the western year {@code startYear() + n − 1}. */
    public int startYear() {
        return startYear;
    }

    /** Month of the 改元 date, in {@link #startCalendar()}. */
    public int startMonth() {
        return startMonth;
    }

    /** Day of the 改元 date, in {@link #startCalendar()}. */
    public int startDay() {
        return startDay;
    }

    /** The calendar in which {@link #startYear()}/{@link #startMonth()}/{@link #startDay()} are expressed. */
    public CalendarSystem startCalendar() {
        return startCalendar;
    }

    /** The exact first day for 明治 and later; empty before 明治 (旧暦 start). */
    public Optional<LocalDate> gregorianStart() {
        return startCalendar == CalendarSystem.GREGORIAN
                ? Optional.of(LocalDate.of(startYear, startMonth, startDay))
                : Optional.empty();
    }

    /** 南朝, 北朝 or both. */
    public Court court() {
        return court;
    }

    /** The last valid era year (e.g. 64 for 昭和, 31 for 平成); empty for the current era. */
    public OptionalInt lastYear() {
        return lastYear == 0 ? OptionalInt.empty() : OptionalInt.of(lastYear);
    }

    /** The western year of era year {@code eraYear} (1 = 元年). */
    public int westernYear(int eraYear) {
        return startYear + eraYear - 1;
    }

    /** The next modern era, used to bound Gregorian dates; empty for 令和 and for eras before 明治. */
    Optional<Era> nextModern() {
        if (startCalendar != CalendarSystem.GREGORIAN) {
            return Optional.empty();
        }
        // The Gregorian eras are the last few of the table: search from its end (this runs for every 和暦 date made).
        for (int i = EraTable.ERAS.size() - 1; i > 0; i--) {
            if (EraTable.ERAS.get(i - 1).equals(this)) {
                return Optional.of(EraTable.ERAS.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Era other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
