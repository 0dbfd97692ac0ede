package jp.kikan.residentregistry.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.events.BirthRecorded;
import jp.kikan.residentregistry.events.HouseholdChanged;
import jp.kikan.residentregistry.events.ResidenceStatusChanged;
import jp.kikan.residentregistry.events.ResidentAddressChanged;
import jp.kikan.residentregistry.events.ResidentDied;
import jp.kikan.residentregistry.events.ResidentMoveOutNotified;
import jp.kikan.residentregistry.events.ResidentMovedIn;
import jp.kikan.residentregistry.events.ResidentMovedOut;
import jp.kikan.residentregistry.events.ResidentRecordCorrected;
import jp.kikan.residentregistry.events.ResidentRegistryEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 異動 processes of the registry. Each one checks its legal preconditions against the registry as it is,
 * adds versions (never changes a recorded one, except to mark it superseded or no longer current), writes an
 * audit record per person and publishes one event per person, all in one transaction: a refused 異動 leaves
 * nothing behind.
 */
@Service
class RegistryWriter {

    static final String MODULE = "resident-registry";

    /** Dates of the registry are Japanese calendar days. */
    static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

    private final ResidentRecords records;
    private final SupportMeasures measures;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final LegalParameters parameters;
    private final Clock clock;

    RegistryWriter(
            ResidentRecords records,
            SupportMeasures measures,
            EntityManager entities,
            ApplicationEventPublisher events,
            AuditLog audit,
            LegalParameters parameters,
            @Nullable Clock clock) {
        this.records = records;
        this.measures = measures;
        this.entities = entities;
        this.events = events;
        this.audit = audit;
        this.parameters = parameters;
        this.clock = clock == null ? Clock.system(JAPAN) : clock;
    }

    // ---------------------------------------------------------------------------------------------------- 記載

    /** 転入, 特例転入 or 職権記載 of persons forming a new household or joining {@code setaibango}. */
    @Transactional
    IdoOutcome enter(
            ChangeReason reason,
            LocalDate idoYmd,
            @Nullable LocalDate todokedeYmd,
            @Nullable String tennyumaeJusho,
            @Nullable String setaibango,
            ResidentAddress jusho,
            List<PersonData> people) {
        LocalDate today = LocalDate.now(clock);
        if (idoYmd.isAfter(today)) {
            throw unprocessable("future-ido-date", "idoymd", "異動日が未来の日付です。転入は転入した日以後に届け出ます。");
        }
        if (reason != ChangeReason.EX_OFFICIO_ENTRY && (tennyumaeJusho == null || tennyumaeJusho.isBlank())) {
            throw ProblemException.invalid(
                    "転入前住所を入力してください。", new InvalidParam("tennyumae_jusho", "required", "転入には転入前住所が必要です。"));
        }
        checkNotificationDate(idoYmd, todokedeYmd);
        long heads = people.stream().filter(PersonData::isHead).count();
        String household;
        ResidentAddress address = jusho;
        if (setaibango == null) {
            if (heads != 1) {
                throw unprocessable(
                        "household-head-required", "members", "新しい世帯には世帯主（続柄「世帯主」）が1人必要です（" + heads + "人）。");
            }
            household = newSetaibango();
        } else {
            List<ResidentRecord> members = records.findCurrentMembers(setaibango);
            if (members.isEmpty()) {
                throw ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は見つかりません。");
            }
            if (heads > 0 && members.stream().anyMatch(m -> m.setainushi)) {
                throw unprocessable("household-has-head", "members", "世帯には既に世帯主がいます。続柄を確認してください。");
            }
            ResidentAddress existing = members.get(0).address();
            if (!existing.oneLine().equals(jusho.oneLine())) {
                throw unprocessable(
                        "address-differs-from-household",
                        "jusho",
                        "住所が世帯の住所（" + existing.oneLine() + "）と異なります。別の世帯とするときは世帯番号を指定しないでください。");
            }
            address = existing;
            household = setaibango;
        }
        for (PersonData p : people) {
            if (p.seinengappi().isAfter(idoYmd)) {
                throw unprocessable("born-after-ido-date", p.field() + ".seinengappi", "生年月日が異動日より後です。");
            }
            checkNumbersFree(p);
        }
        boolean late =
                reason != ChangeReason.EX_OFFICIO_ENTRY && isLate("notification-period-days", idoYmd, todokedeYmd);
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        List<ResidentRecord> created = new ArrayList<>();
        for (PersonData p : people) {
            ResidentRecord r = newPerson(p, household, address, idoYmd, now, reason, idoId);
            r.todokedeYmd = todokedeYmd;
            r.todokedeKigenKeika = late;
            r.tennyumaeJusho = tennyumaeJusho;
            entities.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            record(r, reason.japaneseName() + "の記載", "CREATE");
            publish(
                    r,
                    (restricted) -> new ResidentMovedIn(
                            UUID.randomUUID(),
                            TenantContext.require(),
                            now,
                            idoYmd,
                            restricted,
                            idoId,
                            r.atenabango,
                            r.setaibango,
                            r.seinengappi,
                            reason.code()));
        }
        return new IdoOutcome(idoId, reason, idoYmd, late, household, created);
    }

