/**
 * Domain events across modules: published with {@code ApplicationEventPublisher} inside the transaction that
 * makes the change, stored by Spring Modulith's JDBC publication registry (transactional outbox, table
 * {@code platform.event_publication}) and delivered after commit to {@code @ApplicationModuleListener}s;
 * incomplete publications are resubmitted on restart. Payload schemas live in {@code specs/<business>/events.yaml}.
 */
@org.springframework.modulith.NamedInterface("events")
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.events;
