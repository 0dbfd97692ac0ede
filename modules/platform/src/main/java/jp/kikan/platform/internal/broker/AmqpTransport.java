package jp.kikan.platform.internal.broker;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.kikan.platform.events.PublishedEvent;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.support.EventExternalizationTransport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one event to its exchange and completes when the broker has confirmed it (publisher confirms): Spring
 * Modulith completes the event's publication only then, and leaves it failed for a resubmission when the send fails,
 * the broker refuses (nack) or no confirmation comes within the timeout.
 */
final class AmqpTransport implements EventExternalizationTransport {

    private final EventExternalizationConfiguration configuration;
    private final RabbitTemplate rabbit;
    private final EventSerializer serializer;
    private final JsonMapper json;
    private final Duration confirmTimeout;

    AmqpTransport(
            EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit,
            EventSerializer serializer,
            JsonMapper json,
            Duration confirmTimeout) {
        this.configuration = configuration;
        this.rabbit = rabbit;
        this.serializer = serializer;
        this.json = json;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public CompletableFuture<?> externalize(Object payload, RoutingTarget target) {
        PublishedEvent event = (PublishedEvent) payload;
        CorrelationData correlation = new CorrelationData(event.eventId().toString());
        rabbit.send(
                target.getTarget(),
                target.getKey(),
                AmqpMessages.message(
                        event, serializer.serialize(event).toString(), configuration.getHeadersFor(event), json),
                correlation);
        return correlation
                .getFuture()
                .orTimeout(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(confirm -> {
                    if (!confirm.ack()) {
                        throw new AmqpException("the broker refused " + event.eventType() + " " + event.eventId()
                                + " (nack: " + confirm.reason() + ")");
                    }
                });
    }
}