    /** 出生: the child is entered in the household of the 届出. */
    @Transactional
    IdoOutcome birth(PersonData child, @Nullable LocalDate todokedeYmd, String setaibango) {
        LocalDate birth = child.seinengappi();
        checkNotificationDate(birth, todokedeYmd);
        if (child.isHead()) {
            throw unprocessable("newborn-cannot-head", child.field() + ".zokugara", "出生した子を世帯主とすることはできません。");
        }
        List<ResidentRecord> members = records.findCurrentMembers(setaibango);
        if (members.isEmpty()) {
            throw ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は見つかりません。");
        }
        checkNumbersFree(child);
        boolean late = isLate("birth-notification-period-days", birth, todokedeYmd);
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        ResidentRecord r =
                newPerson(child, setaibango, members.get(0).address(), birth, now, ChangeReason.BIRTH, idoId);
        r.todokedeYmd = todokedeYmd;
        r.todokedeKigenKeika = late;
        entities.persist(r);
        record(r, "出生による記載", "CREATE");
        publish(
                r,
                restricted -> new BirthRecorded(
                        UUID.randomUUID(),
                        TenantContext.require(),
                        now,
                        birth,
                        restricted,
                        idoId,
                        r.atenabango,
                        setaibango,
                        birth));
        return new IdoOutcome(idoId, ChangeReason.BIRTH, birth, late, setaibango, List.of(r));
    }

    // ---------------------------------------------------------------------------------------------------- 転居

    /**
     * 転居 of {@code members} (all of one household). When only some move, they form a new household headed by
     * {@code newHead}, with the 続柄 given in {@code zokugara}.
     */
    @Transactional
    IdoOutcome addressChange(
            LocalDate idoYmd,
            @Nullable LocalDate todokedeYmd,
            List<String> members,
            @Nullable String newHead,
            Map<String, String> zokugara,
            ResidentAddress jusho) {
        checkNotificationDate(idoYmd, todokedeYmd);
        List<ResidentRecord> movers = lockResidents(members, "members", Set.of(RecordStatus.RESIDENT));
        String household = sameHousehold(movers, "members");
        List<ResidentRecord> all = records.findCurrentMembers(household);
        boolean whole = all.size() == movers.size();
        String target = household;
        if (!whole) {
            if (newHead == null || !members.contains(newHead)) {
                throw unprocessable(
                        "new-household-head-required", "shin_setainushi", "世帯の一部が転居するときは、転居する者の中から新しい世帯の世帯主を指定してください。");
            }
            requireRelationships(movers, newHead, zokugara);
            target = newSetaibango();
        }
        if (movers.get(0).address().oneLine().equals(jusho.oneLine())) {
            throw unprocessable("same-address", "jusho", "転居先の住所が現在の住所と同じです。");
        }
        boolean late = isLate("notification-period-days", idoYmd, todokedeYmd);
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        List<ResidentRecord> created = new ArrayList<>();
        for (ResidentRecord old : movers) {
            ResidentRecord r = append(old, idoYmd, ChangeReason.ADDRESS_CHANGE, idoId, now, "idoymd");
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
            entities.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            record(r, "転居届の受理", "UPDATE");
            publish(
                    r,
                    restricted -> new ResidentAddressChanged(
                            UUID.randomUUID(),
                            TenantContext.require(),
                            now,
                            idoYmd,
                            restricted,
                            idoId,
                            r.atenabango,
                            r.setaibango,
                            household));
        }
        return new IdoOutcome(idoId, ChangeReason.ADDRESS_CHANGE, idoYmd, late, target, created);
    }

