package jp.kikan.migration.residentregistry.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.platform.identifier.MyNumber;
import org.jspecify.annotations.Nullable;

/**
 * An accepted 住登外者 (a person the municipality deals with who is not its resident; 住登外者宛名基本情報): the basic
 * four items (氏名, 生年月日, 性別, 住所) and the 宛名番号 from the 住登外者 pool.
 *
 * @param extras source columns that are not defined items, by header name
 */
public record LegacyNonResident(
        SourceRef source,
        String atenabango,
        @Nullable MyNumber kojinbango,
        String shimei,
        @Nullable String shimeiFurigana,
        @Nullable LegacyDate seinengappi,
        @Nullable CodeValue seibetsu,
        LegacyAddress jusho,
        Map<String, String> extras) {

    public LegacyNonResident {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }
}
