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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.RecordStatus;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.events.ResidentRecordCorrected;
import jp.kikan.residentregistry.events.ResidentRegistryEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The registry's timeline of versions and what every 異動 shares: locking the persons concerned, appending a version
 * (never changing a recorded one, except to mark it superseded or no longer current), the legal notification
 * period, the audit record and the event per person. The processes ({@link Entries}, {@link Moves},
 * {@link HouseholdChanges}, {@link Corrections}) use it inside their transaction.
 */
@Component
class Timeline {

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

    Timeline(
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

    Instant now() {
        return Instant.now(clock);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void persist(ResidentRecord r) {
        entities.persist(r);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    ResidentRecord newPerson(
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
    ResidentRecord append(
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
    ResidentRecord appendRetroactive(
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
    void retire(List<ResidentRecord> versions) {
        versions.forEach(v -> v.isCurrent = false);
        entities.flush();
    }

    void markCurrent(List<ResidentRecord> created) {
        ResidentRecord latest = created.stream()
                .max(Comparator.comparing((ResidentRecord v) -> v.validFrom).thenComparingInt(v -> v.version))
                .orElseThrow();
        for (ResidentRecord r : created) {
            r.isCurrent = r == latest;
        }
        created.sort(Comparator.comparing((ResidentRecord v) -> v.validFrom).thenComparingInt(v -> v.version));
    }

    List<ResidentRecord> lockResidents(List<String> people, String field, Set<RecordStatus> allowed) {
        return lockResidents(people, field, allowed, null);
    }

    /**
     * Locks the current records of {@code people} (in 宛名番号 order, so that two 異動 of the same persons cannot
     * deadlock) and checks that each is in an {@code allowed} status and, when {@code ifMatch} is given, still the
     * version the caller read (else 412). Returned in the order of {@code people}.
     */
    List<ResidentRecord> lockResidents(
            List<String> people, String field, Set<RecordStatus> allowed, @Nullable String ifMatch) {
        Map<String, ResidentRecord> locked = new java.util.HashMap<>();
        for (String a : new java.util.TreeSet<>(people)) {
            locked.put(a, lockCurrent(a, ifMatch));
        }
        List<ResidentRecord> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            String a = people.get(i);
            String where = people.size() == 1 && !field.equals("members") ? field : field + "[" + i + "]";
            ResidentRecord r = java.util.Objects.requireNonNull(locked.get(a));
            if (ifMatch != null) {
                EntityTags.requireMatch(ifMatch, r.version);
            }
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

    List<ResidentRecord> lockHousehold(String setaibango) {
        List<ResidentRecord> members = records.findCurrentMembers(setaibango);
        if (members.isEmpty()) {
            throw ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は見つかりません。");
        }
        return lockResidents(
                members.stream().map(ResidentRecord::atenabango).toList(), "setaibango", Set.of(RecordStatus.RESIDENT));
    }

    ResidentRecord lockCurrentMatching(String atenabango, @Nullable String ifMatch) {
        ResidentRecord current = lockCurrent(atenabango, ifMatch);
        EntityTags.requireMatch(ifMatch, current.version);
        return current;
    }

    /**
     * The current record of {@code atenabango}, locked. A 異動 that waited for the lock while another one of the same
     * person committed finds no current record: under READ COMMITTED the row it waited for is re-checked, is no longer
     * current, and the new current version is not in the statement's snapshot. The person exists, so that is a lost
     * race, answered 412 when the caller sent If-Match (the version it read is gone) and 409 otherwise; never 404.
     */
    private ResidentRecord lockCurrent(String atenabango, @Nullable String ifMatch) {
        Optional<ResidentRecord> locked = records.lockCurrent(atenabango);
        if (locked.isPresent()) {
            return locked.get();
        }
        if (records.maxVersion(atenabango) == 0) {
            throw ProblemException.notFound("宛名番号「" + atenabango + "」の住民は見つかりません。");
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw EntityTags.preconditionFailed();
        }
        throw ProblemException.conflict(
                "concurrent-change", "宛名番号「" + atenabango + "」の住民票は、同時に行われた他の異動により更新されました。最新の記録を確認してから、改めて処理してください。");
    }

    static String sameHousehold(List<ResidentRecord> people, String field) {
        String household = people.get(0).setaibango;
        if (people.stream().anyMatch(p -> !p.setaibango.equals(household))) {
            throw unprocessable("different-households", field, "同じ世帯の者を指定してください。");
        }
        return household;
    }

    static void requireRelationships(List<ResidentRecord> movers, String newHead, Map<String, String> zokugara) {
        for (ResidentRecord m : movers) {
            if (!m.atenabango.equals(newHead) && !zokugara.containsKey(m.atenabango)) {
                throw unprocessable("zokugara-required", "zokugara", "新しい世帯での続柄を指定してください（" + m.atenabango + "）。");
            }
        }
    }

    void checkNumbersFree(PersonData p) {
        if (p.kojinbango() != null && records.myNumberInUse(p.kojinbango())) {
            throw ProblemException.conflict(
                    "duplicate-my-number", "この個人番号は既に他の住民票に記載されています（" + p.field() + ".kojinbango）。");
        }
        if (p.juminhyoCode() != null && records.residentCodeInUse(p.juminhyoCode())) {
            throw ProblemException.conflict(
                    "duplicate-resident-code", "この住民票コードは既に他の住民票に記載されています（" + p.field() + ".juminhyocode）。");
        }
    }

    void checkNotificationDate(LocalDate idoYmd, @Nullable LocalDate todokedeYmd) {
        if (todokedeYmd != null && todokedeYmd.isBefore(idoYmd)) {
            throw unprocessable("notified-before-change", "todokedeymd", "届出日が異動日より前です。");
        }
        if (todokedeYmd != null && todokedeYmd.isAfter(LocalDate.now(clock))) {
            throw unprocessable("future-notification", "todokedeymd", "届出日が未来の日付です。");
        }
    }

    boolean isLate(String parameter, LocalDate idoYmd, @Nullable LocalDate todokedeYmd) {
        if (todokedeYmd == null) {
            return false;
        }
        long days = parameters
                .resolve(TenantContext.require(), MODULE, parameter, idoYmd)
                .integer();
        // 期間の計算は初日不算入 (民法 第140条): the period ends at the end of day idoYmd + days.
        return ChronoUnit.DAYS.between(idoYmd, todokedeYmd) > days;
    }

    String newSetaibango() {
        return String.format("%015d", records.nextSetaibango());
    }

    void record(ResidentRecord r, String purpose, String operation) {
        audit.record(new AuditEntry(
                Business.RESIDENT_REGISTRY,
                purpose,
                r.atenabango,
                operation,
                AuditEntry.Outcome.SUCCESS,
                "idojiyu=" + r.idojiyu + " rirekibango=" + r.version));
    }

    /** Publishes the person's event of a change recorded at {@code occurredAt}, taking effect on {@code effective}. */
    void publish(
            ResidentRecord r,
            Instant occurredAt,
            LocalDate effective,
            java.util.function.Function<EventEnvelope, ResidentRegistryEvent> event) {
        boolean restricted = measures.isRestricted(r.atenabango, LocalDate.now(clock));
        events.publishEvent(event.apply(EventEnvelope.of(occurredAt, effective, restricted)));
    }

    void publishCorrected(ResidentRecord r, LocalDate effective, ChangeReason reason, UUID idoId, Instant now) {
        publish(
                r,
                now,
                effective,
                envelope -> new ResidentRecordCorrected(envelope, idoId, r.atenabango, r.setaibango, reason.code()));
    }

    static ProblemException unprocessable(String code, String field, String detail) {
        return ProblemException.unprocessable(code, detail, new InvalidParam(field, code, detail));
    }
}
