package jp.kikan.childallowance.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The explanation of one child's part of a month's amount.
 *
 * @param index     the child's position in the request (0-based), to match it back
 * @param birthDate 生年月日
 * @param rank      第n子 among the children counted for the rank, or {@code null} when not counted
 * @param band      the 区分 in the month
 * @param amount    the amount for this child, in yen
 * @param rule      the rule applied, in Japanese
 * @param source    the provision (and the parameter period) the amount comes from
 */
public record ChildLine(
        int index,
        LocalDate birthDate,
        @Nullable Integer rank,
        AgeBand band,
        long amount,
        String rule,
        String source) {}
