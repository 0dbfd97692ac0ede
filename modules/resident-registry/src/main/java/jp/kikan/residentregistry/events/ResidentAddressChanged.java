package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 転居: the person moved within the municipality (possibly into a new household).
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 * @param previousSetaibango the household before the move
 */
public record ResidentAddressChanged(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango,
        String previousSetaibango)
        implements ResidentRegistryEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ResidentAddressChanged(
            EventEnvelope envelope, UUID idoId, String atenabango, String setaibango, String previousSetaibango) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                idoId,
                atenabango,
                setaibango,
                previousSetaibango);
    }
}
