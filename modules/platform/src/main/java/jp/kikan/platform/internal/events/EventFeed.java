package jp.kikan.platform.internal.events;

import java.sql.Timestamp;
import java.time.LocalDate;
import jp.kikan.platform.events.PublishedEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every {@link PublishedEvent} in its tenant's event feed after the publishing transaction committed.
 * Delivery is at least once (the outbox resubmits after a failure), so a repeated event id is ignored.
 */
@Component
class EventFeed {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EventFeed(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(PublishedEvent event) {
        event.runInTenant(() -> append(event));
    }

    private void append(PublishedEvent event) {
        @Nullable LocalDate effective = event.effectiveDate();
        jdbc.sql("""
                        INSERT INTO platform.event_feed (tenant_code, event_id, type, business, version, occurred_at,
                                                         effective_date, restricted, payload)
                        VALUES (:tenant, :id, :type, :business, :version, :occurred, :effective, :restricted,
                                CAST(:payload AS jsonb))
                        ON CONFLICT (tenant_code, event_id) DO NOTHING""")
                .param("tenant", event.tenantCode())
                .param("id", event.eventId())
                .param("type", event.eventType())
                .param("business", event.business())
                .param("version", event.version())
                .param("occurred", Timestamp.from(event.occurredAt()))
                .param("effective", effective)
                .param("restricted", event.restricted())
                .param("payload", json.writeValueAsString(event))
                .update();
    }
}
