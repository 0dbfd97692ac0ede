package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * DV等支援措置 started or ended for the person: every business must withhold (or may show again) the address.
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 */
public record SupportMeasureChanged(
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
    public SupportMeasureChanged(EventEnvelope envelope, UUID idoId, String atenabango, String setaibango) {
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
