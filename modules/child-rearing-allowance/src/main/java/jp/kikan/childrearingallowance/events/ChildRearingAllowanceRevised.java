package jp.kikan.childrearingallowance.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 額改定: a child was added ({@code zogaku}, 児童扶養手当法 第8条第1項) or left ({@code gengaku}, 第8条第3項).
 *
 * @param envelope        the envelope, flat in the payload (effectiveDate: the date of the event (出生, 死亡 …); restricted: DV等支援措置 of the 受給者)
 * @param kind            {@code zogaku} or {@code gengaku}
 * @param childAtenabango 宛名番号 of the child
 * @param revisedFrom     the first month at the new amount (YYYY-MM)
 */
public record ChildRearingAllowanceRevised(
        @JsonUnwrapped EventEnvelope envelope,
        UUID entitlementId,
        String atenabango,
        String kind,
        String childAtenabango,
        String revisedFrom)
        implements ChildRearingAllowanceEvent {}
