package jp.kikan.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.tenant.TenantContext;

/**
 * The envelope of a published event (イベントの共通項目, {@code EventEnvelope} of {@code specs/common/events.yaml}): its
 * id, the tenant whose data changed, the 処理日時, the date the change takes legal effect and the DV等支援措置 flag. Every
 * event record takes it through a constructor of its own, so that no publisher builds an id or reads the tenant by
 * hand; the payload stays the flat record of {@code specs/<business>/events.yaml}.
 *
 * <p>The major {@code version} of the payload schema is not part of an instance: it belongs to the event type
 * ({@link PublishedEvent#version()}), which changes it only with a new schema.
 *
 * @param eventId       unique id of the event; consumers handle it once ({@link EventInbox})
 * @param tenantCode    全国地方公共団体コード of the tenant whose data changed
 * @param occurredAt    処理日時 of the change
 * @param effectiveDate the date the change takes legal effect (異動日, 認定日 …)
 * @param restricted    DV等支援措置 (閲覧・交付制限) applies to the subject: consumers must withhold the address
 */
public record EventEnvelope(
        UUID eventId, String tenantCode, Instant occurredAt, LocalDate effectiveDate, boolean restricted) {

    /**
     * The envelope of a change made now for the tenant bound to the thread ({@link TenantContext}), with a new
     * event id.
     *
     * @throws IllegalStateException when no tenant is bound (events are always about one tenant's data)
     */
    public static EventEnvelope of(Instant occurredAt, LocalDate effectiveDate, boolean restricted) {
        return new EventEnvelope(UUID.randomUUID(), TenantContext.require(), occurredAt, effectiveDate, restricted);
    }
}
