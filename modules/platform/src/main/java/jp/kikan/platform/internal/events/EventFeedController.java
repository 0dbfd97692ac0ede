package jp.kikan.platform.internal.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.web.api.EventsApi;
import jp.kikan.platform.web.model.EventFeed;
import jp.kikan.platform.web.model.FeedEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's event feed for PULL subscribers (vendors' systems and independent 独自施策 systems). Payloads name
 * persons (宛名番号, 生年月日), so every read is audited with each person it returned.
 */
@RestController
class EventFeedController implements EventsApi {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;

    EventFeedController(JdbcClient jdbc, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ResponseEntity<EventFeed> listEvents(String tenantCode, Long after, @Nullable String type, Integer limit) {
        List<FeedEvent> items = jdbc.sql("""
                        SELECT * FROM platform.event_feed
                        WHERE tenant_code = :tenant AND position > :after AND (CAST(:type AS text) IS NULL OR type = :type)
                        ORDER BY position LIMIT :limit""")
                .param("tenant", tenantCode)
                .param("after", after)
                .param("type", type)
                .param("limit", limit)
                .query((rs, n) -> toApi(rs))
                .list();
        audit.record(AuditEntry.many(
                Business.PLATFORM,
                "イベントフィードの提供",
                null,
                "SEARCH",
                items.stream().flatMap(e -> subjects(e.getPayload())).toList(),
                "after=" + after + (type == null ? "" : " type=" + type) + " limit=" + limit + " hits="
                        + items.size()));
        EventFeed feed = new EventFeed(items);
        if (!items.isEmpty()) {
            feed.lastPosition(items.get(items.size() - 1).getPosition());
        }
        return ResponseEntity.ok(feed);
    }

    /**
     * The persons an event is about, as its payload names them by 宛名番号 ({@code atenabango}, or a field ending in
     * {@code Atenabango}, a single number or a list).
     */
    static Stream<String> subjects(Map<String, Object> payload) {
        return payload.entrySet().stream()
                .filter(f -> f.getKey().equals("atenabango") || f.getKey().endsWith("Atenabango"))
                .flatMap(f -> f.getValue() instanceof Collection<?> many ? many.stream() : Stream.of(f.getValue()))
                .filter(String.class::isInstance)
                .map(String.class::cast);
    }

    private FeedEvent toApi(ResultSet rs) throws SQLException {
        FeedEvent e = new FeedEvent(
                rs.getLong("position"),
                rs.getObject("event_id", java.util.UUID.class),
                rs.getString("type"),
                rs.getInt("version"),
                rs.getString("tenant_code"),
                rs.getTimestamp("occurred_at").toInstant().atOffset(ZoneOffset.UTC),
                rs.getBoolean("restricted"),
                json.readValue(rs.getString("payload"), MAP));
        e.business(rs.getString("business"));
        java.sql.Date effective = rs.getDate("effective_date");
        if (effective != null) {
            e.effectiveDate(effective.toLocalDate());
        }
        return e;
    }
}
