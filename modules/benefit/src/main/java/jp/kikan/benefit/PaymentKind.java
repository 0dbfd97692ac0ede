package jp.kikan.benefit;

/** 支払区分: whom a payment goes to. */
public enum PaymentKind {
    /** 定例: to the 受給者. */
    TEIKI,
    /** 未支払: the months of a deceased 受給者, to the person who claimed them (児童手当法 第12条 and the like). */
    MISHIHARAI
}
