package jp.kikan.childrearingallowance.domain;

/** The outcome of the income tests (児童扶養手当法 第9条〜第11条), or that no child counts, or that the 支給要件 fails. */
public enum Decision {
    FULL("全部支給"),
    PARTIAL("一部支給"),
    STOPPED("支給停止"),
    /** No child of those judged is a 児童 in the month (第3条第1項), so no 手当 at all (第4条第1項). */
    NO_CHILD("対象児童なし"),
    /** The 支給要件 does not hold in the month, or a 除外事由 applies (第4条), so no 手当. */
    NOT_QUALIFIED("支給要件非該当");

    private final String japanese;

    Decision(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
