package jp.kikan.individualresidenttax.domain;

/**
 * 級地: the 生活保護法 の 級地区分 of the municipality, which picks the amounts of the 均等割 非課税 限度額 (地方税法施行令
 * 第47条の3). 1級地-1 and 1級地-2 are both {@link #GRADE_1}, and so on.
 */
public enum LivingStandardGrade {
    /** 1級地. */
    GRADE_1,
    /** 2級地. */
    GRADE_2,
    /** 3級地. */
    GRADE_3;

    /** The suffix of the parameter keys: {@code grade-1}. */
    String key() {
        return "grade-" + (ordinal() + 1);
    }
}
