package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 職権修正, 職権消除 or 回復: the record was corrected; consumers re-read it (as of the 異動日, as known now).
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 * @param reason        異動事由 code: SHOKKEN_SHUSEI, SHOKKEN_SHOJO or KAIFUKU
 */
public record ResidentRecordCorrected(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango,
        String reason)
        implements ResidentRegistryEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ResidentRecordCorrected(
            EventEnvelope envelope, UUID idoId, String atenabango, String setaibango, String reason) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                idoId,
                atenabango,
                setaibango,
                reason);
    }
}
