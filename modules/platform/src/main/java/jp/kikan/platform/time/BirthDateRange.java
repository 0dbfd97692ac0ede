package jp.kikan.platform.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The days a recorded 生年月日 may stand for: one day for an exact date; for a partly unknown one (不詳, recorded as its
 * 補完日, the first day of the known part, with its 不詳表記) the whole known part: the month from its first day, or the
 * year when the 補完日 is 1 January (only the year known, or January known: the year is the range that never
 * excludes the person).
 *
 * <p>名寄せ and searches by birth date use it so that a 補完日 is never taken for an exact date, and a person whose
 * birth date is partly unknown is still found by a date within it. A query finds them by {@link #supplementedDates}:
 * a partly unknown birth date may fall in a range exactly when its 補完日 is one of those.
 *
 * @param first the first day
 * @param last  the last day (equal to {@code first} for an exact date)
 */
public record BirthDateRange(LocalDate first, LocalDate last) {

    public BirthDateRange {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last day before first: " + first + " " + last);
        }
    }

    /**
     * @param date  the recorded birth date (the 補完日 when {@code fusho} is given)
     * @param fusho the 不詳表記, or null for an exact date
     */
    public static BirthDateRange of(LocalDate date, @Nullable String fusho) {
        if (fusho == null) {
            return new BirthDateRange(date, date);
        }
        if (date.getMonthValue() == 1 && date.getDayOfMonth() == 1) {
            return new BirthDateRange(date, date.plusYears(1).minusDays(1));
        }
        return new BirthDateRange(date, date.plusMonths(1).minusDays(1));
    }

    /**
     * The 補完日 whose range overlaps this one: 1 January of each of its years (the year known) and the first day of
     * each of its months (the month known). A stored partly unknown birth date may fall in this range exactly when its
     * 補完日 is one of these; for one day, they are 1 January and the first of its month.
     */
    public List<LocalDate> supplementedDates() {
        Set<LocalDate> out = new TreeSet<>();
        for (LocalDate year = first.withDayOfYear(1); !year.isAfter(last); year = year.plusYears(1)) {
            out.add(year);
        }
        for (LocalDate month = first.withDayOfMonth(1); !month.isAfter(last); month = month.plusMonths(1)) {
            out.add(month);
        }
        return List.copyOf(out);
    }

    /** One day only. */
    public boolean exact() {
        return first.equals(last);
    }

    /** Whether both may be the same day. */
    public boolean overlaps(BirthDateRange other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /** Whether both are the same exact day. */
    public boolean sameDay(BirthDateRange other) {
        return exact() && other.exact() && first.equals(other.first);
    }
}
