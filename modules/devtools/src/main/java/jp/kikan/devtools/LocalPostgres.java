package jp.kikan.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Zero-setup database for the demo run and the tests: when neither {@code KIKAN_DB_URL} nor
 * {@code spring.datasource.url} is configured, starts one throwaway PostgreSQL per JVM (real PostgreSQL
 * binaries from Maven Central, run in a user namespace so that it also works as root) and points the
 * application at it. It is deleted when the JVM ends.
 */
public class LocalPostgres implements EnvironmentPostProcessor {

    private static volatile EmbeddedPostgres server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty("spring.datasource.url");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        EmbeddedPostgres postgres = start();
        environment.getPropertySources()
                .addFirst(new MapPropertySource(
                        "kikan-local-postgres",
                        Map.of(
                                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username", "postgres",
                                "spring.datasource.password", "")));
    }

    /** The JVM's local PostgreSQL, started on first use. */
    public static synchronized EmbeddedPostgres start() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("ローカル PostgreSQL を起動できませんでした", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the data folder is temporary
                }
            }, "kikan-local-postgres-stop"));
        }
        return server;
    }
}
