package jp.kikan.childrearingallowance.domain;

/**
 * A part of the month's 手当 not paid although the income tests allow it, with its reason and provision.
 *
 * @param kind        公的年金等との併給調整 or 一部支給停止
 * @param amount      the yen not paid (the 支給停止額)
 * @param explanation how, with the rounding, in Japanese
 * @param source      the provision
 */
public record Reduction(Kind kind, long amount, String explanation, String source) {

    /** Why a part is not paid. */
    public enum Kind {
        /** 公的年金給付等との併給調整 (児童扶養手当法 第13条の2). */
        PENSION("公的年金給付等との併給調整"),
        /** 5年等経過による一部支給停止 (児童扶養手当法 第13条の3, 施行令 第7条). */
        PARTIAL_STOP("受給開始から5年等経過による一部支給停止");

        private final String japanese;

        Kind(String japanese) {
            this.japanese = japanese;
        }

        public String japanese() {
            return japanese;
        }
    }
}
