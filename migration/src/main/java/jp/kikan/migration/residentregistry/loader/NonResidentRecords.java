package jp.kikan.migration.residentregistry.loader;

import java.time.LocalDate;
import jp.kikan.addressee.ImportedNonResident;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.residentregistry.model.LegacyAddress;
import jp.kikan.migration.residentregistry.model.LegacyNonResident;
import org.jspecify.annotations.Nullable;

/**
 * A 住登外者 as the addressee module stores one: 基本4情報 with the address on one line (国内: 都道府県 市区郡町村名 町字
 * 番地号 and 方書 after a full-width space; 国外: 国名等 and 国外住所), 性別 0 (不明) when the legacy record has none. A 不詳
 * 生年月日 keeps its 不詳表記, with the 補完日 as date (none when even the year is unknown); the 個人番号 is not stored (the
 * addressee module has no place for it).
 */
final class NonResidentRecords {

    /** {@code addressee.non_resident.jusho}. */
    static final int ADDRESS_LENGTH = 300;

    private NonResidentRecords() {}

    /** Why the 住登外者 cannot be stored, or null when it can. */
    static VersionBuilder.@Nullable Refused refusal(LegacyNonResident n) {
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
                birthDate(birth),
                birth == null ? null : birth.fushoHyoki(),
                sex == null ? "0" : sex.code(),
                address,
                n.source().toString());
    }

    /**
     * The date of a 住登外者's birth: exact, the 補完日 of a partly known one (as for residents), or none when even the
     * year is unknown (the addressee record's birth date is optional; the 不詳表記 is kept either way).
     */
    private static @Nullable LocalDate birthDate(@Nullable LegacyDate birth) {
        if (birth == null || (birth.isFusho() && birth.year() == 0)) {
            return null;
        }
        return birth.isFusho()
                ? VersionBuilder.supplemented(birth)
                : birth.date().orElseThrow();
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
