package jp.kikan.migration.residentregistry.loader;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kikan.migration.core.dates.LegacyDate;
import jp.kikan.migration.core.model.CodeValue;
import jp.kikan.migration.residentregistry.model.LegacyAddress;
import jp.kikan.migration.residentregistry.model.LegacyHistoryRow;
import jp.kikan.migration.residentregistry.model.LegacyResident;
import jp.kikan.migration.residentregistry.validation.CodeLists;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.platform.identifier.MyNumber;
import jp.kikan.platform.identifier.ResidentCode;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.ImportedVersion;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.ResidentAddress;
import org.jspecify.annotations.Nullable;

/**
 * A resident's history as the registry's versions (住民票 as a bitemporal history, docs/decisions/0009): from the
 * accepted 住民 record (the current values) and its accepted 異動履歴 rows.
 *
 * <ul>
 *   <li>One version per history row, oldest first (by 異動日, then 履歴番号), with the row's 異動日 ({@code valid_from}),
 *       届出日, and 処理日 as the 処理日時 (start of the day in Japan; else the 届出日, else the 異動日; never earlier than the
 *       version before), and its 異動事由 as the registry's ({@link ChangeReasons}, documented in code-lists.tsv).
 *   <li>Before the first row, a version with reason {@link ChangeReason#MIGRATION IKO} from 住民となった年月日 when the
 *       history does not begin with an entry (転入, 特例転入, 出生, 職権記載): the legacy history was cut. A resident
 *       without history rows is that one IKO version.
 *   <li>The last version is the current record. Earlier versions are reconstructed backwards: a row's 異動前 values
 *       (住所, 世帯番号, 氏名) are the version before it, its 異動後 values the version it makes. Items the history does
 *       not carry (続柄, 世帯主, 振り仮名, 本籍, numbers, 外国人住民の記載事項) keep their current values.
 *   <li>Forwards: 転出, 死亡 and 職権消除 make the record 消除 (with 消除年月日 and 消除事由; 転出 with the 転出先住所 from
 *       異動後住所); 転入, 出生, 職権記載 and 回復 make it 住民 again; 転入 sets the 転入前住所 (異動前住所 of the row), 転居
 *       the 異動前住所; the 住定年月日 is the date of the last entry or 転居 (the current record's own for the last).
 *       職権修正, 職権消除 and 回復 versions carry the legacy 異動事由 as their 修正事由.
 *   <li>A 不詳 生年月日 is refused: the registry cannot yet record one.
 * </ul>
 */
public final class VersionBuilder {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final Set<ChangeReason> ENTRIES = EnumSet.of(
            ChangeReason.MOVE_IN, ChangeReason.SPECIAL_MOVE_IN, ChangeReason.BIRTH, ChangeReason.EX_OFFICIO_ENTRY);
    private static final Set<ChangeReason> SETTLING = EnumSet.of(
            ChangeReason.MOVE_IN,
            ChangeReason.SPECIAL_MOVE_IN,
            ChangeReason.BIRTH,
            ChangeReason.EX_OFFICIO_ENTRY,
            ChangeReason.ADDRESS_CHANGE);
    private static final Set<ChangeReason> WITH_REASON_TEXT =
            EnumSet.of(ChangeReason.EX_OFFICIO_CORRECTION, ChangeReason.EX_OFFICIO_REMOVAL, ChangeReason.RESTORATION);

    /** What became of a person. */
    public sealed interface Result permits Built, Refused {}

    /** The person's versions, oldest first. */
    public record Built(List<ImportedVersion> versions) implements Result {

        public Built {
            versions = List.copyOf(versions);
        }
    }

    /** Not storable: a stable code and a Japanese message for the report. */
    public record Refused(String code, String message) implements Result {}

    private record Step(
            ChangeReason reason, LocalDate date, @Nullable LegacyHistoryRow row) {}

    /** The items a history row may change, as they are in one version. */
    private static final class Content {
        ResidentAddress address;
        String setaibango;
        String shimei;

        Content(ResidentAddress address, String setaibango, String shimei) {
            this.address = address;
            this.setaibango = setaibango;
            this.shimei = shimei;
        }

        Content copy() {
            return new Content(address, setaibango, shimei);
        }
    }

    private final ChangeReasons reasons;

    public VersionBuilder(CodeLists codes) {
        this.reasons = new ChangeReasons(codes);
    }

