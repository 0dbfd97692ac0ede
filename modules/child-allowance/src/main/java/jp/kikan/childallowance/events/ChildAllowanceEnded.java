package jp.kikan.childallowance.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 消滅: the 受給資格 ended; paid through {@code lastMonth} (児童手当法 第8条第2項).
 *
 * @param envelope        the envelope, flat in the payload (effectiveDate: the date of the event (転出, 死亡 …); restricted: DV等支援措置 of the 受給者)
 * @param lastMonth     the last month paid (YYYY-MM)
 * @param reason        消滅事由: tenshutsu, shibo, kango_shuryo, jido_nashi or sonota
 */
public record ChildAllowanceEnded(
        @JsonUnwrapped EventEnvelope envelope, UUID entitlementId, String atenabango, String lastMonth, String reason)
        implements ChildAllowanceEvent {}
