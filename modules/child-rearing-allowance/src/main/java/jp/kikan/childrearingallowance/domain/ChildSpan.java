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
 * @param disability 障害の状態 and its evidence as recorded (児童扶養手当法施行令 第1条・別表第一)
 */
public record ChildSpan(
        String atenabango,
        LocalDate birthDate,
        YearMonth from,
        @Nullable YearMonth to,
        DisabilityState disability) {

    public ChildSpan {
        Objects.requireNonNull(atenabango, "atenabango");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(disability, "disability");
    }

    /** A child not in a 障害の状態. */
    public ChildSpan(String atenabango, LocalDate birthDate, YearMonth from, @Nullable YearMonth to) {
        this(atenabango, birthDate, from, to, DisabilityState.none());
    }

    /** The facts {@link ChildEligibility} judges. */
    public ChildFacts facts() {
        return new ChildFacts(birthDate, disability);
    }

    /** Whether the child is on the 受給資格 in {@code month} (before its age and 障害の状態, which {@link ChildEligibility} judges). */
    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && (to == null || !month.isAfter(to));
    }
}
