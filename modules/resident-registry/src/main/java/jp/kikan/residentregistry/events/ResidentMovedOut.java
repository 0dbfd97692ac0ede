package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 転出確定: the person left the municipality; the 住民票 was removed (消除) from the 異動日.
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 */
public record ResidentMovedOut(@JsonUnwrapped EventEnvelope envelope, UUID idoId, String atenabango, String setaibango)
        implements ResidentRegistryEvent {}
