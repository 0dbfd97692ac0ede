package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A child on a 受給資格 over months: from the month the child first counts (支給開始 or the 増額改定月) to the last
 * month before a 減額改定 (or open).
 *
 * @param atenabango 宛名番号
 * @param birthDate  生年月日
 * @param care       監護し生計を同じくする児童, or a child counted for the rank only
 * @param confirmed  監護相当・生計費の負担についての確認 (確認書) was made: needed for a child counted past 18歳年度末
 * @param from       the first month the child counts
 * @param to         the last month the child counts, {@code null} while open
 */
public record ChildSpan(
        String atenabango,
        LocalDate birthDate,
        Child.Care care,
        boolean confirmed,
        YearMonth from,
        @Nullable YearMonth to) {

    public ChildSpan {
        Objects.requireNonNull(atenabango, "atenabango");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(care, "care");
        Objects.requireNonNull(from, "from");
    }

    /** Whether the child counts in {@code month}. */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }
}
