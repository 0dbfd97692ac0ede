package jp.kikan.residentregistry;

import java.util.Arrays;
import java.util.Optional;

/**
 * 異動事由: why a version of a 住民票 was recorded. {@link #code()} is the code of the API and the events (the
 * official コード一覧 of the 住民記録システム標準仕様書 is still to be matched; see docs/glossary.md).
 */
public enum ChangeReason {
    MOVE_IN("TENNYU", "転入"),
    SPECIAL_MOVE_IN("TOKUREI_TENNYU", "特例転入"),
    EX_OFFICIO_ENTRY("SHOKKEN_KISAI", "職権記載"),
    BIRTH("SHUSSEI", "出生"),
    ADDRESS_CHANGE("TENKYO", "転居"),
    MOVE_OUT_NOTIFIED("TENSHUTSU_YOTEI", "転出予定"),
    MOVE_OUT("TENSHUTSU", "転出"),
    DEATH("SHIBO", "死亡"),
    HEAD_OF_HOUSEHOLD_CHANGE("SETAINUSHI_HENKO", "世帯主変更"),
    HOUSEHOLD_SEPARATION("SETAI_BUNRI", "世帯分離"),
    HOUSEHOLD_MERGER("SETAI_GAPPEI", "世帯合併"),
    HOUSEHOLD_COMPOSITION_CHANGE("SETAI_KOSEI_HENKO", "世帯構成変更"),
    EX_OFFICIO_CORRECTION("SHOKKEN_SHUSEI", "職権修正"),
    EX_OFFICIO_REMOVAL("SHOKKEN_SHOJO", "職権消除"),
    RESTORATION("KAIFUKU", "回復"),
    PERIOD_OF_STAY_RENEWAL("ZAIRYU_KIKAN_KOSHIN", "在留期間更新"),
    STATUS_OF_RESIDENCE_CHANGE("ZAIRYU_SHIKAKU_HENKO", "在留資格変更"),
    MIGRATION("IKO", "データ移行");

    private final String code;
    private final String japaneseName;

    ChangeReason(String code, String japaneseName) {
        this.code = code;
        this.japaneseName = japaneseName;
    }

    /** The code in the API and the events, e.g. {@code TENNYU}. */
    public String code() {
        return code;
    }

    /** 異動事由の名称, e.g. 転入. */
    public String japaneseName() {
        return japaneseName;
    }

    /** The reason with this code. */
    public static Optional<ChangeReason> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
