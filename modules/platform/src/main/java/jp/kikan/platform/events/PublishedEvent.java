package jp.kikan.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A domain event that other businesses and vendors may rely on: documented in {@code specs/<business>/events.yaml},
 * versioned, and recorded in the tenant's event feed ({@code /api/platform/v1/tenants/{tenantCode}/events}) besides
 * being delivered to the listening modules. The accessors are the envelope of {@code specs/common/events.yaml}.
 */
public interface PublishedEvent extends TenantScopedEvent {

    /** Unique id of the event; consumers are idempotent by it. */
    UUID eventId();

    /** 処理日時 of the change. */
    Instant occurredAt();

    /** The date the change takes legal effect (異動日), where there is one. */
    @Nullable
    LocalDate effectiveDate();

    /** DV等支援措置 (閲覧・交付制限) applies to the subject: consumers must withhold the address. */
    boolean restricted();

    /** Major version of the payload schema. */
    default int version() {
        return 1;
    }

    /** The event type as documented, by default the simple class name (e.g. {@code ResidentMovedIn}). */
    default String eventType() {
        return getClass().getSimpleName();
    }

    /** The publishing business's slug (e.g. {@code resident-registry}). */
    String business();
}
