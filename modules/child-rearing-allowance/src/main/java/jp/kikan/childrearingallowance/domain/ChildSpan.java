package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A 対象児童 (監護等児童) on a 受給資格 over months: from the month the child first counts (支給開始 or the 増額改定月) to
 * the last month before a 減額改定 (or open).
 *
 * @param atenabango 宛名番号
 * @param birthDate  生年月日
 * @param from       the first month the child counts
 * @param to         the last month the child counts, {@code null} while open
 */
public record ChildSpan(
        String atenabango,
        LocalDate birthDate,
        YearMonth from,
        @Nullable YearMonth to) {

    public ChildSpan {
        Objects.requireNonNull(atenabango, "atenabango");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(from, "from");
    }

    /** Whether the child counts in {@code month} (before the age limit, which {@link MonthlyAmounts} applies). */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }
}
