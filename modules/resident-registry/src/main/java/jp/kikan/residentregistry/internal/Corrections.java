package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.events.ResidenceStatusChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 職権修正・職権消除・回復 and the 在留 changes of foreign residents (施行令 第12条第3項; 法 第30条の50). Each process checks its legal preconditions, adds versions through the {@link Timeline}, audits and
 * publishes per person, in one transaction: a refused 異動 leaves nothing behind.
 */
@Service
class Corrections {

    private final Timeline timeline;
    private final ResidentRecords records;

    Corrections(Timeline timeline, ResidentRecords records) {
        this.timeline = timeline;
        this.records = records;
    }

    // ---------------------------------------------------------------------------------------------------- 職権

    /**
     * 職権修正: {@code change} is applied to every version in force from {@code from} (default: the current version's
     * 異動日). Wrong versions are superseded, not changed; a version in force on {@code from} but starting earlier keeps
     * its earlier part.
     */
    @Transactional
    IdoOutcome correct(
            String atenabango,
            @Nullable String ifMatch,
            @Nullable LocalDate from,
            String reasonText,
            Consumer<ResidentRecord> change) {
        ResidentRecord current = timeline.lockCurrentMatching(atenabango, ifMatch);
        LocalDate start = from == null ? current.validFrom : from;
        List<ResidentRecord> believed = records.believedTimeline(atenabango);
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        int version = records.maxVersion(atenabango);
        List<ResidentRecord> created = new ArrayList<>();
        @Nullable ResidentRecord inForceAtStart = null;
        for (ResidentRecord v : believed) {
            if (!v.validFrom.isAfter(start)) {
                inForceAtStart = v;
            }
        }
        if (inForceAtStart != null && inForceAtStart.validFrom.isBefore(start)) {
            ResidentRecord r = inForceAtStart.next(++version, start, now, ChangeReason.EX_OFFICIO_CORRECTION, idoId);
            applyCorrection(r, reasonText, change);
            created.add(r);
        }
        for (ResidentRecord v : believed) {
            if (v.validFrom.isBefore(start)) {
                continue;
            }
            v.supersededAt = now;
            ResidentRecord r = v.next(++version, v.validFrom, now, ChangeReason.EX_OFFICIO_CORRECTION, idoId);
            r.todokedeYmd = v.todokedeYmd;
            applyCorrection(r, reasonText, change);
            created.add(r);
        }
        if (created.isEmpty()) {
            throw Timeline.unprocessable("nothing-to-correct", "tekiyo_ymd", "修正の対象となる記録がありません。");
        }
        timeline.retire(believed);
        timeline.markCurrent(created);
        created.forEach(timeline::persist);
        ResidentRecord latest = created.get(created.size() - 1);
        timeline.record(latest, "職権修正", "UPDATE");
        timeline.publishCorrected(latest, start, ChangeReason.EX_OFFICIO_CORRECTION, idoId, now);
        return new IdoOutcome(idoId, ChangeReason.EX_OFFICIO_CORRECTION, start, false, latest.setaibango, created);
    }

    private static void applyCorrection(ResidentRecord r, String reasonText, Consumer<ResidentRecord> change) {
        change.accept(r);
        r.refreshSearchKeys();
        r.shuseiJiyu = reasonText;
    }

    /** 職権消除 from {@code idoYmd}. */
    @Transactional
    IdoOutcome remove(String atenabango, @Nullable String ifMatch, LocalDate idoYmd, String reasonText) {
        ResidentRecord current = timeline.lockCurrentMatching(atenabango, ifMatch);
        if (!current.status().isResident()) {
            throw Timeline.unprocessable("already-removed", "atenabango", "この住民票は既に消除されています。");
        }
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        ResidentRecord r = timeline.append(current, idoYmd, ChangeReason.EX_OFFICIO_REMOVAL, idoId, now, "idoymd");
        r.jotai = RecordStatus.REMOVED.code();
        r.shojoYmd = idoYmd;
        r.shojoJiyu = "職権消除";
        r.shuseiJiyu = reasonText;
        timeline.persist(r);
        timeline.record(r, "職権消除", "UPDATE");
        timeline.publishCorrected(r, idoYmd, ChangeReason.EX_OFFICIO_REMOVAL, idoId, now);
        return new IdoOutcome(idoId, ChangeReason.EX_OFFICIO_REMOVAL, idoYmd, false, r.setaibango, List.of(r));
    }

