package jp.kikan.childallowance.domain;

import org.jspecify.annotations.Nullable;

/**
 * The income test of the law before 2024-10 (児童手当法 第5条第1項, 附則第2条第1項), as applied.
 *
 * @param income     the recipient's 所得額
 * @param dependants 扶養親族等の数
 * @param limit      所得制限限度額 for those dependants (below it: 児童手当)
 * @param upperLimit 所得上限限度額 (at or above it: nothing), {@code null} before 2022-06
 * @param outcome    the benefit the test leads to
 * @param source     the provisions of the limits
 */
public record IncomeTest(
        long income, int dependants, long limit, @Nullable Long upperLimit, Regime outcome, String source) {}
