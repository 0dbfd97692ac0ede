package jp.kikan.platform.internal.broker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the broker on or off before the application context starts (ADR 0024). It is on when {@code KIKAN_AMQP_URL}
 * ({@code kikan.events.amqp.url}, {@code amqp://user:password@host:port/vhost}) or one of Spring's own connection
 * properties ({@code spring.rabbitmq.host}, {@code .addresses}, {@code .port}, {@code .virtual-host}, {@code
 * .username}) is set. The URL becomes {@code spring.rabbitmq.addresses}, and the publisher confirms the outbox relies on
 * ({@code spring.rabbitmq.publisher-confirm-type=correlated}) are switched on whatever else is configured.
 *
 * <p>Off, Spring Boot's RabbitMQ auto-configuration (connection factory, template, health and metrics) is left out,
 * so the application makes no connection attempt and its health does not depend on a broker it was never given.
 */
public class BrokerSwitch implements EnvironmentPostProcessor {

    /** Set to {@code true} when a broker is configured; the externalization is conditional on it. */
    static final String ENABLED = "kikan.events.amqp.enabled";

    static final String URL = "kikan.events.amqp.url";
    static final String URL_VARIABLE = "KIKAN_AMQP_URL";

    static final List<String> SPRING_CONNECTION_PROPERTIES = List.of(
            "spring.rabbitmq.host",
            "spring.rabbitmq.addresses",
            "spring.rabbitmq.port",
            "spring.rabbitmq.virtual-host",
            "spring.rabbitmq.username");

    static final List<String> RABBIT_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration",
            "org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration");

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new LinkedHashMap<>();
        @Nullable String url = url(environment);
        if (url != null) {
            properties.put("spring.rabbitmq.addresses", url);
        }
        if (url != null || SPRING_CONNECTION_PROPERTIES.stream().anyMatch(p -> hasText(environment.getProperty(p)))) {
            properties.put(ENABLED, "true");
            properties.put("spring.rabbitmq.publisher-confirm-type", "correlated");
        } else {
            properties.put(ENABLED, "false");
            properties.put(
                    EXCLUDE,
                    Stream.concat(
                                    Stream.ofNullable(environment.getProperty(EXCLUDE))
                                            .filter(BrokerSwitch::hasText),
                                    RABBIT_AUTO_CONFIGURATIONS.stream())
                            .collect(Collectors.joining(",")));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("kikan-events-broker", properties));
    }

    private static @Nullable String url(ConfigurableEnvironment environment) {
        @Nullable String url = environment.getProperty(URL);
        if (url == null || url.isBlank()) {
            url = environment.getProperty(URL_VARIABLE);
        }
        return url == null || url.isBlank() ? null : url.strip();
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
