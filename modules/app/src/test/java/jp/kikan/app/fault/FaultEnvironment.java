package jp.kikan.app.fault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import jp.kikan.app.workload.PlainHttp;

/**
 * The PostgreSQL and the application process the fault scenarios share (one of each per test JVM: starting the jar
 * on a fresh database costs the most time of the suite). Each scenario begins with {@link #serving()}, which starts
 * again whatever an earlier scenario left stopped, and may kill and restart the application or stop and start the
 * database. Both end when the JVM does.
 */
final class FaultEnvironment {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static FaultEnvironment shared;

    private final Path work;
    private final ControlledPostgres postgres;
    private final int port = ControlledPostgres.freePort();
    private final double postgresStartSeconds;
    private final double applicationStartSeconds;
    private ApplicationProcess application;
    private Map<String, String> extra = Map.of();

    private FaultEnvironment() {
        work = Path.of(System.getProperty("kikan.fault-suite.dir", "target/fault-suite"));
        postgres = new ControlledPostgres(work.resolve("pgdata"));
        postgresStartSeconds = postgres.start();
        application = ApplicationProcess.start(postgres.jdbcUrl(), port, log(), Map.of());
        applicationStartSeconds = application.awaitReady(START_LIMIT);
    }

    /** The shared environment, started on first use. */
    static synchronized FaultEnvironment shared() {
        if (shared == null) {
            FaultEnvironment environment = new FaultEnvironment();
            Runtime.getRuntime().addShutdownHook(new Thread(environment::close, "fault-suite-stop"));
            shared = environment;
        }
        return shared;
    }

    /**
     * Makes sure PostgreSQL runs and the application is ready, as it first started (restarting what is not, and an
     * application a scenario started with an environment of its own); returns this.
     */
    synchronized FaultEnvironment serving() {
        if (!postgres.running()) {
            postgres.start();
        }
        if (!extra.isEmpty()) {
            application.close();
            extra = Map.of();
        }
        boolean ready = application.isAlive()
                && new PlainHttp(application.baseUrl(), Duration.ofSeconds(10))
                                .get("/actuator/health/readiness", null)
                                .status()
                        == 200;
        if (!ready) {
            application.close();
            restartApplication();
        }
        return this;
    }

    ControlledPostgres postgres() {
        return postgres;
    }

    ApplicationProcess application() {
        return application;
    }

    /**
     * Starts a new application process on the same database and port, with the environment it had; returns the
     * seconds until it was ready.
     */
    synchronized double restartApplication() {
        return restartApplication(extra);
    }

    /**
     * Starts a new application process on the same database and port with {@code environment} added to its own (a
     * later {@link #serving()} goes back to the application as it first started); returns the seconds until it was
     * ready.
     */
    synchronized double restartApplication(Map<String, String> environment) {
        if (application.isAlive()) {
            throw new IllegalStateException("the application still runs (pid " + application.pid() + ")");
        }
        extra = Map.copyOf(environment);
        application = ApplicationProcess.start(postgres.jdbcUrl(), port, log(), extra);
        return application.awaitReady(START_LIMIT);
    }

    double postgresStartSeconds() {
        return postgresStartSeconds;
    }

    double applicationStartSeconds() {
        return applicationStartSeconds;
    }

    /** Where the application's output goes (every process of the run appends to it). */
    Path log() {
        return work.resolve("application.log");
    }

    private synchronized void close() {
        application.close();
        postgres.close();
    }
}
