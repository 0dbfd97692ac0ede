package jp.kikan.migration.residentregistry.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.SourceRef;
import jp.kikan.platform.identifier.MyNumber;
import jp.kikan.platform.identifier.ResidentCode;
import org.jspecify.annotations.Nullable;

/**
 * An accepted 住民 record (current values; 住民基本台帳法 第7条): identity, household, address, and for 外国人住民 the
 * 第30条の45 items. Text is in 行政事務標準文字 (外字 mapped), N items full-width.
 *
 * @param seinengappi     生年月日, possibly 不詳 (then with 不詳表記)
 * @param setainushi      true when 続柄 is 01 世帯主
 * @param extras          source columns that are not defined items, by header name
 */
public record LegacyResident(
        SourceRef source,
        String atenabango,
        @Nullable ResidentCode juminhyokodo,
        @Nullable MyNumber kojinbango,
        CodeValue juminShubetsu,
        String shimei,
        @Nullable String shimeiFurigana,
        LegacyDate seinengappi,
        CodeValue seibetsu,
        String setaibango,
        CodeValue zokugara,
        boolean setainushi,
        LegacyDate juminninattaYmd,
        @Nullable LegacyDate juteiYmd,
        LegacyAddress jusho,
        @Nullable String honseki,
        @Nullable String hittosha,
        @Nullable String kokuseki,
        @Nullable String zairyushikaku,
        Map<String, String> extras) {

    public LegacyResident {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }
}
