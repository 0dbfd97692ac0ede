package jp.kikan.individualresidenttax.domain;

/**
 * 寡婦 (地方税法 第292条第1項第11号) or ひとり親 (同第12号) as the taxpayer's status at 12月31日 of the income year;
 * the ひとり親's sex matters only for the 人的控除額の差 of the 調整控除.
 */
public enum FamilyStatus {
    /** Neither 寡婦 nor ひとり親. */
    NONE,
    /** 寡婦. */
    WIDOW,
    /** ひとり親 (母). */
    SINGLE_MOTHER,
    /** ひとり親 (父). */
    SINGLE_FATHER;

    boolean isSingleParent() {
        return this == SINGLE_MOTHER || this == SINGLE_FATHER;
    }
}
