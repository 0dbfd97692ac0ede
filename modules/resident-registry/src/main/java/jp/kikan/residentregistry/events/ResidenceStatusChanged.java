package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;
import org.jspecify.annotations.Nullable;

/**
 * 在留期間更新 or 在留資格変更 of a foreign resident.
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 * @param reason        異動事由 code: ZAIRYU_KIKAN_KOSHIN or ZAIRYU_SHIKAKU_HENKO
 * @param periodOfStayEnds 在留期間の満了の日
 */
public record ResidenceStatusChanged(
        @JsonUnwrapped EventEnvelope envelope,
        UUID idoId,
        String atenabango,
        String setaibango,
        String reason,
        @Nullable LocalDate periodOfStayEnds)
        implements ResidentRegistryEvent {}
