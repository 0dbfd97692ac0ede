package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Domain events go through the transactional outbox (Spring Modulith's JDBC publication registry on
 * PostgreSQL): published with the transaction, kept until the listener succeeds, resubmitted after a failure.
 */
class EventOutboxTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    private long publications(String id, boolean completed) {
        Long n = jdbc.queryForObject(
                "SELECT count(*) FROM platform.event_publication WHERE serialized_event LIKE ? AND completion_date IS "
                        + (completed ? "NOT NULL" : "NULL"),
                Long.class,
                "%" + id + "%");
        return n == null ? 0 : n;
    }

    @Test
    void anEventIsDeliveredAfterCommitAndItsPublicationCompleted() {
        String id = "ok-" + UUID.randomUUID();
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> events.publishEvent(new TestEventListeners.Ping(CHIYODA, id)));
        await(() -> publications(id, true) == 1);
        assertThat(TestEventListeners.ATTEMPTS.get(id).get()).isEqualTo(1);
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverPublished() throws InterruptedException {
        String id = "rollback-" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.publishEvent(new TestEventListeners.Ping(CHIYODA, id));
            s.setRollbackOnly();
        });
        Thread.sleep(300);
        assertThat(publications(id, false) + publications(id, true)).isZero();
        assertThat(TestEventListeners.ATTEMPTS.get(id)).isNull();
    }

    @Test
    void aFailedDeliveryStaysIncompleteAndIsResubmitted() {
        String id = "fail-once-" + UUID.randomUUID();
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> events.publishEvent(new TestEventListeners.Ping(CHIYODA, id)));
        await(() -> TestEventListeners.ATTEMPTS.containsKey(id) && publications(id, false) == 1);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof TestEventListeners.Ping ping
                && ping.id().equals(id));
        await(() -> publications(id, true) == 1);
        assertThat(TestEventListeners.ATTEMPTS.get(id).get()).isEqualTo(2);
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 15 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
