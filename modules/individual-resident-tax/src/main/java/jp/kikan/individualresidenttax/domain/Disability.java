package jp.kikan.individualresidenttax.domain;

/**
 * 障害者の区分 for 障害者控除 (地方税法 第314条の2第1項第6号・第4項) and the 非課税 of 第295条第1項第2号.
 */
public enum Disability {
    /** 障害者に該当しない. */
    NONE,
    /** 障害者 (一般). */
    ORDINARY,
    /** 特別障害者. */
    SPECIAL,
    /** 同居特別障害者: a 特別障害者 who is the 同一生計配偶者 or 扶養親族 and lives with the taxpayer (relatives only). */
    SPECIAL_COHABITING;

    boolean isDisabled() {
        return this != NONE;
    }
}
