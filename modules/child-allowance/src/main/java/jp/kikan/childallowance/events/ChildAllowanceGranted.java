package jp.kikan.childallowance.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 認定: the 受給資格 was granted (児童手当法 第7条).
 *
 * @param effectiveDate 認定日
 * @param restricted    DV等支援措置 of the 受給者
 * @param startMonth    支給開始月 (YYYY-MM)
 */
public record ChildAllowanceGranted(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID entitlementId,
        String atenabango,
        String startMonth)
        implements ChildAllowanceEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ChildAllowanceGranted(EventEnvelope envelope, UUID entitlementId, String atenabango, String startMonth) {
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
