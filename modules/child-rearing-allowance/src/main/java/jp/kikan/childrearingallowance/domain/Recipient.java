package jp.kikan.childrearingallowance.domain;

/** Who receives the allowance (受給資格者, 児童扶養手当法 第4条第1項). */
public enum Recipient {
    /** 母: her own income decides 全部支給 / 一部支給 / 支給停止 (第9条); 養育費 from the father counts at 80%. */
    MOTHER("母"),
    /** 父: as the mother (第9条); 養育費 from the mother counts at 80%. */
    FATHER("父"),
    /** 養育者 (孤児等の養育者): full amount or nothing, against the 扶養義務者 limit (第9条の2). */
    FOSTER("養育者");

    private final String japanese;

    Recipient(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    /** Whether this recipient is a parent (父又は母), with 一部支給 and the 養育費 rule. */
    public boolean isParent() {
        return this != FOSTER;
    }
}