    // ---------------------------------------------------------------------------------------------------- 転出

    /** 転出届: the persons will leave on {@code plannedDate} for {@code destination}; they stay residents until confirmed. */
    @Transactional
    IdoOutcome moveOut(
            @Nullable LocalDate todokedeYmd, LocalDate plannedDate, String destination, List<String> members) {
        LocalDate notified = todokedeYmd == null ? LocalDate.now(clock) : todokedeYmd;
        List<ResidentRecord> movers = lockResidents(members, "members", Set.of(RecordStatus.RESIDENT));
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        List<ResidentRecord> created = new ArrayList<>();
        for (ResidentRecord old : movers) {
            ResidentRecord r = append(old, notified, ChangeReason.MOVE_OUT_NOTIFIED, idoId, now, "todokedeymd");
            r.jotai = RecordStatus.MOVE_OUT_NOTIFIED.code();
            r.tenshutsuYoteiYmd = plannedDate;
            r.tenshutsusakiJusho = destination;
            r.todokedeYmd = notified;
            entities.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            record(r, "転出届の受理", "UPDATE");
            publish(
                    r,
                    restricted -> new ResidentMoveOutNotified(
                            UUID.randomUUID(),
                            TenantContext.require(),
                            now,
                            notified,
                            restricted,
                            idoId,
                            r.atenabango,
                            r.setaibango,
                            plannedDate));
        }
        return new IdoOutcome(idoId, ChangeReason.MOVE_OUT_NOTIFIED, notified, false, null, created);
    }

    /** 転出確定: the persons who notified a 転出 left on {@code idoYmd}; their 住民票 is removed from that date. */
    @Transactional
    IdoOutcome confirmMoveOut(LocalDate idoYmd, List<String> members) {
        List<ResidentRecord> movers = lockResidents(members, "members", Set.of(RecordStatus.MOVE_OUT_NOTIFIED));
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        List<ResidentRecord> created = new ArrayList<>();
        for (ResidentRecord old : movers) {
            ResidentRecord r = appendRetroactive(old, idoYmd, ChangeReason.MOVE_OUT, idoId, now);
            r.jotai = RecordStatus.REMOVED.code();
            r.shojoYmd = idoYmd;
            r.shojoJiyu = "転出";
            entities.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            record(r, "転出確定による消除", "UPDATE");
            publish(
                    r,
                    restricted -> new ResidentMovedOut(
                            UUID.randomUUID(),
                            TenantContext.require(),
                            now,
                            idoYmd,
                            restricted,
                            idoId,
                            r.atenabango,
                            r.setaibango));
        }
        return new IdoOutcome(idoId, ChangeReason.MOVE_OUT, idoYmd, false, null, created);
    }

    // ---------------------------------------------------------------------------------------------------- 死亡

    /** 死亡: the 住民票 is removed from the date of death. */
    @Transactional
    IdoOutcome death(LocalDate idoYmd, @Nullable LocalDate todokedeYmd, String atenabango) {
        if (idoYmd.isAfter(LocalDate.now(clock))) {
            throw unprocessable("future-ido-date", "idoymd", "死亡日が未来の日付です。");
        }
        ResidentRecord old = lockResidents(
                        List.of(atenabango),
                        "atenabango",
                        Set.of(RecordStatus.RESIDENT, RecordStatus.MOVE_OUT_NOTIFIED))
                .get(0);
        if (old.seinengappi.isAfter(idoYmd)) {
            throw unprocessable("died-before-birth", "idoymd", "死亡日が生年月日より前です。");
        }
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        ResidentRecord r = appendRetroactive(old, idoYmd, ChangeReason.DEATH, idoId, now);
        r.jotai = RecordStatus.REMOVED.code();
        r.shojoYmd = idoYmd;
        r.shojoJiyu = "死亡";
        r.todokedeYmd = todokedeYmd;
        entities.persist(r);
        record(r, "死亡による消除", "UPDATE");
        publish(
                r,
                restricted -> new ResidentDied(
                        UUID.randomUUID(),
                        TenantContext.require(),
                        now,
                        idoYmd,
                        restricted,
                        idoId,
                        r.atenabango,
                        r.setaibango));
        return new IdoOutcome(idoId, ChangeReason.DEATH, idoYmd, false, r.setaibango, List.of(r));
    }

