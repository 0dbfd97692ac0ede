package jp.kikan.platform.internal.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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

/** The tenant's event feed for PULL subscribers (vendors' systems and independent 独自施策 systems). */
@RestController
class EventFeedController implements EventsApi {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EventFeedController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
        EventFeed feed = new EventFeed(items);
        if (!items.isEmpty()) {
            feed.lastPosition(items.get(items.size() - 1).getPosition());
        }
        return ResponseEntity.ok(feed);
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
