package jp.kikan.childallowance.internal;

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
 * What the registry's events do to 受給資格. Each reaction runs once per event, inside the event's tenant and in the
 * transaction of the platform's inbox ({@link jp.kikan.platform.events.EventInbox}, called by {@link
 * RegistryEventsListener}), which also records the event as handled.
 *
 * <ul>
 *   <li>出生 in the household of a 受給者: a 額改定 is <em>proposed</em>, not made. The increase runs from the month after
 *       the 額改定請求 (児童手当法 第9条第1項), so it waits for the clerk to record the 請求 and its date.
 *   <li>転出 or 死亡 of a 受給者: the 受給資格 ends; paid through the month of the event (第8条第2項).
 *   <li>死亡 of a child: the child is no longer counted from the next month (第9条第3項), and the 受給資格 ends when no
 *       支給要件児童 is left.
 * </ul>
 */
@Service("childAllowanceRegistryReactions")
class RegistryReactions {

    private final ChildAllowanceEntitlements entitlements;
    private final EntitlementService service;
    private final Residents residents;
    private final AuditLog audit;

    RegistryReactions(
            ChildAllowanceEntitlements entitlements, EntitlementService service, Residents residents, AuditLog audit) {
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
                    "世帯に児童（" + event.atenabango() + "）が出生。額改定請求を受けて確定してください（増額は請求の翌月から、"
                            + "出生の翌日から15日以内の請求なら出生の翌月から: 児童手当法 第9条、第8条第3項）。",
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
