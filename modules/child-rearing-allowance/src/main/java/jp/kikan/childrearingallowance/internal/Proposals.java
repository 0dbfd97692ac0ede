package jp.kikan.childrearingallowance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.childrearingallowance.domain.ChildJudgement;
import jp.kikan.childrearingallowance.domain.MonthlyAmounts;
import jp.kikan.childrearingallowance.domain.SpouseInHousehold;
import jp.kikan.residentregistry.ResidentSnapshot;
import jp.kikan.residentregistry.events.HouseholdChanged;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 減額 and 資格喪失 that 児童扶養手当 proposes to the clerk: a 世帯変更 that shows a 配偶者 of the 受給者 (the child would be
 * raised by the 父又は母's 配偶者, 事実上の配偶者 included: 児童扶養手当法 第4条第2項, 第3条第3項) proposes the 資格喪失 for
 * 婚姻; a 対象児童 no longer a 児童 in a month (第3条第1項) proposes its 減額, and with no child left the 受給資格 ends when
 * it is confirmed. The registry shows signs, not the law's facts: the clerk confirms or withdraws.
 */
@Service
class Proposals {

    /** A proposal made now, with its 受給資格. */
    record Made(Entitlement entitlement, Revision revision) {}

    static final String MARRIAGE = "KONIN";
    static final String AGE_LIMIT = "NENREI_TOTATSU";

    private final EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle;
    private final ChildRearingAllowanceEntitlements entitlements;
    private final MonthlyAmounts amounts;

    Proposals(
            EntitlementLifecycle<Entitlement, EntitlementChild, Revision> lifecycle,
            ChildRearingAllowanceEntitlements entitlements,
            MonthlyAmounts amounts) {
        this.lifecycle = lifecycle;
        this.entitlements = entitlements;
        this.amounts = amounts;
    }

    /** A 世帯変更: each 受給者 in the household after it who now has a 配偶者 there gets a 資格喪失 proposal. */
    @Transactional(propagation = Propagation.MANDATORY)
    void householdChanged(HouseholdChanged event) {
        LocalDate date = event.effectiveDate();
        List<ResidentSnapshot> household = lifecycle.household(event.setaibango(), date);
        List<String> members =
                household.stream().map(ResidentSnapshot::atenabango).toList();
        for (Entitlement e : lifecycle.grantedOf(members)) {
            ResidentSnapshot recipient = household.stream()
                    .filter(r -> r.atenabango().equals(e.recipient()))
                    .findFirst()
                    .orElseThrow();
            List<String> others = household.stream()
                    .filter(r -> !r.atenabango().equals(e.recipient()))
                    .map(ResidentSnapshot::zokugara)
                    .toList();
            Optional<SpouseInHousehold.Sign> sign =
                    SpouseInHousehold.of(recipient.zokugara(), recipient.head(), others);
            if (sign.isEmpty()) {
                continue;
            }
            lifecycle.proposeDecrease(
                    e,
                    e.recipient(),
                    MARRIAGE,
                    date,
                    event.eventId(),
                    "世帯変更（" + date + "）により、住民記録上、受給者と同一世帯に" + sign.get().japanese() + "がいる（受給者の続柄「"
                            + recipient.zokugara() + "」）。婚姻（事実婚を含む）であれば資格喪失を確定してください（児童は父又は母の配偶者に養育される"
                            + "ため支給しない: 児童扶養手当法 第4条第2項、第3条第3項。支給は事由の生じた日の属する月まで: 第7条第1項）。");
        }
    }

    /**
     * The 減額 proposals of {@code month}: every 対象児童 of a granted 受給資格 counted in the month before and no longer a
     * 児童 in {@code month}. Returns the proposals made now.
     */
    @Transactional
    List<Made> ageLimits(YearMonth month) {
        YearMonth before = month.minusMonths(1);
        List<String> recipients = entitlements.findPayable().stream()
                .filter(e -> e.is(Phase.GRANTED))
                .map(Entitlement::recipient)
                .toList();
        List<Made> made = new ArrayList<>();
        for (Entitlement e : lifecycle.grantedOf(recipients)) {
            for (EntitlementChild child : e.openChildren()) {
                var facts = child.span().facts();
                if (!child.span().covers(before) || !amounts.isChild(facts, before)) {
                    continue;
                }
                ChildJudgement now = amounts.judge(facts, month);
                if (now.counts()) {
                    continue;
                }
                boolean last = e.openChildren().size() == 1;
                if (lifecycle.proposeDecrease(
                        e,
                        child.atenabango(),
                        AGE_LIMIT,
                        before.atEndOfMonth(),
                        null,
                        "児童（" + child.atenabango() + "）：" + now.reason() + "。" + month + "分から対象児童としない減額を確定してください"
                                + (last ? "（対象児童がいなくなるため資格喪失となる）" : "") + "（" + now.source() + "、第8条第3項）。")) {
                    e.revisions().stream()
                            .filter(r -> r.state() == RevisionRecord.State.TEIAN
                                    && r.reason().equals(AGE_LIMIT)
                                    && r.child().equals(child.atenabango()))
                            .forEach(r -> made.add(new Made(e, r)));
                }
            }
        }
        return made;
    }
}