    /** The resident's versions, or why the person cannot be stored. */
    public Result build(LegacyResident resident, List<LegacyHistoryRow> history, String batchId) {
        LegacyDate birthDate = resident.seinengappi();
        if (birthDate.isFusho() && birthDate.year() == 0) {
            return new Refused(
                    "birth-date-fusho",
                    "生年月日：年も不詳（" + birthDate.fushoHyoki() + "）です。住民記録は生年月日の年が分からない住民票を記録できないため格納しません（年を補って再実行してください）");
        }
        LocalDate birth = birthDate.isFusho() ? supplemented(birthDate) : exact(birthDate);
        LocalDate since = exact(resident.juminninattaYmd());
        List<Step> steps = new ArrayList<>(history.size() + 1);
        history.stream()
                .sorted(Comparator.comparing((LegacyHistoryRow r) -> exact(r.idoYmd()))
                        .thenComparingInt(LegacyHistoryRow::rirekibango))
                .forEach(r -> steps.add(new Step(reasons.of(r.idojiyu()), exact(r.idoYmd()), r)));
        if (steps.isEmpty() || !ENTRIES.contains(steps.get(0).reason())) {
            LocalDate first = steps.isEmpty() || since.isBefore(steps.get(0).date())
                    ? since
                    : steps.get(0).date();
            steps.add(0, new Step(ChangeReason.MIGRATION, first, null));
        }
        Content[] content = backwards(resident, steps);
        return new Built(forwards(resident, steps, content, birth, since, batchId));
    }

    /** The content of each version, from the current record back through the rows' 異動前 and 異動後 values. */
    private static Content[] backwards(LegacyResident resident, List<Step> steps) {
        int n = steps.size();
        ResidentAddress current = address(resident.jusho());
        Content[] content = new Content[n];
        content[n - 1] = new Content(current, resident.setaibango(), resident.shimei());
        for (int i = n - 1; i > 0; i--) {
            Content before = content[i].copy();
            Step step = steps.get(i);
            LegacyHistoryRow row = step.row();
            if (row != null) {
                if (row.idomaeJusho() != null && !isMoveIn(step.reason())) {
                    before.address = HistoryAddress.parse(row.idomaeJusho(), current);
                }
                if (row.idomaeSetaibango() != null) {
                    before.setaibango = row.idomaeSetaibango();
                }
                if (row.idomaeShimei() != null) {
                    before.shimei = row.idomaeShimei();
                }
            }
            Step previous = steps.get(i - 1);
            LegacyHistoryRow made = previous.row();
            if (made != null) {
                if (made.idogoJusho() != null && previous.reason() != ChangeReason.MOVE_OUT) {
                    before.address = HistoryAddress.parse(made.idogoJusho(), current);
                }
                if (made.idogoSetaibango() != null) {
                    before.setaibango = made.idogoSetaibango();
                }
                if (made.idogoShimei() != null) {
                    before.shimei = made.idogoShimei();
                }
            }
            content[i - 1] = before;
        }
        return content;
    }

