package jp.kikan.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false) // ours waits for the contexts to close first
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("ローカル PostgreSQL を起動できませんでした", e);
            }
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(LocalPostgres::stopWhenUnused, "kikan-local-postgres-stop"));
        }
        users++;
        return server;
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