    // ---------------------------------------------------------------------------------------------------- 世帯変更

    /** 世帯主変更: {@code newHead} heads {@code setaibango}; the 続柄 of the others as given. */
    @Transactional
    IdoOutcome changeHead(
            LocalDate idoYmd,
            @Nullable LocalDate todokedeYmd,
            String setaibango,
            String newHead,
            Map<String, String> zokugara) {
        checkNotificationDate(idoYmd, todokedeYmd);
        List<ResidentRecord> members = lockHousehold(setaibango);
        if (members.stream().noneMatch(m -> m.atenabango.equals(newHead))) {
            throw unprocessable("not-a-member", "shin_setainushi", "新しい世帯主は世帯員から選んでください。");
        }
        if (members.stream().anyMatch(m -> m.setainushi && m.atenabango.equals(newHead))) {
            throw unprocessable("already-head", "shin_setainushi", "指定された者は既に世帯主です。");
        }
        for (ResidentRecord m : members) {
            if (m.setainushi && !zokugara.containsKey(m.atenabango)) {
                throw unprocessable("zokugara-required", "zokugara", "これまでの世帯主（" + m.atenabango + "）の新しい続柄を指定してください。");
            }
        }
        return regroup(
                ChangeReason.HEAD_OF_HOUSEHOLD_CHANGE,
                idoYmd,
                todokedeYmd,
                members,
                members,
                setaibango,
                setaibango,
                newHead,
                zokugara);
    }

    /** 世帯分離: {@code leaving} leave {@code setaibango} and form a new household headed by {@code newHead}. */
    @Transactional
    IdoOutcome separate(
            LocalDate idoYmd,
            @Nullable LocalDate todokedeYmd,
            String setaibango,
            List<String> leaving,
            String newHead,
            Map<String, String> zokugara) {
        checkNotificationDate(idoYmd, todokedeYmd);
        List<ResidentRecord> members = lockHousehold(setaibango);
        List<ResidentRecord> movers =
                members.stream().filter(m -> leaving.contains(m.atenabango)).toList();
        if (movers.size() != leaving.size()) {
            throw unprocessable("not-a-member", "members", "分離する者は世帯員から選んでください。");
        }
        if (movers.size() == members.size()) {
            throw unprocessable("separation-of-everyone", "members", "世帯員全員を分離することはできません。");
        }
        if (!leaving.contains(newHead)) {
            throw unprocessable("new-household-head-required", "shin_setainushi", "新しい世帯の世帯主は分離する者から選んでください。");
        }
        requireRelationships(movers, newHead, zokugara);
        return regroup(
                ChangeReason.HOUSEHOLD_SEPARATION,
                idoYmd,
                todokedeYmd,
                members,
                movers,
                setaibango,
                newSetaibango(),
                newHead,
                zokugara);
    }

    /** 世帯合併: every member of {@code setaibango} joins {@code target}; their 続柄 to its head as given. */
    @Transactional
    IdoOutcome merge(
            LocalDate idoYmd,
            @Nullable LocalDate todokedeYmd,
            String setaibango,
            String target,
            Map<String, String> zokugara) {
        checkNotificationDate(idoYmd, todokedeYmd);
        if (setaibango.equals(target)) {
            throw unprocessable("same-household", "gappeisaki_setaibango", "合併先は別の世帯を指定してください。");
        }
        List<ResidentRecord> joining = lockHousehold(setaibango);
        List<ResidentRecord> hosts = lockHousehold(target);
        if (!joining.get(0).address().oneLine().equals(hosts.get(0).address().oneLine())) {
            throw unprocessable(
                    "address-differs-from-household", "gappeisaki_setaibango", "住所の異なる世帯とは合併できません。先に転居の届出が必要です。");
        }
        for (ResidentRecord m : joining) {
            if (!zokugara.containsKey(m.atenabango)) {
                throw unprocessable("zokugara-required", "zokugara", "合併する世帯員（" + m.atenabango + "）の続柄を指定してください。");
            }
        }
        String head = hosts.stream()
                .filter(m -> m.setainushi)
                .map(ResidentRecord::atenabango)
                .findFirst()
                .orElseThrow(
                        () -> unprocessable("household-head-required", "gappeisaki_setaibango", "合併先の世帯に世帯主がいません。"));
        return regroup(
                ChangeReason.HOUSEHOLD_MERGER,
                idoYmd,
                todokedeYmd,
                joining,
                joining,
                setaibango,
                target,
                head,
                zokugara);
    }

