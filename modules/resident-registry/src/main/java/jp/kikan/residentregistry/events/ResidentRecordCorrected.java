package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 職権修正, 職権消除 or 回復: the record was corrected; consumers re-read it (as of the 異動日, as known now).
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 * @param reason        異動事由 code: SHOKKEN_SHUSEI, SHOKKEN_SHOJO or KAIFUKU
 */
public record ResidentRecordCorrected(
        @JsonUnwrapped EventEnvelope envelope, UUID idoId, String atenabango, String setaibango, String reason)
        implements ResidentRegistryEvent {}
