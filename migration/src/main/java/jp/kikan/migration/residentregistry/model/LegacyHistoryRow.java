package jp.kikan.migration.residentregistry.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.model.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * An accepted 異動履歴 row of a resident: 異動事由, 異動日, 届出日, 処理日 and the values before and after the change
 * that legacy systems keep (address, household, name). Its resident is an accepted {@link LegacyResident}.
 *
 * @param rirekibango history number, unique per 宛名番号
 * @param extras      source columns that are not defined items, by header name
 */
public record LegacyHistoryRow(
        SourceRef source,
        String atenabango,
        int rirekibango,
        CodeValue idojiyu,
        LegacyDate idoYmd,
        @Nullable LegacyDate todokedeYmd,
        @Nullable LegacyDate shoriYmd,
        @Nullable String idomaeJusho,
        @Nullable String idogoJusho,
        @Nullable String idomaeSetaibango,
        @Nullable String idogoSetaibango,
        @Nullable String idomaeShimei,
        @Nullable String idogoShimei,
        Map<String, String> extras) {

    public LegacyHistoryRow {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }
}
