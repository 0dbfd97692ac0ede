package jp.kikan.app;

import static jp.kikan.app.InboxTestConsumers.FIRST;
import static jp.kikan.app.InboxTestConsumers.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import jp.kikan.app.InboxTestConsumers.InboxProbe;
import jp.kikan.platform.events.EventInbox;
import jp.kikan.platform.tenant.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's event inbox (ADR 0017): through the outbox, a consumer's handler runs once per event id, inside the
 * event's tenant, in one transaction with the mark that records it as handled; a failure rolls both back and the
 * redelivery runs it again; two consumers of one event each run once.
 */
class EventInboxTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    EventInbox inbox;

    private final String tenant = newTenantCode();

    @BeforeEach
    void workTable() {
        // Tenant-isolated like a business table: the tenant role writes only rows of the tenant it is bound to.
        jdbc.execute("""
                CREATE SCHEMA IF NOT EXISTS inbox_test;
                CREATE TABLE IF NOT EXISTS inbox_test.work (
                  tenant_code  varchar(6) NOT NULL,
                  consumer     text       NOT NULL,
                  event_id     uuid       NOT NULL,
                  bound_tenant text       NOT NULL,
                  db_role      text       NOT NULL DEFAULT current_user,
                  db_tenant    text       DEFAULT current_setting('kikan.tenant', true));
                SELECT platform.grant_schema_to_tenants('inbox_test');
                SELECT platform.enable_tenant_isolation('inbox_test.work');""");
    }

    @Test
    void aRedeliveredEventRunsEachConsumerOnceInTheEventsTenant() {
        InboxProbe probe = probe(0);
        publish(probe);
        await(() -> completed(probe) == 2);
        publish(probe); // the same event id again, as a redelivery brings it
        await(() -> completed(probe) == 4);

        for (String consumer : List.of(FIRST, SECOND)) {
            assertThat(InboxTestConsumers.runs(consumer, probe.eventId())).isEqualTo(1);
            assertThat(marks(consumer, probe)).isEqualTo(1);
            assertThat(jdbc.queryForList(
                            "SELECT tenant_code || ' ' || bound_tenant || ' ' || db_tenant || ' ' || db_role"
                                    + " FROM inbox_test.work WHERE consumer = ? AND event_id = ?",
                            String.class,
                            consumer,
                            probe.eventId()))
                    .containsExactly(tenant + " " + tenant + " " + tenant + " kikan_tenant");
            // One transaction wrote the handler's work and the inbox's mark.
            assertThat(xmin("inbox_test.work", consumer, probe))
                    .isEqualTo(xmin("platform.event_inbox", consumer, probe));
        }
    }

    @Test
    void aFailedHandlerLeavesNeitherItsWorkNorItsMarkAndRunsAgainOnRedelivery() {
        InboxProbe probe = probe(1);
        publish(probe);
        // The first consumer's delivery failed (and stays incomplete); the second's succeeded.
        await(() -> failed(probe) == 1 && marks(SECOND, probe) == 1);

        assertThat(workRows(FIRST, probe)).isZero();
        assertThat(marks(FIRST, probe)).isZero();
        assertThat(workRows(SECOND, probe)).isEqualTo(1);

        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof InboxProbe other && other.eventId().equals(probe.eventId()));
        await(() -> completed(probe) == 2);

        assertThat(InboxTestConsumers.runs(FIRST, probe.eventId())).isEqualTo(2);
        assertThat(workRows(FIRST, probe)).isEqualTo(1);
        assertThat(marks(FIRST, probe)).isEqualTo(1);
        assertThat(InboxTestConsumers.runs(SECOND, probe.eventId())).isEqualTo(1);
        assertThat(workRows(SECOND, probe)).isEqualTo(1);
    }

    @Test
    void theInboxBindsTheEventsTenantAndRestoresTheCallersAfterwards() {
        InboxProbe probe = probe(0);
        boolean ran = TenantContext.callAs(CHIYODA, () -> {
            boolean first = inbox.handle("inbox-test.direct", probe, () -> assertThat(TenantContext.require())
                    .isEqualTo(tenant));
            assertThat(TenantContext.require()).isEqualTo(CHIYODA);
            return first;
        });
        boolean again = inbox.handle("inbox-test.direct", probe, () -> {
            throw new AssertionError("handled twice");
        });

        assertThat(ran).isTrue();
        assertThat(again).isFalse();
        assertThat(marks("inbox-test.direct", probe)).isEqualTo(1);
    }

    @Test
    void theInboxRefusesToRunInsideAnotherTransaction() {
        InboxProbe probe = probe(0);
        assertThatThrownBy(() -> new TransactionTemplate(transactions)
                        .executeWithoutResult(s -> inbox.handle("inbox-test.nested", probe, () -> {})))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@InboxListener");
        assertThat(marks("inbox-test.nested", probe)).isZero();
    }

    private InboxProbe probe(int failures) {
        return new InboxProbe(UUID.randomUUID(), tenant, Instant.now(), LocalDate.of(2026, 11, 1), false, failures);
    }

    private void publish(InboxProbe probe) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(probe));
    }

    /** Completed publications of the probe to the two test consumers. */
    private long completed(InboxProbe probe) {
        return count(
                "SELECT count(*) FROM platform.event_publication WHERE listener_id LIKE '%InboxTestConsumers%'"
                        + " AND serialized_event LIKE ? AND completion_date IS NOT NULL",
                "%" + probe.eventId() + "%");
    }

    /** Publications of the probe to the test consumers whose delivery failed and that wait for resubmission. */
    private long failed(InboxProbe probe) {
        return count(
                "SELECT count(*) FROM platform.event_publication WHERE listener_id LIKE '%InboxTestConsumers%'"
                        + " AND serialized_event LIKE ? AND status = 'FAILED' AND completion_date IS NULL",
                "%" + probe.eventId() + "%");
    }

    private long marks(String consumer, InboxProbe probe) {
        return count(
                "SELECT count(*) FROM platform.event_inbox WHERE tenant_code = ? AND consumer = ? AND event_id = ?",
                probe.tenantCode(),
                consumer,
                probe.eventId());
    }

    private long workRows(String consumer, InboxProbe probe) {
        return count(
                "SELECT count(*) FROM inbox_test.work WHERE consumer = ? AND event_id = ?", consumer, probe.eventId());
    }

    private String xmin(String table, String consumer, InboxProbe probe) {
        return jdbc.queryForObject(
                "SELECT xmin::text FROM " + table + " WHERE consumer = ? AND event_id = ?",
                String.class,
                consumer,
                probe.eventId());
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
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
