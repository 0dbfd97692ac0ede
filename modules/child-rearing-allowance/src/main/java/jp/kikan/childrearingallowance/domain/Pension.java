package jp.kikan.childrearingallowance.domain;

/**
 * A 公的年金給付 or 遺族補償等 that reduces the 手当 (児童扶養手当法 第13条の2): its kind and its amount, yearly or
 * monthly as given.
 *
 * @param kind   which provision reduces the 手当, and which part of the pension is compared
 * @param amount yen, not negative: for {@link Kind#DISABILITY_BASIC_CHILD_ADDITION} only the 子の加算部分
 * @param annual whether {@code amount} is a 年額 (divided by 12) or a 月額
 */
public record Pension(Kind kind, long amount, boolean annual) {

    /** Which pension, and the provision. */
    public enum Kind {
        /**
         * The 受給資格者's 障害基礎年金等 (第13条の2第2項第1号): since 2021-03 only its 子の加算部分 is compared
         * (第13条の2第3項, 令和2年法律第40号).
         */
        DISABILITY_BASIC_CHILD_ADDITION("障害基礎年金等の子の加算部分", "児童扶養手当法 第13条の2第2項第1号、第3項"),
        /** Another 公的年金給付 or 遺族補償等 of the 受給資格者 (老齢・遺族・労災…), compared in full (第13条の2第2項第2号). */
        RECIPIENT_OTHER("受給資格者の公的年金給付等（障害基礎年金等以外）", "児童扶養手当法 第13条の2第2項第2号"),
        /**
         * A pension of a child (遺族年金 on the parent's death, the 加算 for the child in a parent's pension, 遺族補償):
         * compared in full (第13条の2第1項).
         */
        CHILD("児童に係る公的年金給付等", "児童扶養手当法 第13条の2第1項");

        private final String japanese;
        private final String source;

        Kind(String japanese, String source) {
            this.japanese = japanese;
            this.source = source;
        }

        public String japanese() {
            return japanese;
        }

        public String source() {
            return source;
        }
    }
}
