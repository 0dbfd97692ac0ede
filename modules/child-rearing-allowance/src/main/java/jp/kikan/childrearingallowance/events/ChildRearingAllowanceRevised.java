package jp.kikan.childrearingallowance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 額改定: a child was added ({@code zogaku}, 児童扶養手当法 第8条第1項) or left ({@code gengaku}, 第8条第3項).
 *
 * @param effectiveDate   the date of the event (出生, 死亡 …)
 * @param restricted      DV等支援措置 of the 受給者
 * @param kind            {@code zogaku} or {@code gengaku}
 * @param childAtenabango 宛名番号 of the child
 * @param revisedFrom     the first month at the new amount (YYYY-MM)
 */
public record ChildRearingAllowanceRevised(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID entitlementId,
        String atenabango,
        String kind,
        String childAtenabango,
        String revisedFrom)
        implements ChildRearingAllowanceEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ChildRearingAllowanceRevised(
            EventEnvelope envelope,
            UUID entitlementId,
            String atenabango,
            String kind,
            String childAtenabango,
            String revisedFrom) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                entitlementId,
                atenabango,
                kind,
                childAtenabango,
                revisedFrom);
    }
}
