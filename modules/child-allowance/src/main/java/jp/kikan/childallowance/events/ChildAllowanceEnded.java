package jp.kikan.childallowance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 消滅: the 受給資格 ended; paid through {@code lastMonth} (児童手当法 第8条第2項).
 *
 * @param effectiveDate the date of the event (転出, 死亡 …)
 * @param restricted    DV等支援措置 of the 受給者
 * @param lastMonth     the last month paid (YYYY-MM)
 * @param reason        消滅事由: tenshutsu, shibo, kango_shuryo, jido_nashi or sonota
 */
public record ChildAllowanceEnded(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID entitlementId,
        String atenabango,
        String lastMonth,
        String reason)
        implements ChildAllowanceEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ChildAllowanceEnded(
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