    private IdoOutcome regroup(
            ChangeReason reason,
            LocalDate idoYmd,
            @Nullable LocalDate todokedeYmd,
            List<ResidentRecord> household,
            List<ResidentRecord> moving,
            String from,
            String to,
            String head,
            Map<String, String> zokugara) {
        for (String relation : zokugara.values()) {
            if (!Relationships.isKnown(relation)) {
                throw ProblemException.invalid(
                        "続柄「" + relation + "」は登録できません。",
                        new InvalidParam("zokugara", "unknown-zokugara", "続柄「" + relation + "」は登録できません。"));
            }
        }
        boolean late = isLate("notification-period-days", idoYmd, todokedeYmd);
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        List<ResidentRecord> created = new ArrayList<>();
        for (ResidentRecord old : household) {
            boolean moves = moving.contains(old);
            boolean becomesHead = old.atenabango.equals(head) && moves;
            String newZokugara = becomesHead ? Relationships.HEAD : zokugara.getOrDefault(old.atenabango, old.zokugara);
            String newHousehold = moves ? to : from;
            boolean headNow =
                    becomesHead || (!moves && old.setainushi && reason != ChangeReason.HEAD_OF_HOUSEHOLD_CHANGE);
            if (newHousehold.equals(old.setaibango) && newZokugara.equals(old.zokugara) && headNow == old.setainushi) {
                continue;
            }
            // Those the 届出 is about get its reason; others whose 続柄 or head status follows get 世帯構成変更.
            ChangeReason own =
                    becomesHead || (moves && !from.equals(to)) ? reason : ChangeReason.HOUSEHOLD_COMPOSITION_CHANGE;
            ResidentRecord r = append(old, idoYmd, own, idoId, now, "idoymd");
            r.setaibango = newHousehold;
            r.setainushi = headNow;
            r.zokugara = newZokugara;
            r.todokedeYmd = todokedeYmd;
            r.todokedeKigenKeika = late;
            entities.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            String previous = household.stream()
                    .filter(o -> o.atenabango.equals(r.atenabango))
                    .map(o -> o.setaibango)
                    .findFirst()
                    .orElse(from);
            record(r, "世帯変更届の受理", "UPDATE");
            publish(
                    r,
                    restricted -> new HouseholdChanged(
                            UUID.randomUUID(),
                            TenantContext.require(),
                            now,
                            idoYmd,
                            restricted,
                            idoId,
                            r.atenabango,
                            r.setaibango,
                            r.idojiyu,
                            previous,
                            r.setainushi));
        }
        return new IdoOutcome(idoId, reason, idoYmd, late, to, created);
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
        ResidentRecord current = lockCurrentMatching(atenabango, ifMatch);
        LocalDate start = from == null ? current.validFrom : from;
        List<ResidentRecord> timeline = records.believedTimeline(atenabango);
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        int version = records.maxVersion(atenabango);
        List<ResidentRecord> created = new ArrayList<>();
        @Nullable ResidentRecord inForceAtStart = null;
        for (ResidentRecord v : timeline) {
            if (!v.validFrom.isAfter(start)) {
                inForceAtStart = v;
            }
        }
        if (inForceAtStart != null && inForceAtStart.validFrom.isBefore(start)) {
            ResidentRecord r = inForceAtStart.next(++version, start, now, ChangeReason.EX_OFFICIO_CORRECTION, idoId);
            applyCorrection(r, reasonText, change);
            created.add(r);
        }
        for (ResidentRecord v : timeline) {
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
            throw unprocessable("nothing-to-correct", "tekiyo_ymd", "修正の対象となる記録がありません。");
        }
        retire(timeline);
        markCurrent(created);
        created.forEach(entities::persist);
        ResidentRecord latest = created.get(created.size() - 1);
        record(latest, "職権修正", "UPDATE");
        publishCorrected(latest, start, ChangeReason.EX_OFFICIO_CORRECTION, idoId, now);
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
        ResidentRecord current = lockCurrentMatching(atenabango, ifMatch);
        if (!current.status().isResident()) {
            throw unprocessable("already-removed", "atenabango", "この住民票は既に消除されています。");
        }
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        ResidentRecord r = append(current, idoYmd, ChangeReason.EX_OFFICIO_REMOVAL, idoId, now, "idoymd");
        r.jotai = RecordStatus.REMOVED.code();
        r.shojoYmd = idoYmd;
        r.shojoJiyu = "職権消除";
        r.shuseiJiyu = reasonText;
        entities.persist(r);
        record(r, "職権消除", "UPDATE");
        publishCorrected(r, idoYmd, ChangeReason.EX_OFFICIO_REMOVAL, idoId, now);
        return new IdoOutcome(idoId, ChangeReason.EX_OFFICIO_REMOVAL, idoYmd, false, r.setaibango, List.of(r));
    }

