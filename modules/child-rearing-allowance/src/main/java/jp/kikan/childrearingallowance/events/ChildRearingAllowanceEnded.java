package jp.kikan.childrearingallowance.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 資格喪失: the 受給資格 was lost; paid through {@code lastMonth} (児童扶養手当法 第7条第1項).
 *
 * @param envelope        the envelope, flat in the payload (effectiveDate: the date of the event (転出, 死亡 …); restricted: DV等支援措置 of the 受給者)
 * @param lastMonth     the last month paid (YYYY-MM)
 * @param reason        喪失事由: konin, jido_fuzai, tenshutsu, shibo or sonota
 */
public record ChildRearingAllowanceEnded(
        @JsonUnwrapped EventEnvelope envelope, UUID entitlementId, String atenabango, String lastMonth, String reason)
        implements ChildRearingAllowanceEvent {}
