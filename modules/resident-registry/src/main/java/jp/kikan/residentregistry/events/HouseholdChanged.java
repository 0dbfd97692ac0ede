package jp.kikan.residentregistry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 世帯変更 (世帯主変更, 世帯分離, 世帯合併) as it concerns this person: the household or 続柄 changed.
 *
 * @param effectiveDate 異動日
 * @param restricted    DV等支援措置の対象
 * @param reason        異動事由 code: SETAINUSHI_HENKO, SETAI_BUNRI, SETAI_GAPPEI or SETAI_KOSEI_HENKO
 * @param previousSetaibango the household before the change
 * @param head          the person is the 世帯主 after the change
 */
public record HouseholdChanged(
        UUID eventId,
        String tenantCode,
        Instant occurredAt,
        LocalDate effectiveDate,
        boolean restricted,
        UUID idoId,
        String atenabango,
        String setaibango,
        String reason,
        String previousSetaibango,
        boolean head)
        implements ResidentRegistryEvent {

    /** The event with the envelope of the change ({@link EventEnvelope#of}). */
    public HouseholdChanged(
            EventEnvelope envelope,
            UUID idoId,
            String atenabango,
            String setaibango,
            String reason,
            String previousSetaibango,
            boolean head) {
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
                previousSetaibango,
                head);
    }
}
