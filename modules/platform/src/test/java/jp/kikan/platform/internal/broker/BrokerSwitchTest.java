package jp.kikan.platform.internal.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** Events on a broker are off unless configured, by KIKAN_AMQP_URL or Spring's own properties (ADR 0024). */
class BrokerSwitchTest {

    private static StandardEnvironment switched(Map<String, Object> configured) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("configured", configured));
        new BrokerSwitch().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void offUnlessConfigured_rabbitAutoConfigurationIsLeftOut() {
        StandardEnvironment environment = switched(Map.of("kikan.events.amqp.url", ""));

        assertThat(environment.getProperty(BrokerSwitch.ENABLED)).isEqualTo("false");
        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .contains(
                        "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
                        "org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration");
        assertThat(environment.getProperty("spring.rabbitmq.addresses")).isNull();
    }

    @Test
    void offKeepsTheExclusionsConfiguredElsewhere() {
        StandardEnvironment environment = switched(Map.of("spring.autoconfigure.exclude", "a.b.SomeAutoConfiguration"));

        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .startsWith("a.b.SomeAutoConfiguration,")
                .contains("RabbitAutoConfiguration");
    }

    @Test
    void kikanAmqpUrlIsMappedOntoSpringsAddressesWithPublisherConfirms() {
        StandardEnvironment environment =
                switched(Map.of("KIKAN_AMQP_URL", " amqp://kikan:secret@mq.example:5673/city "));

        assertThat(environment.getProperty(BrokerSwitch.ENABLED)).isEqualTo("true");
        assertThat(environment.getProperty("spring.rabbitmq.addresses"))
                .isEqualTo("amqp://kikan:secret@mq.example:5673/city");
        assertThat(environment.getProperty("spring.rabbitmq.publisher-confirm-type"))
                .isEqualTo("correlated");
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
    }

    @Test
    void springsOwnConnectionPropertiesTurnItOnAsTheyAre() {
        StandardEnvironment environment = switched(
                Map.of("spring.rabbitmq.host", "mq.example", "spring.rabbitmq.publisher-confirm-type", "none"));

        assertThat(environment.getProperty(BrokerSwitch.ENABLED)).isEqualTo("true");
        assertThat(environment.getProperty("spring.rabbitmq.host")).isEqualTo("mq.example");
        assertThat(environment.getProperty("spring.rabbitmq.addresses")).isNull();
        assertThat(environment.getProperty("spring.rabbitmq.publisher-confirm-type"))
                .as("at least once needs the broker's confirmation")
                .isEqualTo("correlated");
    }
}
