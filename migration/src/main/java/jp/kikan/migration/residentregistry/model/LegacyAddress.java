package jp.kikan.migration.residentregistry.model;

import jp.kikan.platform.identifier.LocalGovernmentCode;
import org.jspecify.annotations.Nullable;

/**
 * 住所 as the standard structures it (データ要件・連携要件標準仕様書, items {@code jusho_*}): 市区町村コード, 町字コード (ABR
 * {@code machiaza_id}), 都道府県, 市区郡町村名, 町字, 番地号表記, 方書 and its フリガナ, 郵便番号; for an address abroad 国名コード,
 * 国名等 and 国外住所. Absent items are null.
 */
public record LegacyAddress(
        @Nullable LocalGovernmentCode shikuchosonkodo,
        @Nullable String choazakodo,
        @Nullable String todofuken,
        @Nullable String shikugunchosonmei,
        @Nullable String choaza,
        @Nullable String banchigohyoki,
        @Nullable String katagaki,
        @Nullable String katagakiFurigana,
        @Nullable String yubinbango,
        @Nullable String kokumeikodo,
        @Nullable String kokumeito,
        @Nullable String kokugaijusho) {}
