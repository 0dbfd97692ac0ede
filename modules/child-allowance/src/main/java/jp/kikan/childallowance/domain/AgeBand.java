package jp.kikan.childallowance.domain;

/** The 区分 of a child in a month, which with the rank decides the amount (児童手当法 第6条). */
public enum AgeBand {
    /** 3歳に満たない児童: up to the month that contains the third birthday. */
    UNDER_3("3歳未満"),
    /** 3歳以上小学校修了前の児童 (law before 2024-10): to the first 31 March after the 12th birthday. */
    FROM_3_TO_PRIMARY_END("3歳以上小学校修了前"),
    /** 小学校修了後中学校修了前の児童 (law before 2024-10): to the first 31 March after the 15th birthday. */
    JUNIOR_HIGH("小学校修了後中学校修了前"),
    /** 3歳以上の児童 up to 高校生年代 (law from 2024-10): to the first 31 March after the 18th birthday. */
    FROM_3_TO_HIGH_SCHOOL_END("3歳以上高校生年代まで"),
    /** Past the paid age, or a child counted for the rank only: counted, not paid. */
    RANK_ONLY("順位の算定のみ（支給対象外）"),
    /** Born in the month asked: counts from the following month (児童手当法 第8条第2項, 第9条第1項). */
    BORN_THIS_MONTH("出生月（翌月分から算定）"),
    /** Past the age up to which children are counted at all. */
    NOT_COUNTED("算定対象外");

    private final String japanese;

    AgeBand(String japanese) {
        this.japanese = japanese;
    }

    /** E.g. 「3歳未満」. */
    public String japanese() {
        return japanese;
    }
}
