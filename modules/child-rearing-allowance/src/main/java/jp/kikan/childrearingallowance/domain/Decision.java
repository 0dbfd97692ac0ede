package jp.kikan.childrearingallowance.domain;

/** The outcome of the income tests (児童扶養手当法 第9条〜第11条). */
public enum Decision {
    FULL("全部支給"),
    PARTIAL("一部支給"),
    STOPPED("支給停止");

    private final String japanese;

    Decision(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }
}