    /** 回復: the last 消除 was an error; it is superseded and the record before it is in force again. */
    @Transactional
    IdoOutcome restore(String atenabango, @Nullable String ifMatch, String reasonText) {
        ResidentRecord current = lockCurrentMatching(atenabango, ifMatch);
        if (current.status().isResident()) {
            throw unprocessable("not-removed", "atenabango", "消除されていない住民票は回復できません。");
        }
        List<ResidentRecord> timeline = records.believedTimeline(atenabango);
        ResidentRecord before = timeline.stream()
                .filter(v -> v != current && v.status().isResident())
                .reduce((a, b) -> b)
                .orElseThrow(() -> unprocessable("nothing-to-restore", "atenabango", "回復する記録がありません。"));
        UUID idoId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        int version = records.maxVersion(atenabango);
        current.supersededAt = now;
        retire(List.of(current));
        ResidentRecord r = before.next(version + 1, current.validFrom, now, ChangeReason.RESTORATION, idoId);
        r.shuseiJiyu = reasonText;
        entities.persist(r);
        record(r, "消除の回復", "UPDATE");
        publishCorrected(r, r.validFrom, ChangeReason.RESTORATION, idoId, now);
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
        ResidentRecord current = lockResidents(
                        List.of(atenabango),
                        "atenabango",
                        Set.of(RecordStatus.RESIDENT, RecordStatus.MOVE_OUT_NOTIFIED))
                .get(0);
        if (!current.foreignResident()) {
            throw unprocessable("not-a-foreign-resident", "atenabango", "外国人住民ではありません。");
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
        Instant now = Instant.now(clock);
        ResidentRecord r = append(current, idoYmd, reason, idoId, now, "idoymd");
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
        entities.persist(r);
        record(r, reason.japaneseName() + "の記載", "UPDATE");
        publish(
                r,
                restricted -> new ResidenceStatusChanged(
                        UUID.randomUUID(),
                        TenantContext.require(),
                        now,
                        idoYmd,
                        restricted,
                        idoId,
                        r.atenabango,
                        r.setaibango,
                        reason.code(),
                        periodEnds));
        return new IdoOutcome(idoId, reason, idoYmd, false, r.setaibango, List.of(r));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private ResidentRecord newPerson(
            PersonData p,
            String household,
            ResidentAddress address,
            LocalDate idoYmd,
            Instant now,
            ChangeReason reason,
            UUID idoId) {
        ResidentRecord r = ResidentRecord.first(String.format("%015d", records.nextAtenabango()), idoYmd, now)
                .name(p.shimei(), p.furigana())
                .person(p.seinengappi(), p.seibetsu())
                .household(household, p.zokugara(), p.isHead());
        r.address(address);
        r.juminninattaYmd = idoYmd;
        r.juteiYmd = idoYmd;
        r.idojiyu = reason.code();
        r.idoId = idoId;
        r.honseki = p.honseki();
        r.hittosha = p.hittosha();
        r.juminhyoCode = p.juminhyoCode();
        r.kojinbango = p.kojinbango();
        PersonData.Foreign f = p.foreign();
        if (f != null) {
            r.kokuseki = f.kokuseki();
            r.hojin30jo45Kubun = f.kubun();
            r.zairyushikaku = f.zairyushikaku();
            r.zairyukikan = f.zairyukikan();
            r.zairyukikanManryoYmd = f.manryoYmd();
            r.zairyukadoBango = f.cardNumber();
            r.tsusho = f.tsusho();
            r.tsushoFurigana = f.tsushoFurigana();
            r.refreshSearchKeys();
        }
        PersonData.Qualifications q = p.qualifications();
        r.senkyoninMeibo = q.senkyoninMeibo();
        r.kokuho = q.kokuho();
        r.koki = q.koki();
        r.kaigo = q.kaigo();
        r.kokunen = q.kokunen();
        r.jidoteate = q.jidoteate();
        return r;
    }

    /**
     * The next version of {@code old} from {@code idoYmd}. A 異動 never starts before the version it follows: the
     * timeline stays in order, and a change that went unnoticed is a 職権修正 instead.
     */
    private ResidentRecord append(
            ResidentRecord old, LocalDate idoYmd, ChangeReason reason, UUID idoId, Instant now, String field) {
        if (idoYmd.isBefore(old.validFrom)) {
            throw unprocessable(
                    "ido-date-before-last-change",
                    field,
                    "異動日（" + idoYmd + "）が直前の異動日（" + old.validFrom + "）より前です。過去の記録の誤りは職権修正で訂正してください。");
        }
        int version = records.maxVersion(old.atenabango) + 1;
        retire(List.of(old));
        return old.next(version, idoYmd, now, reason, idoId);
    }

    /**
     * The next version from {@code idoYmd}, which may lie before later versions (a 転出 confirmed from a date before
     * the 転出届, a death found after a 転出届): versions starting after it are superseded, as known from now.
     */
    private ResidentRecord appendRetroactive(
            ResidentRecord old, LocalDate idoYmd, ChangeReason reason, UUID idoId, Instant now) {
        List<ResidentRecord> timeline = records.believedTimeline(old.atenabango);
        ResidentRecord base = old;
        for (ResidentRecord v : timeline) {
            if (v.validFrom.isAfter(idoYmd)) {
                v.supersededAt = now;
            } else {
                base = v;
            }
        }
        if (base.validFrom.isAfter(idoYmd)) {
            throw unprocessable("ido-date-before-entry", "idoymd", "異動日（" + idoYmd + "）が住民となった日より前です。");
        }
        int version = records.maxVersion(old.atenabango) + 1;
        retire(timeline);
        ResidentRecord r = base.next(version, idoYmd, now, reason, idoId);
        r.tenshutsuYoteiYmd = old.tenshutsuYoteiYmd;
        r.tenshutsusakiJusho = old.tenshutsusakiJusho;
        return r;
    }

    /** Takes the current mark off {@code versions} and writes that at once, before a new current version is inserted. */
    private void retire(List<ResidentRecord> versions) {
        versions.forEach(v -> v.isCurrent = false);
        entities.flush();
    }

    private void markCurrent(List<ResidentRecord> created) {
        ResidentRecord latest = created.stream()
                .max(Comparator.comparing((ResidentRecord v) -> v.validFrom).thenComparingInt(v -> v.version))
                .orElseThrow();
        for (ResidentRecord r : created) {
            r.isCurrent = r == latest;
        }
        created.sort(Comparator.comparing((ResidentRecord v) -> v.validFrom).thenComparingInt(v -> v.version));
    }

    private List<ResidentRecord> lockResidents(List<String> people, String field, Set<RecordStatus> allowed) {
        List<ResidentRecord> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String a = people.get(i);
            String where = people.size() == 1 && !field.equals("members") ? field : field + "[" + i + "]";
            ResidentRecord r =
                    records.lockCurrent(a).orElseThrow(() -> ProblemException.notFound("宛名番号「" + a + "」の住民は見つかりません。"));
            RecordStatus status = r.status();
            if (!allowed.contains(status)) {
                throw unprocessable(
                        status == RecordStatus.REMOVED ? "person-removed" : "wrong-status",
                        where,
                        status == RecordStatus.REMOVED
                                ? "宛名番号「" + a + "」の住民票は消除されています（" + r.shojoJiyu + "）。"
                                : status == RecordStatus.MOVE_OUT_NOTIFIED
                                        ? "宛名番号「" + a + "」は転出届の手続中です。"
                                        : "宛名番号「" + a + "」は転出届がされていません。");
            }
            out.add(r);
        }
        return out;
    }

    private List<ResidentRecord> lockHousehold(String setaibango) {
        List<ResidentRecord> members = records.findCurrentMembers(setaibango);
        if (members.isEmpty()) {
            throw ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は見つかりません。");
        }
        return lockResidents(
                members.stream().map(ResidentRecord::atenabango).toList(), "setaibango", Set.of(RecordStatus.RESIDENT));
    }

    private ResidentRecord lockCurrentMatching(String atenabango, @Nullable String ifMatch) {
        ResidentRecord current = records.lockCurrent(atenabango)
                .orElseThrow(() -> ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません。"));
        jp.kikan.platform.http.EntityTags.requireMatch(ifMatch, current.version);
        return current;
    }

    private static String sameHousehold(List<ResidentRecord> people, String field) {
        String household = people.get(0).setaibango;
        if (people.stream().anyMatch(p -> !p.setaibango.equals(household))) {
            throw unprocessable("different-households", field, "同じ世帯の者を指定してください。");
        }
        return household;
    }

    private static void requireRelationships(
            List<ResidentRecord> movers, String newHead, Map<String, String> zokugara) {
        for (ResidentRecord m : movers) {
            if (!m.atenabango.equals(newHead) && !zokugara.containsKey(m.atenabango)) {
                throw unprocessable("zokugara-required", "zokugara", "新しい世帯での続柄を指定してください（" + m.atenabango + "）。");
            }
        }
    }

    private void checkNumbersFree(PersonData p) {
        if (p.kojinbango() != null && records.myNumberInUse(p.kojinbango())) {
            throw ProblemException.conflict(
                    "duplicate-my-number", "この個人番号は既に他の住民票に記載されています（" + p.field() + ".kojinbango）。");
        }
        if (p.juminhyoCode() != null && records.residentCodeInUse(p.juminhyoCode())) {
            throw ProblemException.conflict(
                    "duplicate-resident-code", "この住民票コードは既に他の住民票に記載されています（" + p.field() + ".juminhyocode）。");
        }
    }

    private void checkNotificationDate(LocalDate idoYmd, @Nullable LocalDate todokedeYmd) {
        if (todokedeYmd != null && todokedeYmd.isBefore(idoYmd)) {
            throw unprocessable("notified-before-change", "todokedeymd", "届出日が異動日より前です。");
        }
        if (todokedeYmd != null && todokedeYmd.isAfter(LocalDate.now(clock))) {
            throw unprocessable("future-notification", "todokedeymd", "届出日が未来の日付です。");
        }
    }

    private boolean isLate(String parameter, LocalDate idoYmd, @Nullable LocalDate todokedeYmd) {
        if (todokedeYmd == null) {
            return false;
        }
        long days = parameters
                .resolve(TenantContext.require(), MODULE, parameter, idoYmd)
                .integer();
        // 期間の計算は初日不算入 (民法 第140条): the period ends at the end of day idoYmd + days.
        return ChronoUnit.DAYS.between(idoYmd, todokedeYmd) > days;
    }

    private String newSetaibango() {
        return String.format("%015d", records.nextSetaibango());
    }

    private void record(ResidentRecord r, String purpose, String operation) {
        audit.record(new AuditEntry(
                Business.RESIDENT_REGISTRY,
                purpose,
                r.atenabango,
                operation,
                AuditEntry.Outcome.SUCCESS,
                "idojiyu=" + r.idojiyu + " rirekibango=" + r.version));
    }

    private void publish(ResidentRecord r, java.util.function.Function<Boolean, ResidentRegistryEvent> event) {
        boolean restricted = measures.isRestricted(r.atenabango, LocalDate.now(clock));
        events.publishEvent(event.apply(restricted));
    }

    private void publishCorrected(ResidentRecord r, LocalDate effective, ChangeReason reason, UUID idoId, Instant now) {
        publish(
                r,
                restricted -> new ResidentRecordCorrected(
                        UUID.randomUUID(),
                        TenantContext.require(),
                        now,
                        effective,
                        restricted,
                        idoId,
                        r.atenabango,
                        r.setaibango,
                        reason.code()));
    }

    static ProblemException unprocessable(String code, String field, String detail) {
        return ProblemException.unprocessable(code, detail, new InvalidParam(field, code, detail));
    }
}
