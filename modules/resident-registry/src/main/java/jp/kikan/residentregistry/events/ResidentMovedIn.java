package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 転入 (or 特例転入, 職権記載): the person was entered in the registry of this municipality.
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 * @param birthDate     生年月日 (to find children and the insured without a second read)
 * @param reason        異動事由 code: TENNYU, TOKUREI_TENNYU or SHOKKEN_KISAI
 */
public record ResidentMovedIn(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango,
        LocalDate birthDate,
        String reason)
        implements ResidentRegistryEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ResidentMovedIn(
            EventEnvelope envelope,
            UUID idoId,
            String atenabango,
            String setaibango,
            LocalDate birthDate,
            String reason) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                idoId,
                atenabango,
                setaibango,
                birthDate,
                reason);
    }
}
