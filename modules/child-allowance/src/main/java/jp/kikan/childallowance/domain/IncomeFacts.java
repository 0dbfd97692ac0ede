package jp.kikan.childallowance.domain;

import org.jspecify.annotations.Nullable;

/**
 * The 受給者's 所得 for the income test of the law before 2024-10 (児童手当法 第5条, 附則第2条), needed only when a month
 * before 2024-10 is paid (遡及, 未支払).
 *
 * @param income            所得額, or {@code null} when not given
 * @param dependants        扶養親族等の数
 * @param elderlyDependants 老人控除対象配偶者・老人扶養親族の数
 */
public record IncomeFacts(@Nullable Long income, @Nullable Integer dependants, int elderlyDependants) {

    /** No income given (enough for every month from 2024-10). */
    public static final IncomeFacts NONE = new IncomeFacts(null, null, 0);
}
