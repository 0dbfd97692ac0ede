package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 出生: a child was entered in a household.
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 * @param birthDate     生年月日 (= the 異動日)
 */
public record BirthRecorded(
        @JsonUnwrapped EventEnvelope envelope, UUID idoId, String atenabango, String setaibango, LocalDate birthDate)
        implements ResidentRegistryEvent {}
