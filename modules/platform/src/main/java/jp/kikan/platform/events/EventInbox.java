package jp.kikan.platform.events;

/**
 * The one way a module consumes another module's events (イベントの受信): runs a handler at most once per consumer and
 * event id, inside the event's tenant, in a transaction of its own that also records the event as handled.
 *
 * <p>Delivery through the outbox is at least once (Spring Modulith resubmits a publication whose listener failed), so
 * every handler may see an event again. The inbox records {@code (consumer, eventId)} in {@code platform.event_inbox}
 * in the same transaction as the handler's work: a redelivered event whose mark committed is skipped; a handler that
 * fails rolls back its work and the mark together and rethrows, so the publication stays incomplete and is retried.
 * Two consumers of one event are independent: each runs once.
 *
 * <p>A listener is a few lines ({@link InboxListener} opens no transaction, so the inbox's is the only one on the
 * thread and holds its one pooled connection, ADR 0014):
 *
 * <pre>{@code
 * @InboxListener
 * void on(ResidentMovedOut event) {
 *     inbox.handle("child-allowance.registry-reactions", event, () -> reactions.movedOut(event));
 * }
 * }</pre>
 *
 * The work joins the inbox's transaction (plain {@code @Transactional} or {@code MANDATORY}, never {@code
 * REQUIRES_NEW}). See docs/decisions/0017-event-inbox.md.
 */
public interface EventInbox {

    /**
     * Runs {@code handler} for {@code event} unless {@code consumer} handled it before.
     *
     * @param consumer the stable name of the consuming use case, {@code <module>.<purpose>} (at most 100 characters);
     *     renaming it makes every old event new to it
     * @param event    the event, whose tenant is bound while the handler runs
     * @param handler  the work; it joins the inbox's transaction
     * @return true when the handler ran, false when the event had been handled by this consumer
     * @throws IllegalStateException when called inside a transaction (the thread would hold a second connection; a
     *     listener uses {@link InboxListener}, not a plain {@code @ApplicationModuleListener})
     */
    boolean handle(String consumer, PublishedEvent event, Runnable handler);
}