    /** 回復: the last 消除 was an error; it is superseded and the record before it is in force again. */
    @Transactional
    IdoOutcome restore(String atenabango, @Nullable String ifMatch, String reasonText) {
        ResidentRecord current = timeline.lockCurrentMatching(atenabango, ifMatch);
        if (current.status().isResident()) {
            throw Timeline.unprocessable("not-removed", "atenabango", "消除されていない住民票は回復できません。");
        }
        List<ResidentRecord> believed = records.believedTimeline(atenabango);
        ResidentRecord before = believed.stream()
                .filter(v -> v != current && v.status().isResident())
                .reduce((a, b) -> b)
                .orElseThrow(() -> Timeline.unprocessable("nothing-to-restore", "atenabango", "回復する記録がありません。"));
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        int version = records.maxVersion(atenabango);
        current.supersededAt = now;
        timeline.retire(List.of(current));
        ResidentRecord r = before.next(version + 1, current.validFrom, now, ChangeReason.RESTORATION, idoId);
        r.shuseiJiyu = reasonText;
        timeline.persist(r);
        timeline.record(r, "消除の回復", "UPDATE");
        timeline.publishCorrected(r, r.validFrom, ChangeReason.RESTORATION, idoId, now);
        return new IdoOutcome(idoId, ChangeReason.RESTORATION, r.validFrom, false, r.setaibango, List.of(r));
    }

    /** 在留期間更新 or 在留資格変更 of a foreign resident. */
    @Transactional
    IdoOutcome residenceStatus(
            String atenabango,
            ChangeReason reason,
            LocalDate idoYmd,
            @Nullable String status,
            @Nullable String period,
            @Nullable LocalDate periodEnds,
            @Nullable String cardNumber) {
        ResidentRecord current = timeline.lockResidents(
                        List.of(atenabango),
                        "atenabango",
                        Set.of(RecordStatus.RESIDENT, RecordStatus.MOVE_OUT_NOTIFIED))
                .get(0);
        if (!current.foreignResident()) {
            throw Timeline.unprocessable("not-a-foreign-resident", "atenabango", "外国人住民ではありません。");
        }
        if (reason == ChangeReason.STATUS_OF_RESIDENCE_CHANGE && (status == null || status.isBlank())) {
            throw ProblemException.invalid(
                    "在留資格を入力してください。", new InvalidParam("zairyushikaku", "required", "在留資格変更には新しい在留資格が必要です。"));
        }
        if (periodEnds == null) {
            throw ProblemException.invalid(
                    "在留期間の満了の日を入力してください。", new InvalidParam("zairyukikan_manryo_ymd", "required", "必須項目です。"));
        }
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        ResidentRecord r = timeline.append(current, idoYmd, reason, idoId, now, "idoymd");
        if (status != null) {
            r.zairyushikaku = status;
        }
        if (period != null) {
            r.zairyukikan = period;
        }
        r.zairyukikanManryoYmd = periodEnds;
        if (cardNumber != null) {
            r.zairyukadoBango = cardNumber;
        }
        timeline.persist(r);
        timeline.record(r, reason.japaneseName() + "の記載", "UPDATE");
        timeline.publish(
                r,
                now,
                idoYmd,
                envelope -> new ResidenceStatusChanged(
                        envelope, idoId, r.atenabango, r.setaibango, reason.code(), periodEnds));
        return new IdoOutcome(idoId, reason, idoYmd, false, r.setaibango, List.of(r));
    }
}
