package jp.kikan.platform.internal.broker;

import java.time.Duration;
import java.util.Arrays;
import jp.kikan.platform.Business;
import jp.kikan.platform.events.PublishedEvent;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Modulith's event externalization to RabbitMQ, on when {@link BrokerSwitch} found a broker configured (ADR
 * 0024). Every {@link PublishedEvent} goes to its business's topic exchange with its type as routing key. The
 * externalizer is Modulith's own module listener: the publication registry stores its publication in the transaction
 * of the change, like every listener's, and completes it when the broker has confirmed the message, so an event
 * committed before a crash is sent after the restart (at least once).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(BrokerSwitch.ENABLED)
class AmqpExternalization {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration() {
        return EventExternalizationConfiguration.externalizing()
                .select(PublishedEvent.class::isInstance)
                .route(PublishedEvent.class, event -> RoutingTarget.forTarget(AmqpMessages.exchange(event.business()))
                        .andKey(event.eventType()))
                .headers(PublishedEvent.class, AmqpMessages::headers)
                .build();
    }

    /** One durable topic exchange per business, declared by Spring AMQP whenever it connects. */
    @Bean
    Declarables eventExchanges() {
        return new Declarables(Arrays.stream(Business.values())
                .map(b -> new TopicExchange(AmqpMessages.exchange(b.slug()), true, false))
                .toList());
    }

    @Bean
    EventExternalizerModuleListener amqpEventExternalizer(
            EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit,
            EventSerializer serializer,
            JsonMapper json,
            @Value("${kikan.events.amqp.confirm-timeout:PT10S}") Duration confirmTimeout) {
        return new EventExternalizerModuleListener(
                configuration, new AmqpTransport(configuration, rabbit, serializer, json, confirmTimeout));
    }

    @Bean
    BrokerRedelivery brokerRedelivery(
            FailedEventPublications failed, @Value("${kikan.events.amqp.retry-after:PT30S}") Duration retryAfter) {
        return new BrokerRedelivery(failed, retryAfter);
    }
}
