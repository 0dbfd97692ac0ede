package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.events.ResidentAddressChanged;
import jp.kikan.residentregistry.events.ResidentDied;
import jp.kikan.residentregistry.events.ResidentMoveOutNotified;
import jp.kikan.residentregistry.events.ResidentMovedOut;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 転居・転出・転出確定・死亡 (住民基本台帳法 第23条, 第24条; 施行令 第8条, 第13条). Each process checks its legal preconditions, adds versions through the {@link Timeline}, audits and
 * publishes per person, in one transaction: a refused 異動 leaves nothing behind.
 */
@Service
class Moves {

    private final Timeline timeline;
    private final ResidentRecords records;

    Moves(Timeline timeline, ResidentRecords records) {
        this.timeline = timeline;
        this.records = records;
    }

    // ---------------------------------------------------------------------------------------------------- 転居

    /**
     * 転居 of {@code members} (all of one household). When only some move, they form a new household headed by
     * {@code newHead}, with the 続柄 given in {@code zokugara}. With {@code ifMatch}, every member's record must still
     * be the version the caller read.
     */
    @Transactional
    IdoOutcome addressChange(
            LocalDate idoYmd,
            @Nullable LocalDate todokedeYmd,
            List<String> members,
            @Nullable String newHead,
            Map<String, String> zokugara,
            ResidentAddress jusho,
            @Nullable String ifMatch) {
        timeline.checkNotificationDate(idoYmd, todokedeYmd);
        List<ResidentRecord> movers =
                timeline.lockResidents(members, "members", Set.of(RecordStatus.RESIDENT), ifMatch);
        String household = timeline.sameHousehold(movers, "members");
        List<ResidentRecord> all = records.findCurrentMembers(household);
        boolean whole = all.size() == movers.size();
        String target = household;
        if (!whole) {
            if (newHead == null || !members.contains(newHead)) {
                throw Timeline.unprocessable(
                        "new-household-head-required", "shin_setainushi", "世帯の一部が転居するときは、転居する者の中から新しい世帯の世帯主を指定してください。");
            }
            timeline.requireRelationships(movers, newHead, zokugara);
            target = timeline.newSetaibango();
        }
        if (movers.get(0).address().oneLine().equals(jusho.oneLine())) {
            throw Timeline.unprocessable("same-address", "jusho", "転居先の住所が現在の住所と同じです。");
        }
        boolean late = timeline.isLate("notification-period-days", idoYmd, todokedeYmd);
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        List<ResidentRecord> created = new ArrayList<>();
        for (ResidentRecord old : movers) {
            ResidentRecord r = timeline.append(old, idoYmd, ChangeReason.ADDRESS_CHANGE, idoId, now, "idoymd");
            r.idomaeJusho = old.address().oneLine();
            r.address(jusho);
            r.juteiYmd = idoYmd;
            r.todokedeYmd = todokedeYmd;
            r.todokedeKigenKeika = late;
            if (!whole) {
                r.setaibango = target;
                r.setainushi = r.atenabango.equals(newHead);
                r.zokugara = r.setainushi ? Relationships.HEAD : zokugara.getOrDefault(r.atenabango, r.zokugara);
            }
            timeline.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            timeline.record(r, "転居届の受理", "UPDATE");
            timeline.publish(
                    r,
                    now,
                    idoYmd,
                    envelope -> new ResidentAddressChanged(envelope, idoId, r.atenabango, r.setaibango, household));
        }
        return new IdoOutcome(idoId, ChangeReason.ADDRESS_CHANGE, idoYmd, late, target, created);
    }

    // ---------------------------------------------------------------------------------------------------- 転出

