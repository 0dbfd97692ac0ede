package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;
import org.jspecify.annotations.Nullable;

/**
 * 在留期間更新 or 在留資格変更 of a foreign resident.
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 * @param reason        異動事由 code: ZAIRYU_KIKAN_KOSHIN or ZAIRYU_SHIKAKU_HENKO
 * @param periodOfStayEnds 在留期間の満了の日
 */
public record ResidenceStatusChanged(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango,
        String reason,
        @Nullable LocalDate periodOfStayEnds)
        implements ResidentRegistryEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public ResidenceStatusChanged(
            EventEnvelope envelope,
            UUID idoId,
            String atenabango,
            String setaibango,
            String reason,
            @Nullable LocalDate periodOfStayEnds) {
        this(
                envelope.eventId(),
                envelope.tenantCode(),
                envelope.occurredAt(),
                envelope.effectiveDate(),
                envelope.restricted(),
                idoId,
                atenabango,
                setaibango,
                reason,
                periodOfStayEnds);
    }
}
