package jp.kikan.residentregistry;

/** 住民票の状態: a resident, a resident who notified a 転出 (転出予定), or a removed record (消除, 除票). */
public enum RecordStatus {
    /** 住民. */
    RESIDENT("JUMIN"),
    /** 転出予定: the 転出届 was made; still a resident until the 転出確定. */
    MOVE_OUT_NOTIFIED("TENSHUTSU_YOTEI"),
    /** 消除: 転出, 死亡 or 職権消除; the record is a 除票. */
    REMOVED("SHOJO");

    private final String code;

    RecordStatus(String code) {
        this.code = code;
    }

    /** The code in the API and the database. */
    public String code() {
        return code;
    }

    /** The status with this code. */
    public static RecordStatus ofCode(String code) {
        for (RecordStatus s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status " + code);
    }

    /** Whether the person is on the registry (not 消除). */
    public boolean isResident() {
        return this != REMOVED;
    }
}
