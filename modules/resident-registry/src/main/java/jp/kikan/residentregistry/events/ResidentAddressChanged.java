package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 転居: the person moved within the municipality (possibly into a new household).
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 * @param previousSetaibango the household before the move
 */
public record ResidentAddressChanged(
        @JsonUnwrapped EventEnvelope envelope,
        UUID idoId,
        String atenabango,
        String setaibango,
        String previousSetaibango)
        implements ResidentRegistryEvent {}
