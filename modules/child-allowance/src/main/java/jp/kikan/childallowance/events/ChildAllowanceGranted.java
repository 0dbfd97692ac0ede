package jp.kikan.childallowance.events;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EventEnvelope;

/**
 * 認定: the 受給資格 was granted (児童手当法 第7条).
 *
 * @param envelope        the envelope, flat in the payload (effectiveDate: 認定日; restricted: DV等支援措置 of the 受給者)
 * @param startMonth    支給開始月 (YYYY-MM)
 */
public record ChildAllowanceGranted(
        @JsonUnwrapped EventEnvelope envelope, UUID entitlementId, String atenabango, String startMonth)
        implements ChildAllowanceEvent {}
