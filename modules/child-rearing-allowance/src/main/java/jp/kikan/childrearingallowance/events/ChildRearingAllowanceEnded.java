package jp.kikan.childrearingallowance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 資格喪失: the 受給資格 was lost; paid through {@code lastMonth} (児童扶養手当法 第7条第1項).
 *
 * @param effectiveDate the date of the event (転出, 死亡 …)
 * @param restricted    DV等支援措置 of the 受給者
 * @param lastMonth     the last month paid (YYYY-MM)
 * @param reason        喪失事由: konin, jido_fuzai, tenshutsu, shibo or sonota
 */
public record ChildRearingAllowanceEnded(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID entitlementId,
        String atenabango,
        String lastMonth,
        String reason)
        implements ChildRearingAllowanceEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ChildRearingAllowanceEnded(
            EventEnvelope envelope, UUID entitlementId, String atenabango, String lastMonth, String reason) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                entitlementId,
                atenabango,
                lastMonth,
                reason);
    }
}
