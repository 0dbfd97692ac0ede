package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 転出届: the person notified a move out of the municipality (still a resident until it is confirmed).
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 * @param plannedDate   転出予定年月日
 */
public record ResidentMoveOutNotified(
        @JsonUnwrapped EventEnvelope envelope, UUID idoId, String atenabango, String setaibango, LocalDate plannedDate)
        implements ResidentRegistryEvent {}
