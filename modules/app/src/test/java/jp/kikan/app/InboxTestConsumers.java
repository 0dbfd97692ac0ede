package jp.kikan.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.platform.events.EventInbox;
import jp.kikan.platform.events.InboxListener;
import jp.kikan.platform.events.PublishedEvent;
import jp.kikan.platform.tenant.TenantContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two consumers of one test event, for the inbox tests. Each writes its work as a row of {@code inbox_test.work}
 * (tenant-isolated like a business table, see {@link EventInboxTest}), recording the database role and tenant
 * setting it ran with; the first consumer fails after writing, as often as the event says.
 */
@TestConfiguration(proxyBeanMethods = false)
class InboxTestConsumers {

    static final String FIRST = "inbox-test.first";
    static final String SECOND = "inbox-test.second";

    /** A published test event; {@code failures} is how many runs of the first consumer throw after their work. */
    record InboxProbe(
            UUID eventId,
            String tenantCode,
            Instant occurredAt,
            LocalDate effectiveDate,
            boolean restricted,
            int failures)
            implements PublishedEvent {

        @Override
        public String business() {
            return "inbox-test";
        }
    }

    /** Runs of each consumer's handler, by consumer and event id. */
    static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    static int runs(String consumer, UUID eventId) {
        AtomicInteger n = RUNS.get(consumer + "/" + eventId);
        return n == null ? 0 : n.get();
    }

    /** The handlers' work: one row per run, written as the database role and tenant the handler ran with. */
    static void work(JdbcTemplate jdbc, String consumer, InboxProbe probe) {
        int run = RUNS.computeIfAbsent(consumer + "/" + probe.eventId(), k -> new AtomicInteger())
                .incrementAndGet();
        jdbc.update(
                "INSERT INTO inbox_test.work (tenant_code, consumer, event_id, bound_tenant) VALUES (?, ?, ?, ?)",
                probe.tenantCode(),
                consumer,
                probe.eventId(),
                TenantContext.require());
        if (consumer.equals(FIRST) && run <= probe.failures()) {
            throw new IllegalStateException("simulated failure of " + consumer + ", run " + run);
        }
    }

    static class First {
        private final EventInbox inbox;
        private final JdbcTemplate jdbc;

        First(EventInbox inbox, JdbcTemplate jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @InboxListener
        void on(InboxProbe probe) {
            inbox.handle(FIRST, probe, () -> work(jdbc, FIRST, probe));
        }
    }

    static class Second {
        private final EventInbox inbox;
        private final JdbcTemplate jdbc;

        Second(EventInbox inbox, JdbcTemplate jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @InboxListener
        void on(InboxProbe probe) {
            inbox.handle(SECOND, probe, () -> work(jdbc, SECOND, probe));
        }
    }

    @Bean
    First firstInboxConsumer(EventInbox inbox, JdbcTemplate jdbc) {
        return new First(inbox, jdbc);
    }

    @Bean
    Second secondInboxConsumer(EventInbox inbox, JdbcTemplate jdbc) {
        return new Second(inbox, jdbc);
    }
}
