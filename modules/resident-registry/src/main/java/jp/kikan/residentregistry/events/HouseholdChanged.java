package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 世帯変更 (世帯主変更, 世帯分離, 世帯合併) as it concerns this person: the household or 続柄 changed.
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 * @param reason        異動事由 code: SETAINUSHI_HENKO, SETAI_BUNRI, SETAI_GAPPEI or SETAI_KOSEI_HENKO
 * @param previousSetaibango the household before the change
 * @param head          the person is the 世帯主 after the change
 */
public record HouseholdChanged(
        @JsonUnwrapped EventEnvelope envelope,
        UUID idoId,
        String atenabango,
        String setaibango,
        String reason,
        String previousSetaibango,
        boolean head)
        implements ResidentRegistryEvent {}
