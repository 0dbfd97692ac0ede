package jp.kikan.individualresidenttax.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A 親族 in the taxpayer's 生計 (生計を一にする配偶者 or その他の親族, 青色・白色事業専従者 not included) with what the
 * 控除 of 地方税法 第314条の2 ask of them.
 *
 * @param birthDate               生年月日 (ages are taken on 12月31日 of the income year)
 * @param totalIncome             合計所得金額 of the relative
 * @param disability              障害者の区分
 * @param cohabitingLinealAscendant 同居老親等: a 直系尊属 of the taxpayer or spouse living with either (扶養控除 45万円)
 */
public record Relative(
        LocalDate birthDate, long totalIncome, Disability disability, boolean cohabitingLinealAscendant) {

    public Relative {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(disability, "disability");
        IncomeRules.requireNotNegative(totalIncome, "親族の合計所得金額");
    }

    /** A relative with no disability who is not a 同居老親等. */
    public static Relative of(LocalDate birthDate, long totalIncome) {
        return new Relative(birthDate, totalIncome, Disability.NONE, false);
    }
}
