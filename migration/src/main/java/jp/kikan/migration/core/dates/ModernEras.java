package jp.kikan.migration.core.dates;

import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.time.Era;
import org.jspecify.annotations.Nullable;

/**
 * The first days of 明治 … 令和, taken once from the platform's era table, so that the millions of plainly valid
 * dates of a migration are checked against their era without a table search each. Anything not plainly valid returns
 * null and goes through {@link jp.kikan.platform.time.WarekiDate}, which gives the exact reason.
 */
final class ModernEras {

    private static final List<Era> ERAS = List.of(Era.MEIJI, Era.TAISHO, Era.SHOWA, Era.HEISEI, Era.REIWA);
    private static final LocalDate[] STARTS = new LocalDate[ERAS.size()];

    static {
        for (int i = 0; i < ERAS.size(); i++) {
            STARTS[i] = ERAS.get(i).gregorianStart().orElseThrow();
        }
    }

    private ModernEras() {}

    /** The exact date when it is a Gregorian date (from 明治6年) inside its era, else null. */
    static @Nullable LegacyDate exact(Era era, int year, int month, int day) {
        int index = ERAS.indexOf(era);
        if (index < 0 || year < 1 || month < 1 || month > 12 || day < 1 || (era.equals(Era.MEIJI) && year < 6)) {
            return null;
        }
        int western = era.westernYear(year);
        if (day > 28 && day > LocalDate.of(western, month, 1).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(western, month, day);
        if (date.isBefore(STARTS[index]) || (index + 1 < STARTS.length && !date.isBefore(STARTS[index + 1]))) {
            return null;
        }
        return LegacyDate.of(date);
    }
}
