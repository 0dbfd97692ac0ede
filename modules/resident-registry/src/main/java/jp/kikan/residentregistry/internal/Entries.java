package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.ResidentAddress;
import jp.kikan.residentregistry.events.BirthRecorded;
import jp.kikan.residentregistry.events.ResidentMovedIn;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 転入・職権記載・出生: persons are entered in the registry (住民基本台帳法 第22条, 第24条の2; 施行令 第12条). Each process checks its legal preconditions, adds versions through the {@link Timeline}, audits and
 * publishes per person, in one transaction: a refused 異動 leaves nothing behind.
 */
@Service
class Entries {

    private final Timeline timeline;
    private final ResidentRecords records;
    private final PossibleDuplicates duplicates;

    Entries(Timeline timeline, ResidentRecords records, PossibleDuplicates duplicates) {
        this.timeline = timeline;
        this.records = records;
        this.duplicates = duplicates;
    }

    // ---------------------------------------------------------------------------------------------------- 記載

    /**
     * 転入, 特例転入 or 職権記載 of persons forming a new household or joining {@code setaibango}. A person who may
     * already be a resident (名寄せ) is entered only when {@code confirmedNotDuplicate} (重複確認).
     */
    @Transactional
    IdoOutcome enter(
            ChangeReason reason,
            LocalDate idoYmd,
            @Nullable LocalDate todokedeYmd,
            @Nullable String tennyumaeJusho,
            @Nullable String setaibango,
            ResidentAddress jusho,
            List<PersonData> people,
            boolean confirmedNotDuplicate) {
        LocalDate today = timeline.today();
        if (idoYmd.isAfter(today)) {
            throw Timeline.unprocessable("future-ido-date", "idoymd", "異動日が未来の日付です。転入は転入した日以後に届け出ます。");
        }
        if (reason != ChangeReason.EX_OFFICIO_ENTRY && (tennyumaeJusho == null || tennyumaeJusho.isBlank())) {
            throw ProblemException.invalid(
                    "転入前住所を入力してください。", new InvalidParam("tennyumae_jusho", "required", "転入には転入前住所が必要です。"));
        }
        timeline.checkNotificationDate(idoYmd, todokedeYmd);
        long heads = people.stream().filter(PersonData::isHead).count();
        String household;
        ResidentAddress address = jusho;
        if (setaibango == null) {
            if (heads != 1) {
                throw Timeline.unprocessable(
                        "household-head-required", "members", "新しい世帯には世帯主（続柄「世帯主」）が1人必要です（" + heads + "人）。");
            }
            household = timeline.newSetaibango();
        } else {
            List<ResidentRecord> members = records.findCurrentMembers(setaibango);
            if (members.isEmpty()) {
                throw ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は見つかりません。");
            }
            if (heads > 0 && members.stream().anyMatch(m -> m.setainushi)) {
                throw Timeline.unprocessable("household-has-head", "members", "世帯には既に世帯主がいます。続柄を確認してください。");
            }
            ResidentAddress existing = members.get(0).address();
            if (!existing.oneLine().equals(jusho.oneLine())) {
                throw Timeline.unprocessable(
                        "address-differs-from-household",
                        "jusho",
                        "住所が世帯の住所（" + existing.oneLine() + "）と異なります。別の世帯とするときは世帯番号を指定しないでください。");
            }
            address = existing;
            household = setaibango;
        }
        for (PersonData p : people) {
            if (p.seinengappi().isAfter(idoYmd)) {
                throw Timeline.unprocessable("born-after-ido-date", p.field() + ".seinengappi", "生年月日が異動日より後です。");
            }
            timeline.checkNumbersFree(p);
        }
        if (!confirmedNotDuplicate) {
            duplicates.refuseLikelyDuplicates(people, address);
        }
        boolean late = reason != ChangeReason.EX_OFFICIO_ENTRY
                && timeline.isLate("notification-period-days", idoYmd, todokedeYmd);
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        List<ResidentRecord> created = new ArrayList<>();
        for (PersonData p : people) {
            ResidentRecord r = timeline.newPerson(p, household, address, idoYmd, now, reason, idoId);
            r.todokedeYmd = todokedeYmd;
            r.todokedeKigenKeika = late;
            r.tennyumaeJusho = tennyumaeJusho;
            timeline.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            timeline.record(r, reason.japaneseName() + "の記載", "CREATE");
            timeline.publish(
                    r,
                    now,
                    idoYmd,
                    envelope -> new ResidentMovedIn(
                            envelope, idoId, r.atenabango, r.setaibango, r.seinengappi, reason.code()));
        }
        return new IdoOutcome(idoId, reason, idoYmd, late, household, created);
    }

    /**
     * 出生: the child is entered in the household of the 届出; a child who may already be entered (名寄せ, e.g. a 出生届
     * recorded twice) only when {@code confirmedNotDuplicate} (重複確認).
     */
    @Transactional
    IdoOutcome birth(
            PersonData child, @Nullable LocalDate todokedeYmd, String setaibango, boolean confirmedNotDuplicate) {
        LocalDate birth = child.seinengappi();
        timeline.checkNotificationDate(birth, todokedeYmd);
        if (child.isHead()) {
            throw Timeline.unprocessable("newborn-cannot-head", child.field() + ".zokugara", "出生した子を世帯主とすることはできません。");
        }
        List<ResidentRecord> members = records.findCurrentMembers(setaibango);
        if (members.isEmpty()) {
            throw ProblemException.notFound("世帯番号「" + setaibango + "」の世帯は見つかりません。");
        }
        timeline.checkNumbersFree(child);
        if (!confirmedNotDuplicate) {
            duplicates.refuseLikelyDuplicates(List.of(child), members.get(0).address());
        }
        boolean late = timeline.isLate("birth-notification-period-days", birth, todokedeYmd);
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
        ResidentRecord r =
                timeline.newPerson(child, setaibango, members.get(0).address(), birth, now, ChangeReason.BIRTH, idoId);
        r.todokedeYmd = todokedeYmd;
        r.todokedeKigenKeika = late;
        timeline.persist(r);
        timeline.record(r, "出生による記載", "CREATE");
        timeline.publish(
                r, now, birth, envelope -> new BirthRecorded(envelope, idoId, r.atenabango, setaibango, birth));
        return new IdoOutcome(idoId, ChangeReason.BIRTH, birth, late, setaibango, List.of(r));
    }
}
