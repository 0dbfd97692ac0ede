package jp.kikan.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Zero-setup database for the demo run and the tests: when neither {@code KIKAN_DB_URL} nor
 * {@code spring.datasource.url} is configured, starts one throwaway PostgreSQL per JVM (real PostgreSQL
 * binaries from Maven Central, run in a user namespace so that it also works as root) and points the
 * application at it.
 *
 * <p>Several application contexts may share it (test context caching); it stops when the last of them has
 * closed, so no context loses its database while it is still shutting down, and at the latest when the JVM ends.
 */
public class LocalPostgres implements EnvironmentPostProcessor {

    /** The system property with more server settings. */
    public static final String SETTINGS = "kikan.local-postgres.settings";

    private static @org.jspecify.annotations.Nullable EmbeddedPostgres server;
    private static int users;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("spring.datasource.url");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        EmbeddedPostgres postgres = acquire();
        // Released as the very last disposable bean of the context, after everything that may still use the
        // database while closing (the event publication registry checks for incomplete publications).
        application.addInitializers(context -> ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("kikanLocalPostgresLease", LocalPostgres::release));
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "kikan-local-postgres",
                        Map.of(
                                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "")));
    }

    private static synchronized EmbeddedPostgres acquire() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false) // ours waits for the contexts to close first
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "100");
                settings().forEach(builder::setServerConfig);
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("ローカル PostgreSQL を起動できませんでした", e);
            }
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(LocalPostgres::stopWhenUnused, "kikan-local-postgres-stop"));
        }
        users++;
        return server;
    }

    /**
     * More server settings, from the system property {@value #SETTINGS} ({@code name=value,name=value}): a benchmark
     * sizes the throwaway server like a deployment's (shared_buffers, max_wal_size, …).
     */
    static Map<String, String> settings() {
        String text = System.getProperty(SETTINGS, "").strip();
        Map<String, String> out = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return out;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(SETTINGS + ": not name=value: " + pair);
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }

    private static synchronized void release() {
        users--;
        if (users <= 0) {
            stop();
        }
        LocalPostgres.class.notifyAll();
    }

    /** At JVM exit: give closing contexts a moment to finish with the database, then stop it. */
    private static synchronized void stopWhenUnused() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server != null && users > 0 && System.nanoTime() < deadline) {
            try {
                LocalPostgres.class.wait(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is ending; the data folder is temporary
            }
            server = null;
        }
    }
}
