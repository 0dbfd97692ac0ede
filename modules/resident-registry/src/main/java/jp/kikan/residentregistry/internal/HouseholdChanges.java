package jp.kikan.residentregistry.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.residentregistry.ChangeReason;
import jp.kikan.residentregistry.events.HouseholdChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 世帯変更: 世帯主変更, 世帯分離, 世帯合併 (住民基本台帳法 第25条). Each process checks its legal preconditions, adds versions through the {@link Timeline}, audits and
 * publishes per person, in one transaction: a refused 異動 leaves nothing behind.
 */
@Service
class HouseholdChanges {

    private final Timeline timeline;

    HouseholdChanges(Timeline timeline) {
        this.timeline = timeline;
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
        timeline.checkNotificationDate(idoYmd, todokedeYmd);
        List<ResidentRecord> members = timeline.lockHousehold(setaibango);
        if (members.stream().noneMatch(m -> m.atenabango.equals(newHead))) {
            throw Timeline.unprocessable("not-a-member", "shin_setainushi", "新しい世帯主は世帯員から選んでください。");
        }
        if (members.stream().anyMatch(m -> m.setainushi && m.atenabango.equals(newHead))) {
            throw Timeline.unprocessable("already-head", "shin_setainushi", "指定された者は既に世帯主です。");
        }
        for (ResidentRecord m : members) {
            if (m.setainushi && !zokugara.containsKey(m.atenabango)) {
                throw Timeline.unprocessable(
                        "zokugara-required", "zokugara", "これまでの世帯主（" + m.atenabango + "）の新しい続柄を指定してください。");
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
        timeline.checkNotificationDate(idoYmd, todokedeYmd);
        List<ResidentRecord> members = timeline.lockHousehold(setaibango);
        List<ResidentRecord> movers =
                members.stream().filter(m -> leaving.contains(m.atenabango)).toList();
        if (movers.size() != leaving.size()) {
            throw Timeline.unprocessable("not-a-member", "members", "分離する者は世帯員から選んでください。");
        }
        if (movers.size() == members.size()) {
            throw Timeline.unprocessable("separation-of-everyone", "members", "世帯員全員を分離することはできません。");
        }
        if (!leaving.contains(newHead)) {
            throw Timeline.unprocessable("new-household-head-required", "shin_setainushi", "新しい世帯の世帯主は分離する者から選んでください。");
        }
        timeline.requireRelationships(movers, newHead, zokugara);
        return regroup(
                ChangeReason.HOUSEHOLD_SEPARATION,
                idoYmd,
                todokedeYmd,
                members,
                movers,
                setaibango,
                timeline.newSetaibango(),
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
        timeline.checkNotificationDate(idoYmd, todokedeYmd);
        if (setaibango.equals(target)) {
            throw Timeline.unprocessable("same-household", "gappeisaki_setaibango", "合併先は別の世帯を指定してください。");
        }
        List<ResidentRecord> joining = timeline.lockHousehold(setaibango);
        List<ResidentRecord> hosts = timeline.lockHousehold(target);
        if (!joining.get(0).address().oneLine().equals(hosts.get(0).address().oneLine())) {
            throw Timeline.unprocessable(
                    "address-differs-from-household", "gappeisaki_setaibango", "住所の異なる世帯とは合併できません。先に転居の届出が必要です。");
        }
        for (ResidentRecord m : joining) {
            if (!zokugara.containsKey(m.atenabango)) {
                throw Timeline.unprocessable(
                        "zokugara-required", "zokugara", "合併する世帯員（" + m.atenabango + "）の続柄を指定してください。");
            }
        }
        String head = hosts.stream()
                .filter(m -> m.setainushi)
                .map(ResidentRecord::atenabango)
                .findFirst()
                .orElseThrow(() ->
                        Timeline.unprocessable("household-head-required", "gappeisaki_setaibango", "合併先の世帯に世帯主がいません。"));
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
        boolean late = timeline.isLate("notification-period-days", idoYmd, todokedeYmd);
        UUID idoId = UUID.randomUUID();
        Instant now = timeline.now();
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
            ResidentRecord r = timeline.append(old, idoYmd, own, idoId, now, "idoymd");
            r.setaibango = newHousehold;
            r.setainushi = headNow;
            r.zokugara = newZokugara;
            r.todokedeYmd = todokedeYmd;
            r.todokedeKigenKeika = late;
            timeline.persist(r);
            created.add(r);
        }
        for (ResidentRecord r : created) {
            String previous = household.stream()
                    .filter(o -> o.atenabango.equals(r.atenabango))
                    .map(o -> o.setaibango)
                    .findFirst()
                    .orElse(from);
            timeline.record(r, "世帯変更届の受理", "UPDATE");
            timeline.publish(
                    r,
                    now,
                    idoYmd,
                    envelope -> new HouseholdChanged(
                            envelope, idoId, r.atenabango, r.setaibango, r.idojiyu, previous, r.setainushi));
        }
        return new IdoOutcome(idoId, reason, idoYmd, late, to, created);
    }
}
