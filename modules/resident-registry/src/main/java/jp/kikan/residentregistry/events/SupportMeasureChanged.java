package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * DV等支援措置 started or ended for the person: every business must withhold (or may show again) the address.
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 */
public record SupportMeasureChanged(
        @JsonUnwrapped EventEnvelope envelope, UUID idoId, String atenabango, String setaibango)
        implements ResidentRegistryEvent {}