    /**
     * 転出届: the persons will leave on {@code plannedDate} for {@code destination}; they stay residents until confirmed.
     * With {@code ifMatch}, every member's record must still be the version the caller read.
     */
    @Transactional
    IdoOutcome moveOut(
            @Nullable LocalDate todokedeYmd,
            LocalDate plannedDate,
            String destination,
            List<String> members,
            @Nullable String ifMatch) {
        LocalDate notified = todokedeYmd == null ? timeline.today() : todokedeYmd;
        List<ResidentRecord> movers =
                timeline.lockResidents(members, "members", Set.of(RecordStatus.RESIDENT), ifMatch);
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        List<ResidentRecord> created = new ArrayList<>();
        for (ResidentRecord old : movers) {
            ResidentRecord r =
                    timeline.append(old, notified, ChangeReason.MOVE_OUT_NOTIFIED, idoId, now, "todokedeymd");
            r.jotai = RecordStatus.MOVE_OUT_NOTIFIED.code();
            r.tenshutsuYoteiYmd = plannedDate;
            r.tenshutsusakiJusho = destination;
            r.todokedeYmd = notified;
            timeline.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            timeline.record(r, "転出届の受理", "UPDATE");
            timeline.publish(
                    r,
                    now,
                    notified,
                    envelope -> new ResidentMoveOutNotified(envelope, idoId, r.atenabango, r.setaibango, plannedDate));
        }
        return new IdoOutcome(idoId, ChangeReason.MOVE_OUT_NOTIFIED, notified, false, null, created);
    }

    /** 転出確定: the persons who notified a 転出 left on {@code idoYmd}; their 住民票 is removed from that date. */
    @Transactional
    IdoOutcome confirmMoveOut(LocalDate idoYmd, List<String> members) {
        List<ResidentRecord> movers =
                timeline.lockResidents(members, "members", Set.of(RecordStatus.MOVE_OUT_NOTIFIED));
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        List<ResidentRecord> created = new ArrayList<>();
        for (ResidentRecord old : movers) {
            ResidentRecord r = timeline.appendRetroactive(old, idoYmd, ChangeReason.MOVE_OUT, idoId, now);
            r.jotai = RecordStatus.REMOVED.code();
            r.shojoYmd = idoYmd;
            r.shojoJiyu = "転出";
            timeline.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            timeline.record(r, "転出確定による消除", "UPDATE");
            timeline.publish(
                    r, now, idoYmd, envelope -> new ResidentMovedOut(envelope, idoId, r.atenabango, r.setaibango));
        }
        return new IdoOutcome(idoId, ChangeReason.MOVE_OUT, idoYmd, false, null, created);
    }

    // ---------------------------------------------------------------------------------------------------- 死亡

    /** 死亡: the 住民票 is removed from the date of death. */
    @Transactional
    IdoOutcome death(LocalDate idoYmd, @Nullable LocalDate todokedeYmd, String atenabango) {
        if (idoYmd.isAfter(timeline.today())) {
            throw Timeline.unprocessable("future-ido-date", "idoymd", "死亡日が未来の日付です。");
        }
        ResidentRecord old = timeline.lockResidents(
                        List.of(atenabango),
                        "atenabango",
                        Set.of(RecordStatus.RESIDENT, RecordStatus.MOVE_OUT_NOTIFIED))
                .get(0);
        if (old.seinengappi.isAfter(idoYmd)) {
            throw Timeline.unprocessable("died-before-birth", "idoymd", "死亡日が生年月日より前です。");
        }
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        ResidentRecord r = timeline.appendRetroactive(old, idoYmd, ChangeReason.DEATH, idoId, now);
        r.jotai = RecordStatus.REMOVED.code();
        r.shojoYmd = idoYmd;
        r.shojoJiyu = "死亡";
        r.todokedeYmd = todokedeYmd;
        timeline.persist(r);
        timeline.record(r, "死亡による消除", "UPDATE");
        timeline.publish(r, now, idoYmd, envelope -> new ResidentDied(envelope, idoId, r.atenabango, r.setaibango));
        return new IdoOutcome(idoId, ChangeReason.DEATH, idoYmd, false, r.setaibango, List.of(r));
    }
}
