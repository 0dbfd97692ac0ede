package jp.kikan.migration.residentregistry.validation;

import java.util.Objects;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.core.validation.CheckedRecord;
import jp.kikan.migration.residentregistry.model.LegacyAddress;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyHousehold;
import jp.kikan.migration.residentregistry.model.LegacyNonResident;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.platform.identifier.MyNumber;
import jp.kikan.platform.identifier.ResidentCode;
import org.jspecify.annotations.Nullable;

/** Builds the typed records of records that passed every check (required items are then present). */
final class TypedRecords {

    private TypedRecords() {}

    static LegacyHousehold household(CheckedRecord r) {
        return new LegacyHousehold(
                r.source(), required(r.text("setaibango")), required(r.text("setainushi_atenabango")), r.extras());
    }

    static LegacyResident resident(CheckedRecord r) {
        CodeValue zokugara = required(r.code("zokugara"));
        return new LegacyResident(
                r.source(),
                required(r.text("atenabango")),
                r.typed("juminhyokodo", ResidentCode.class),
                r.typed("kojinbango", MyNumber.class),
                required(r.code("jumin_shubetsu")),
                required(r.text("shimei")),
                r.text("shimei_furigana"),
                birth(r, required(r.date("seinengappi"))),
                required(r.code("seibetsu")),
                required(r.text("setaibango")),
                zokugara,
                "01".equals(zokugara.code()),
                required(r.date("juminninatta_ymd")),
                r.date("jutei_ymd"),
                address(r),
                r.text("honseki"),
                r.text("hittosha"),
                r.text("kokuseki"),
                r.text("zairyushikaku"),
                r.extras());
    }

    static LegacyNonResident nonResident(CheckedRecord r) {
        LegacyDate birth = r.date("seinengappi");
        return new LegacyNonResident(
                r.source(),
                required(r.text("atenabango")),
                r.typed("kojinbango", MyNumber.class),
                required(r.text("shimei")),
                r.text("shimei_furigana"),
                birth == null ? null : birth(r, birth),
                r.code("seibetsu"),
                address(r),
                r.extras());
    }

    static LegacyHistoryRow history(CheckedRecord r) {
        return new LegacyHistoryRow(
                r.source(),
                required(r.text("atenabango")),
                (Integer) required(r.value("rirekibango")),
                required(r.code("idojiyu")),
                required(r.date("idoymd")),
                r.date("todokedeymd"),
                r.date("shoriymd"),
                r.text("idomae_jusho"),
                r.text("idogo_jusho"),
                r.text("idomae_setaibango"),
                r.text("idogo_setaibango"),
                r.text("idomae_shimei"),
                r.text("idogo_shimei"),
                r.extras());
    }

    /** The 不詳フラグ and 不詳表記 items, where given, take precedence over what the date's form says. */
    private static LegacyDate birth(CheckedRecord r, LegacyDate date) {
        CodeValue flag = r.code("seinengappi_fushofuragu");
        String hyoki = r.text("seinengappi_fushohyoki");
        boolean fusho = date.isFusho() || (flag != null && "1".equals(flag.code()));
        if (!fusho) {
            return date;
        }
        String text = hyoki != null ? hyoki : date.fushoHyoki() != null ? date.fushoHyoki() : "不詳";
        return new LegacyDate(date.year(), date.month(), date.day(), text);
    }

    private static LegacyAddress address(CheckedRecord r) {
        return new LegacyAddress(
                r.typed("jusho_shikuchosonkodo", LocalGovernmentCode.class),
                r.text("jusho_choazakodo"),
                r.text("jusho_todofuken"),
                r.text("jusho_shikugunchosonmei"),
                r.text("jusho_choaza"),
                r.text("jusho_banchigohyoki"),
                r.text("jusho_katagaki"),
                r.text("jusho_katagaki_furigana"),
                r.text("jusho_yubinbango"),
                r.text("jusho_kokumeikodo"),
                r.text("jusho_kokumeito"),
                r.text("jusho_kokugaijusho"));
    }

    private static <T> T required(@Nullable T value) {
        return Objects.requireNonNull(value, "a required item of an accepted record is missing");
    }
}
