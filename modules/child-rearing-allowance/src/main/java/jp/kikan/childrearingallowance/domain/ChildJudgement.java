package jp.kikan.childrearingallowance.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * 対象児童の判定: whether one child is a 児童 in a month, and why.
 *
 * @param position  the child's position, from 1
 * @param birthDate 生年月日
 * @param counts    whether the child counts in the month
 * @param lastMonth the last month the child is a 児童 by its age and 障害の状態, {@code null} if not yet born
 * @param reason    why, in Japanese
 * @param source    the provision
 */
public record ChildJudgement(
        int position,
        LocalDate birthDate,
        boolean counts,
        @Nullable YearMonth lastMonth,
        String reason,
        String source) {}
