package jp.kikan.residentregistry.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 転入 (or 特例転入, 職権記載): the person was entered in the registry of this municipality.
 *
 * @param envelope      the envelope, flat in the payload (effectiveDate: 異動日; restricted: DV等支援措置の対象)
 * @param birthDate     生年月日 (to find children and the insured without a second read)
 * @param reason        異動事由 code: TENNYU, TOKUREI_TENNYU or SHOKKEN_KISAI
 */
public record ResidentMovedIn(
        @JsonUnwrapped EventEnvelope envelope,
        UUID idoId,
        String atenabango,
        String setaibango,
        LocalDate birthDate,
        String reason)
        implements ResidentRegistryEvent {}
