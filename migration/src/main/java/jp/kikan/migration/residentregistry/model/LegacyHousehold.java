package jp.kikan.migration.residentregistry.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.migration.core.model.SourceRef;

/**
 * An accepted 世帯: its 世帯番号 and its 世帯主 (who is an accepted resident of this household with 続柄 世帯主).
 *
 * @param extras source columns that are not defined items, by header name, kept so the loader loses nothing
 */
public record LegacyHousehold(
        SourceRef source, String setaibango, String setainushiAtenabango, Map<String, String> extras) {

    public LegacyHousehold {
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }
}
