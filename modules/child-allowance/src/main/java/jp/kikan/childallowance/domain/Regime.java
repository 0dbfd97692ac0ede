package jp.kikan.childallowance.domain;

/** Which benefit a month's amount is, after the income test of the law before 2024-10. */
public enum Regime {
    /** 児童手当 (本則): always from 2024-10; before, when 所得 was below the 所得制限限度額 (or before 2012-06). */
    ALLOWANCE("児童手当"),
    /** 特例給付 (児童手当法 附則第2条): 所得 at or above the 所得制限限度額 and below the 所得上限限度額, 2012-06 to 2024-09. */
    SPECIAL_BENEFIT("特例給付"),
    /** Nothing: 所得 at or above the 所得上限限度額 (2022-06 to 2024-09), or no child to pay. */
    NONE("支給なし");

    private final String japanese;

    Regime(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
