package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 出生: a child was entered in a household.
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 * @param birthDate     生年月日 (= the 異動日)
 */
public record BirthRecorded(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango,
        LocalDate birthDate)
        implements ResidentRegistryEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public BirthRecorded(
            EventEnvelope envelope, UUID idoId, String atenabango, String setaibango, LocalDate birthDate) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                idoId,
                atenabango,
                setaibango,
                birthDate);
    }
}
