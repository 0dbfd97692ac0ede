package jp.kikan.individualresidenttax.domain;

import java.util.List;

/**
 * 所得控除 in their 住民税 amounts (地方税法 第314条の2) and the 人的控除額の差 (第314条の6第1号イ) they give rise to.
 *
 * @param items                each 所得控除 granted, one line per control and person
 * @param total                所得控除の合計額
 * @param differences          each 人的控除額の差, one line per control and person
 * @param personalDifference   人的控除額の差の合計額
 * @param householdCount       同一生計配偶者 and 扶養親族 (年少 included) counted for the 非課税 限度額 (第295条第3項)
 */
public record Deductions(
        List<Step> items, long total, List<Step> differences, long personalDifference, int householdCount) {

    public Deductions {
        items = List.copyOf(items);
        differences = List.copyOf(differences);
    }
}
