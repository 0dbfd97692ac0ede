package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 死亡: the 住民票 was removed (消除) from the date of death.
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 */
public record ResidentDied(@JsonUnwrapped EventEnvelope envelope, UUID idoId, String atenabango, String setaibango)
        implements ResidentRegistryEvent {}
