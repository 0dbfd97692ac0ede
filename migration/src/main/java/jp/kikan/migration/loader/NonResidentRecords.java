package jp.kikan.migration.loader;

import jp.kikan.addressee.ImportedNonResident;
import jp.kikan.migration.dates.LegacyDate;
import jp.kikan.migration.model.CodeValue;
import jp.kikan.migration.model.LegacyAddress;
import jp.kikan.migration.model.LegacyNonResident;
import org.jspecify.annotations.Nullable;

/**
 * A 住登外者 as the addressee module stores one: 基本4情報 with the address on one line (国内: 都道府県 市区郡町村名 町字
 * 番地号 and 方書 after a full-width space; 国外: 国名等 and 国外住所), 性別 0 (不明) when the legacy record has none. A 不詳
 * 生年月日 is refused (the addressee module records exact dates only); the 個人番号 is not stored (the addressee module
 * has no place for it).
 */
final class NonResidentRecords {

    /** {@code addressee.non_resident.jusho}. */
    static final int ADDRESS_LENGTH = 300;

    private NonResidentRecords() {}

    /** Why the 住登外者 cannot be stored, or null when it can. */
    static VersionBuilder.@Nullable Refused refusal(LegacyNonResident n) {
        LegacyDate birth = n.seinengappi();
        if (birth != null && birth.isFusho()) {
            return new VersionBuilder.Refused(
                    "birth-date-fusho", "生年月日：不詳（" + birth.fushoHyoki() + "）です。住登外者の宛名は不詳の生年月日をまだ記録できないため格納しません");
        }
        String address = oneLine(n.jusho());
        if (address != null && address.length() > ADDRESS_LENGTH) {
            return new VersionBuilder.Refused(
                    "address-too-long",
                    "住所：1行にすると " + address.length() + " 文字になり、宛名の住所（" + ADDRESS_LENGTH + " 文字）に収まりません");
        }
        return null;
    }

    /** The addressee record of a 住登外者 without {@link #refusal}. */
    static ImportedNonResident convert(LegacyNonResident n) {
        LegacyDate birth = n.seinengappi();
        String address = oneLine(n.jusho());
        CodeValue sex = n.seibetsu();
        return new ImportedNonResident(
                n.atenabango(),
                n.shimei(),
                n.shimeiFurigana(),
                birth == null ? null : birth.date().orElseThrow(),
                sex == null ? "0" : sex.code(),
                address,
                n.source().toString());
    }

    static @Nullable String oneLine(LegacyAddress a) {
        StringBuilder b = new StringBuilder();
        if (a.kokumeito() != null || a.kokugaijusho() != null) {
            append(b, a.kokumeito());
            if (a.kokugaijusho() != null) {
                b.append(b.length() > 0 ? "　" : "").append(a.kokugaijusho());
            }
        } else {
            append(b, a.todofuken());
            append(b, a.shikugunchosonmei());
            append(b, a.choaza());
            append(b, a.banchigohyoki());
            if (a.katagaki() != null) {
                b.append(b.length() > 0 ? "　" : "").append(a.katagaki());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    private static void append(StringBuilder b, @Nullable String part) {
        if (part != null) {
            b.append(part);
        }
    }
}
