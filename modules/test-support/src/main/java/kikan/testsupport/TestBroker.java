package kikan.testsupport;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The RabbitMQ the broker tests run against (ADR 0024): {@code KIKAN_TEST_AMQP_URL}, else the machine's at {@value
 * #DEFAULT_URL}. A test class that needs it is annotated {@link RequiresBroker} and is skipped, with the reason, when
 * no broker answers there. {@link #subscribe} is what a vendor does: a queue of its own bound to a business's exchange.
 */
public final class TestBroker implements AutoCloseable {

    public static final String URL_VARIABLE = "KIKAN_TEST_AMQP_URL";
    public static final String DEFAULT_URL = "amqp://guest:guest@127.0.0.1:5672";

    /** A message as the subscriber got it. */
    public record Received(String exchange, String routingKey, AMQP.BasicProperties properties, String body) {
        public @Nullable Object header(String name) {
            Map<String, Object> headers = properties.getHeaders();
            Object value = headers == null ? null : headers.get(name);
            return value == null
                    ? null
                    : value instanceof Boolean || value instanceof Number ? value : value.toString();
        }
    }

    private final Connection connection;
    private final Channel channel;
    private final String queue;

    private TestBroker(Connection connection, Channel channel, String queue) {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public static String url() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_URL : url.strip();
    }

    static String skipReason(String problem) {
        return "RabbitMQ の試験を省略: " + redacted(url()) + " に接続できません (" + problem + "); " + URL_VARIABLE
                + " でブローカーを指定できます";
    }

    /** Why no broker answers at {@link #url()}, or null when one does. */
    static @Nullable String problem() {
        try (Connection c = factory().newConnection("kikan-test-probe")) {
            return null;
        } catch (IOException | TimeoutException | RuntimeException e) {
            return e.toString();
        }
    }

    /**
     * A server-named, exclusive queue bound to the topic {@code exchange} (declared as the application declares it,
     * durable) with {@code bindingKey} ({@code #}: every event of the business); it is deleted when closed.
     */
    public static TestBroker subscribe(String exchange, String bindingKey) {
        try {
            Connection connection = factory().newConnection("kikan-test-subscriber");
            Channel channel = connection.createChannel();
            channel.exchangeDeclare(exchange, "topic", true, false, null);
            String queue = channel.queueDeclare("", false, true, true, null).getQueue();
            channel.queueBind(queue, exchange, bindingKey);
            return new TestBroker(connection, channel, queue);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot subscribe to " + exchange + " at " + redacted(url()), e);
        }
    }

    /**
     * Waits until {@code count} messages matching {@code filter} have arrived (others are taken and dropped) or
     * {@code limit} passes; returns those that arrived.
     */
    public List<Received> await(Predicate<Received> filter, int count, Duration limit) {
        List<Received> out = new ArrayList<>();
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (out.size() < count && System.nanoTime() < deadline) {
                GetResponse r = channel.basicGet(queue, true);
                if (r == null) {
                    Thread.sleep(50);
                    continue;
                }
                Received m = new Received(
                        r.getEnvelope().getExchange(),
                        r.getEnvelope().getRoutingKey(),
                        r.getProps(),
                        new String(r.getBody(), StandardCharsets.UTF_8));
                if (filter.test(m)) {
                    out.add(m);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            // the queue is exclusive: it goes with the connection, closed or lost
        }
    }

    private static ConnectionFactory factory() {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            factory.setUri(url());
        } catch (Exception e) {
            throw new IllegalStateException("not an AMQP URL: " + redacted(url()), e);
        }
        factory.setConnectionTimeout(2_000);
        return factory;
    }

    /** The URL without its password. */
    public static String redacted(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getUserInfo() == null ? url : url.replace(uri.getRawUserInfo() + "@", "");
        } catch (IllegalArgumentException e) {
            return "(invalid URL)";
        }
    }
}
