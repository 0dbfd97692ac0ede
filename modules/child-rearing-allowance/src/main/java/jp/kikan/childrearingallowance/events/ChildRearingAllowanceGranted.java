package jp.kikan.childrearingallowance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 認定: the 受給資格 was granted (児童扶養手当法 第6条).
 *
 * @param effectiveDate 認定日
 * @param restricted    DV等支援措置 of the 受給者
 * @param startMonth    支給開始月 (YYYY-MM)
 */
public record ChildRearingAllowanceGranted(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID entitlementId,
        String atenabango,
        String startMonth)
        implements ChildRearingAllowanceEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ChildRearingAllowanceGranted(
            EventEnvelope envelope, UUID entitlementId, String atenabango, String startMonth) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                entitlementId,
                atenabango,
                startMonth);
    }
}
