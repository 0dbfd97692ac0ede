package jp.kikan.app.fault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.kikan.app.workload.PlainHttp;

/**
 * The application as a deployment runs it: the runnable jar built by this module's package phase
 * ({@code kikan-app-<version>-exec.jar}, path in the system property {@value #JAR_PROPERTY}) in a JVM of its own,
 * configured through the environment only ({@code KIKAN_DB_URL}, {@code KIKAN_DB_USER}, {@code KIKAN_DB_PASSWORD},
 * {@code PORT}, and what a scenario adds, such as {@code KIKAN_AMQP_URL}; no broker otherwise), with the {@code dev} profile of the run command ({@code ./mvnw -Prun}): the development token issuer
 * and the demo municipality 若葉市 (139998). Its output goes to a log file; {@link #kill()} is {@code kill -9}.
 */
final class ApplicationProcess implements AutoCloseable {

    static final String JAR_PROPERTY = "kikan.exec-jar";

    private final Process process;
    private final Path log;
    private final int port;
    private final long startedAt = System.nanoTime();

    private ApplicationProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the jar against {@code jdbcUrl} on {@code port} with the {@code extra} environment variables, appending
     * its output to {@code log}.
     */
    static ApplicationProcess start(String jdbcUrl, int port, Path log, Map<String, String> extra) {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("the runnable jar is missing (system property " + JAR_PROPERTY + " = " + jar
                    + "): the fault suite runs after the package phase, e.g. ./mvnw verify");
        }
        Path runnable = extracted(Path.of(jar), log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Like the test JVMs: C1 only starts faster on two cores; the suite measures behaviour, not speed.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8",
                "-Duser.timezone=Asia/Tokyo",
                "-jar",
                runnable.toString(),
                "--spring.profiles.active=dev"));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Spring's own variables would win over KIKAN_DB_*: none may point the process at another database.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE_"));
        // Nor at a broker the scenario did not give it (a developer's shell may name one).
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("KIKAN_AMQP_") || name.startsWith("SPRING_RABBITMQ_"));
        builder.environment().put("KIKAN_DB_URL", jdbcUrl);
        builder.environment().put("KIKAN_DB_USER", "postgres");
        builder.environment().put("KIKAN_DB_PASSWORD", "");
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().putAll(extra);
        builder.redirectErrorStream(true);
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            return new ApplicationProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until {@code /actuator/health/readiness} answers 200 (migrations done, demo loaded, accepting traffic);
     * returns the seconds since the start. Fails with the end of the log when the process ends or time runs out.
     */
    double awaitReady(Duration limit) {
        PlainHttp http = new PlainHttp(baseUrl(), Duration.ofSeconds(5));
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application ended with exit code " + process.exitValue()
                        + " before it was ready:\n" + logTail());
            }
            if (http.get("/actuator/health/readiness", null).status() == 200) {
                return (System.nanoTime() - startedAt) / 1e9;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("the application was not ready after " + limit + ":\n" + logTail());
    }

    /** {@code kill -9}: the JVM ends at once, no shutdown hook, no graceful shutdown, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("process " + process.pid() + " survived kill -9");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the application's log, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Graceful stop (SIGTERM), then kill -9 if it takes longer than 40 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /**
     * The jar extracted once per folder into the layout Spring Boot recommends for deployments ({@code java
     * -Djarmode=tools -jar … extract}: the application's jar beside its libraries): the same classes, loaded without
     * reading nested jars, which took about a third of a start on two cores.
     */
    private static synchronized Path extracted(Path jar, Path folder) {
        Path destination = folder.resolve("app");
        Path runnable = destination.resolve(jar.getFileName());
        try {
            // a build that made the jar again extracts it again
            if (Files.isRegularFile(runnable)
                    && !Files.getLastModifiedTime(runnable)
                            .toInstant()
                            .isBefore(Files.getLastModifiedTime(jar).toInstant())) {
                return runnable;
            }
            if (Files.exists(destination)) {
                try (var files = Files.walk(destination)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(f -> f.toFile().delete());
                }
            }
            Process extract = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            destination.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!extract.waitFor(2, TimeUnit.MINUTES) || extract.exitValue() != 0 || !Files.isRegularFile(runnable)) {
                throw new IllegalStateException("could not extract " + jar + " into " + destination);
            }
            return runnable;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
