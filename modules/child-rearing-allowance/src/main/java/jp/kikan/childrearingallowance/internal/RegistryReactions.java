package jp.kikan.childrearingallowance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.residentregistry.ResidentSnapshot;
import jp.kikan.residentregistry.events.BirthRecorded;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registry's events do to 受給資格 of 児童扶養手当, each once per event, inside the event's tenant and in the
 * transaction of the platform's inbox ({@link jp.kikan.platform.events.EventInbox}, called by {@link
 * RegistryEventsListener}):
 *
 * <ul>
 *   <li>出生 in the household of a 受給者: a 額改定 is proposed; the increase runs from the month after the 額改定請求
 *       (児童扶養手当法 第8条第1項), so it waits for the clerk.
 *   <li>転出 or 死亡 of a 受給者: the 受給資格 is lost; paid through the month of the event (第7条第1項). (A 受給者 who
 *       moves keeps the right elsewhere: the new 支給機関 pays from the next month.)
 *   <li>死亡 of a 対象児童: not counted from the next month (第8条第3項); with no child left the 受給資格 is lost.
 * </ul>
 */
@Service("childRearingAllowanceRegistryReactions")
class RegistryReactions {

    private final ChildRearingAllowanceEntitlements entitlements;
    private final EntitlementService service;
    private final Residents residents;
    private final AuditLog audit;

    RegistryReactions(
            ChildRearingAllowanceEntitlements entitlements,
            EntitlementService service,
            Residents residents,
            AuditLog audit) {
        this.entitlements = entitlements;
        this.service = service;
        this.residents = residents;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void birth(BirthRecorded event) {
        List<String> household = residents.household(event.setaibango(), event.birthDate()).stream()
                .map(ResidentSnapshot::atenabango)
                .filter(a -> !a.equals(event.atenabango()))
                .toList();
        if (household.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (Entitlement found : entitlements.findGrantedOf(household)) {
            Entitlement e = entitlements.lock(found.id).orElse(found);
            boolean known = e.children.stream().anyMatch(c -> c.atenabango.equals(event.atenabango()))
                    || e.revisions.stream().anyMatch(r -> r.jidoAtenabango.equals(event.atenabango()));
            if (known) {
                continue;
            }
            Revision proposal = new Revision("ZOGAKU", "TEIAN", "SHUSSEI", event.birthDate(), event.atenabango(), now);
            proposal.sourceEventId = event.eventId();
            e.revisions.add(proposal);
            e.log(
                    "額改定の提案",
                    event.birthDate(),
                    "世帯に児童（" + event.atenabango() + "）が出生。額改定請求を受けて確定してください（増額は請求の翌月から: 児童扶養手当法 第8条第1項）。",
                    CurrentStaff.actor(),
                    now);
            audit.record(
                    AuditEntry.success(EntitlementService.BUSINESS, "出生による額改定の提案", e.jukyushaAtenabango, "CREATE"));
        }
    }

    /** The person left the municipality ({@code TENSHUTSU}) or died ({@code SHIBO}) on {@code date}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void gone(String atenabango, LocalDate date, String reason) {
        Instant now = Instant.now();
        String actor = CurrentStaff.actor();
        entitlements
                .findActive(atenabango)
                .flatMap(found -> entitlements.lock(found.id))
                .filter(e -> e.is(Entitlement.Status.NINTEI))
                .ifPresent(e -> service.end(
                        e, reason, date, "受給者の" + EntitlementService.JIYU.get(reason) + "（住民記録による）", actor, now));
        if (!reason.equals("SHIBO")) {
            return;
        }
        for (Entitlement found : entitlements.findActiveWithChild(atenabango)) {
            Entitlement e = entitlements.lock(found.id).orElse(found);
            if (!e.is(Entitlement.Status.NINTEI)) {
                continue;
            }
            e.openChildren().stream()
                    .filter(c -> c.atenabango.equals(atenabango))
                    .findFirst()
                    .ifPresent(line -> {
                        Revision revision = new Revision("GENGAKU", "KAKUTEI", "SHIBO", date, atenabango, now);
                        e.revisions.add(revision);
                        service.removeChild(e, line, revision, date, "死亡（住民記録による）", actor, now);
                    });
        }
    }
}
