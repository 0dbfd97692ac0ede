package jp.kikan.migration.core.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date read from legacy data: exact, or 不詳 (partly or wholly unknown) with its 不詳表記.
 *
 * <p>The standard writes dates as 西暦 {@code YYYY-MM-DD} and allows 不詳日 only where the item says so, with a 不詳フラグ
 * and a separate 不詳表記 text (N72). How the DATE value of a partly known date is written on the wire is not settled in
 * our sources, so this type keeps the known parts ({@code 0} for an unknown part) and {@link #isoText()} writes them
 * zero-filled ({@code 1970-00-00}); the loader decides the stored form.
 *
 * @param year       western year, 0 when unknown
 * @param month      1–12, 0 when unknown
 * @param day        1–31, 0 when unknown
 * @param fushoHyoki 不詳表記, e.g. 「昭和45年不詳」; null for an exact date
 */
public record LegacyDate(
        int year, int month, int day, @Nullable String fushoHyoki) {

    /** An exact date. */
    public static LegacyDate of(LocalDate date) {
        return new LegacyDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null);
    }

    /** True when part or all of the date is unknown (不詳フラグ). */
    public boolean isFusho() {
        return fushoHyoki != null;
    }

    /** The date when it is exact. */
    public Optional<LocalDate> date() {
        return isFusho() ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
    }

    /** {@code YYYY-MM-DD}, unknown parts as zeros, e.g. {@code 1970-01-02}, {@code 1970-00-00}, {@code 0000-00-00}. */
    public String isoText() {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public String toString() {
        return fushoHyoki == null ? isoText() : isoText() + " (" + fushoHyoki + ")";
    }
}
