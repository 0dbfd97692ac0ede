package jp.kikan.benefit.entitlement;

/**
 * 状態 of a 受給資格: where it is in its life. Each law stores it under its own codes ({@link PhaseCodes}); only the
 * end differs in name (児童手当 消滅, 児童扶養手当 資格喪失).
 */
public enum Phase {
    /** 認定請求中: claimed, not yet decided. */
    CLAIMED,
    /** 認定: granted and paid. */
    GRANTED,
    /** 却下: refused. */
    REJECTED,
    /** 消滅 or 資格喪失: ended after being granted; paid through its last month. */
    ENDED;

    /** Claimed or granted: a 受給者 holds at most one such 受給資格 of a law. */
    public boolean isActive() {
        return this == CLAIMED || this == GRANTED;
    }
}
