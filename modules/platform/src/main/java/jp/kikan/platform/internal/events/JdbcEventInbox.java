package jp.kikan.platform.internal.events;

import jp.kikan.platform.events.EventInbox;
import jp.kikan.platform.events.PublishedEvent;
import jp.kikan.platform.tenant.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link EventInbox} on {@code platform.event_inbox}. The mark is inserted first: a concurrent delivery of the
 * same event to the same consumer waits on its unique entry and, once the first commits, finds it and skips; if the
 * first rolls back, the second runs the handler.
 */
@Component
class JdbcEventInbox implements EventInbox {

    private static final Logger log = LoggerFactory.getLogger(JdbcEventInbox.class);

    private static final int MAX_CONSUMER_LENGTH = 100;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    JdbcEventInbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean handle(String consumer, PublishedEvent event, Runnable handler) {
        if (consumer.isBlank() || consumer.length() > MAX_CONSUMER_LENGTH) {
            throw new IllegalArgumentException("An inbox consumer is named by 1 to 100 characters: " + consumer);
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("EventInbox.handle runs its own transaction and must not be called inside"
                    + " another (the thread would hold two connections): annotate the listener with @InboxListener,"
                    + " not @ApplicationModuleListener (" + consumer + ", " + event.eventType() + ")");
        }
        Boolean ran = TenantContext.callAs(
                event.tenantCode(),
                () -> transaction.execute(status -> {
                    if (!mark(consumer, event)) {
                        log.debug("{} already handled {} {}", consumer, event.eventType(), event.eventId());
                        return false;
                    }
                    handler.run();
                    return true;
                }));
        return Boolean.TRUE.equals(ran);
    }

    /** Records the event as handled by the consumer; false when it was. */
    private boolean mark(String consumer, PublishedEvent event) {
        return jdbc.sql("""
                        INSERT INTO platform.event_inbox (tenant_code, consumer, event_id, processed_at)
                        VALUES (:tenant, :consumer, :id, now())
                        ON CONFLICT DO NOTHING""")
                        .param("tenant", event.tenantCode())
                        .param("consumer", consumer)
                        .param("id", event.eventId())
                        .update()
                == 1;
    }
}
