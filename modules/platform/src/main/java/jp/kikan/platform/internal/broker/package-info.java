/**
 * Events on a broker (イベントのブローカー連携, ADR 0024): every {@link jp.kikan.platform.events.PublishedEvent} is
 * externalized to RabbitMQ by Spring Modulith's externalization, from its publication registry (the outbox), when a
 * broker is configured ({@code KIKAN_AMQP_URL} or {@code spring.rabbitmq.*}); otherwise nothing here exists. Internal
 * to the platform.
 */
@org.jspecify.annotations.NullMarked
package jp.kikan.platform.internal.broker;