    private static List<ImportedVersion> forwards(
            LegacyResident resident,
            List<Step> steps,
            Content[] content,
            LocalDate birth,
            LocalDate since,
            String batchId) {
        int n = steps.size();
        List<ImportedVersion> versions = new ArrayList<>(n);
        RecordStatus status = RecordStatus.RESIDENT;
        LocalDate removedOn = null;
        String removalReason = null;
        String previousAddress = null;
        String formerAddress = null;
        String destination = null;
        LocalDate settled = since;
        Instant recorded = Instant.MIN;
        ImportedVersion.Foreign foreign = "2".equals(resident.juminShubetsu().code())
                ? new ImportedVersion.Foreign(
                        resident.kokuseki() == null ? "" : resident.kokuseki(),
                        null,
                        resident.zairyushikaku(),
                        null,
                        null,
                        null,
                        null,
                        null)
                : null;
        for (int i = 0; i < n; i++) {
            Step step = steps.get(i);
            LegacyHistoryRow row = step.row();
            ChangeReason reason = step.reason();
            switch (reason) {
                case MOVE_IN, SPECIAL_MOVE_IN -> {
                    status = RecordStatus.RESIDENT;
                    removedOn = null;
                    removalReason = null;
                    destination = null;
                    previousAddress = row == null ? null : row.idomaeJusho();
                }
                case BIRTH, EX_OFFICIO_ENTRY, RESTORATION -> {
                    status = RecordStatus.RESIDENT;
                    removedOn = null;
                    removalReason = null;
                    destination = null;
                }
                case MOVE_OUT -> {
                    status = RecordStatus.REMOVED;
                    removedOn = step.date();
                    removalReason = "転出";
                    destination = row == null ? null : row.idogoJusho();
                }
                case DEATH -> {
                    status = RecordStatus.REMOVED;
                    removedOn = step.date();
                    removalReason = "死亡";
                }
                case EX_OFFICIO_REMOVAL -> {
                    status = RecordStatus.REMOVED;
                    removedOn = step.date();
                    removalReason = "職権消除";
                }
                case ADDRESS_CHANGE ->
                    formerAddress = row != null && row.idomaeJusho() != null
                            ? row.idomaeJusho()
                            : i > 0 ? content[i - 1].address.oneLine() : null;
                default -> {
                    // the other reasons change items, not the status
                }
            }
            if (SETTLING.contains(reason)) {
                settled = step.date();
            }
            boolean last = i == n - 1;
            LegacyDate ownJutei = resident.juteiYmd();
            LocalDate jutei = last && ownJutei != null ? exact(ownJutei) : settled;
            Instant at = recordedAt(step);
            recorded = at.isAfter(recorded) ? at : recorded;
            CodeValue legacy = row == null ? null : row.idojiyu();
            String reasonText = legacy != null && WITH_REASON_TEXT.contains(reason)
                    ? "データ移行（移行元の異動事由 " + legacy.code() + " " + legacy.label() + "）"
                    : null;
            LegacyDate notified = row == null ? null : row.todokedeYmd();
            Content c = content[i];
            ResidentCode residentCode = resident.juminhyokodo();
            MyNumber myNumber = resident.kojinbango();
            versions.add(new ImportedVersion(
                    resident.atenabango(),
                    i + 1,
                    status,
                    reason,
                    step.date(),
                    notified == null ? null : exact(notified),
                    recorded,
                    last,
                    c.shimei,
                    resident.shimeiFurigana() == null ? "" : resident.shimeiFurigana(),
                    birth,
                    resident.seinengappi().fushoHyoki(),
                    resident.seibetsu().code(),
                    c.setaibango,
                    resident.zokugara().label(),
                    resident.setainushi(),
                    since,
                    jutei,
                    c.address,
                    previousAddress,
                    formerAddress,
                    removedOn,
                    removalReason,
                    destination,
                    reasonText,
                    resident.honseki(),
                    resident.hittosha(),
                    foreign,
                    residentCode == null ? null : residentCode.value(),
                    myNumber == null ? null : myNumber.value(),
                    batchId,
                    (row == null ? resident.source() : row.source()).toString()));
        }
        return versions;
    }

    private static boolean isMoveIn(ChangeReason reason) {
        return reason == ChangeReason.MOVE_IN || reason == ChangeReason.SPECIAL_MOVE_IN;
    }

    /** 処理日 (else 届出日, else 異動日) at the start of the day in Japan. */
    private static Instant recordedAt(Step step) {
        LegacyHistoryRow row = step.row();
        LocalDate day = step.date();
        if (row != null) {
            LegacyDate processed = row.shoriYmd() != null ? row.shoriYmd() : row.todokedeYmd();
            if (processed != null && !processed.isFusho()) {
                day = exact(processed);
            }
        }
        return day.atStartOfDay(JAPAN).toInstant();
    }

    static ResidentAddress address(LegacyAddress a) {
        LocalGovernmentCode code = a.shikuchosonkodo();
        return new ResidentAddress(
                code == null ? null : code.value(),
                a.choazakodo(),
                a.todofuken(),
                a.shikugunchosonmei(),
                a.choaza(),
                a.banchigohyoki(),
                a.katagaki());
    }

    /**
     * The 補完日 of a partly known date: the first day of its known part (昭和45年不詳 → 1970-01-01, 昭和45年1月不詳 →
     * 1970-01-01). Kikan's rule, not the standard's (which carries the 不詳表記 beside the date): ages are reckoned from
     * it, and the registry keeps the 不詳表記 to show instead.
     */
    static LocalDate supplemented(LegacyDate date) {
        return LocalDate.of(date.year(), date.month() == 0 ? 1 : date.month(), date.day() == 0 ? 1 : date.day());
    }

    private static LocalDate exact(LegacyDate date) {
        return date.date().orElseThrow(() -> new IllegalArgumentException("not an exact date: " + date));
    }
}
