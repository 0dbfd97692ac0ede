package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 転出届: the person notified a move out of the municipality (still a resident until it is confirmed).
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 * @param plannedDate   転出予定年月日
 */
public record ResidentMoveOutNotified(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango,
        LocalDate plannedDate)
        implements ResidentRegistryEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ResidentMoveOutNotified(
            EventEnvelope envelope, UUID idoId, String atenabango, String setaibango, LocalDate plannedDate) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                idoId,
                atenabango,
                setaibango,
                plannedDate);
    }
}
