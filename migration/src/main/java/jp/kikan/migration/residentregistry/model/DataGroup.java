package jp.kikan.migration.residentregistry.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The resident registry's data groups that a legacy set carries, one file each (基本データリスト: one グループ = one
 * file). The romaji ids name the files ({@code jumin.csv}); they are Kikan's, the official グループ names of the
 * 基本データリスト are to be verified. Declared in the order a run reads them: a household before its members, a person
 * before its history.
 */
public enum DataGroup {
    /** 世帯: one row per household. */
    SETAI("setai", "世帯"),
    /** 住民: the current record of each resident (日本人住民 and 外国人住民). */
    JUMIN("jumin", "住民"),
    /** 住登外者: people the municipality deals with who are not registered residents (住登外者宛名). */
    JUTOGAISHA("jutogaisha", "住登外者"),
    /** 異動履歴: one row per change (異動) of a resident. */
    IDORIREKI("idorireki", "異動履歴");

    private final String id;
    private final String japaneseName;

    DataGroup(String id, String japaneseName) {
        this.id = id;
        this.japaneseName = japaneseName;
    }

    /** Romaji id, also the file name stem, e.g. {@code jumin}. */
    public String id() {
        return id;
    }

    public String japaneseName() {
        return japaneseName;
    }

    public static Optional<DataGroup> byId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        for (DataGroup g : values()) {
            if (g.id.equals(key)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
