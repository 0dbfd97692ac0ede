package jp.kikan.platform.internal.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets stored idempotent responses after their retention, for all tenants. Safe to run on every instance at
 * once: each run deletes what has expired, nothing else.
 */
@Component
class IdempotencyRecordPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRecordPurge.class);

    private final JdbcTemplate jdbc;

    IdempotencyRecordPurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${kikan.idempotency.purge-interval:PT1H}", initialDelayString = "PT5M")
    void purgeExpired() {
        int purged = jdbc.update(
                "DELETE FROM platform.idempotency_record WHERE created_at < now() - make_interval(secs => ?)",
                IdempotencyFilter.RETENTION.toSeconds());
        if (purged > 0) {
            log.info("Purged {} expired idempotency records", purged);
        }
    }
}
