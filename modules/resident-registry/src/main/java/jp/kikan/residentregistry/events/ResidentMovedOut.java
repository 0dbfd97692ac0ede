package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 転出確定: the person left the municipality; the 住民票 was removed (消除) from the 異動日.
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 */
public record ResidentMovedOut(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango)
        implements ResidentRegistryEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ResidentMovedOut(EventEnvelope envelope, UUID idoId, String atenabango, String setaibango) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                idoId,
                atenabango,
                setaibango);
    }
}
