/**
 * Domain events across modules (イベント連携): published with {@code ApplicationEventPublisher} inside the transaction
 * that makes the change, stored by Spring Modulith's JDBC publication registry (transactional outbox, table
 * {@code platform.event_publication}) and delivered after commit, at least once; incomplete publications are
 * resubmitted on restart. Payload schemas live in {@code specs/<business>/events.yaml}. With a broker configured
 * ({@code KIKAN_AMQP_URL}), every published event is also sent to RabbitMQ from the same outbox, to the exchange
 * {@code kikan.<business>} with its type as routing key (docs/decisions/0024-events-on-a-broker.md).
 *
 * <p><b>Publishing.</b> An event is a record implementing {@link jp.kikan.platform.events.PublishedEvent}, built with
 * the envelope of the change: {@code new ResidentMovedOut(EventEnvelope.of(now, idoYmd, restricted), idoId, ...)}
 * ({@link jp.kikan.platform.events.EventEnvelope}: a new event id, the bound tenant, 処理日時, the legal date, the
 * DV等支援措置 flag).
 *
 * <p><b>Consuming.</b> A listener is annotated {@link jp.kikan.platform.events.InboxListener} and hands its work to
 * the {@link jp.kikan.platform.events.EventInbox}, under a consumer name of its own:
 *
 * <pre>{@code
 * @InboxListener
 * void on(ResidentMovedOut event) {
 *     inbox.handle("seal-registration.registry-reactions", event, () -> registrations.endFor(event.atenabango()));
 * }
 * }</pre>
 *
 * The work runs at most once per consumer and event id, inside the event's tenant, in one transaction with the mark
 * that records it as handled (the thread's only connection); if it throws, both roll back and the publication is
 * retried. See docs/decisions/0017-event-inbox.md.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.events;
