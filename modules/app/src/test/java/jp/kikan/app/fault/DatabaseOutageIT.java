package jp.kikan.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.kikan.app.workload.PlainHttp;
import jp.kikan.app.workload.UniqueResidents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fault suite, scenario b: PostgreSQL stops while the application runs, and starts again. {@link #outageAndRecovery()}
 * runs the scenario once and records what it observes (and prints it); each test judges one property:
 *
 * <ul>
 *   <li>during the outage, API requests (a search, a read, a 転入, a 住民票の写し) fail fast — within {@value
 *       #FAIL_FAST_SECONDS} s — with 503, {@code Retry-After} and a problem document;
 *   <li>{@code /actuator/health} and {@code /actuator/health/readiness} report DOWN within {@value
 *       #FAIL_FAST_SECONDS} s of the stop (and answer, rather than hang);
 *   <li>after PostgreSQL is back, the application serves reads, writes and UP health within {@value
 *       #RECOVERY_SECONDS} s, without a restart; the 転入 refused during the outage succeeds when repeated with its
 *       {@code Idempotency-Key}.
 * </ul>
 *
 * <p>The probes during the outage run at the same time, each request with a {@value #PROBE_TIMEOUT_SECONDS} s limit
 * (longer than the pool's default 30 s wait for a connection, so a hanging request shows how long it hangs); the
 * database stays down until every probe has ended.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageIT {

    private static final String TENANT = "139998";
    private static final String REGISTRY = "/api/resident-registry/v1/tenants/" + TENANT;
    private static final int FAIL_FAST_SECONDS = 5;
    private static final int RECOVERY_SECONDS = 10;
    private static final int PROBE_TIMEOUT_SECONDS = 40;
    private static final Duration HEALTH_WATCH = Duration.ofSeconds(20);

    /** What one API request during the outage got. */
    private record Probe(String name, PlainHttp.Exchange response) {
        boolean problemDocument() {
            String type = response.header("Content-Type");
            return type != null
                    && type.startsWith("application/problem+json")
                    && response.json().path("status").asInt() == response.status();
        }

        boolean retryAfter() {
            String value = response.header("Retry-After");
            if (value == null || value.isBlank()) {
                return false;
            }
            if (value.strip().matches("[0-9]+")) {
                return true;
            }
            try {
                ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }

        String describe() {
            return name + ": " + response.describe() + " (Retry-After " + response.header("Retry-After")
                    + ", Content-Type " + response.header("Content-Type") + ")";
        }
    }

    /** How long after an event a condition first held, and the last response seen while waiting. */
    private record Watch(String name, Double seconds, PlainHttp.Exchange last) {
        String describe() {
            return name + ": " + (seconds == null ? "never" : String.format("%.1f s", seconds)) + " (last "
                    + (last == null ? "none" : last.describe()) + ")";
        }
    }

    private ControlledPostgres postgres;
    private ApplicationProcess application;

    // observations
    private PlainHttp.Exchange searchBefore;
    private double stopSeconds;
    private final List<Probe> probes = new ArrayList<>();
    private Watch healthDown;
    private Watch readinessDown;
    private double postgresRestartSeconds;
    private final Map<String, Watch> recovery = new LinkedHashMap<>();
    private PlainHttp.Exchange refusedMoveInRetried;

    @BeforeAll
    void outageAndRecovery() throws Exception {
        FaultEnvironment environment = FaultEnvironment.shared().serving();
        application = environment.application();
        postgres = environment.postgres();
        PlainHttp http = new PlainHttp(application.baseUrl(), Duration.ofSeconds(PROBE_TIMEOUT_SECONDS));
        String token = http.token(TENANT, "fault-suite-clerk", "resident-registry:clerk");
        UniqueResidents people = new UniqueResidents(new String[][] {{"停止", "テイシ"}}, TENANT, "東京都", "若葉市");
        LocalDate idoymd = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
        String search = REGISTRY + "/residents?size=5&shimei=" + URLEncoder.encode("さとう", StandardCharsets.UTF_8);
        searchBefore = http.get(search, token);
        String someone =
                searchBefore.json().path("items").path(0).path("atenabango").asString("000000000000001");
        String certificate = """
                {"shurui":"JUMINHYO_NO_UTSUSHI","atenabango":["%s"],"seikyusha_kubun":"HONNIN","seikyu_jiyu":"本人確認"}""".formatted(someone);
        String refusedMoveIn = people.moveIn(people.next(), idoymd);
        String refusedKey = UUID.randomUUID().toString();

        // The outage: every probe starts at once, right after the stop; the database stays down until all ended.
        stopSeconds = postgres.stop();
        long stoppedAt = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Probe>> requests = new ArrayList<>();
        requests.add(pool.submit(() -> new Probe("GET /residents?shimei=", http.get(search, token))));
        requests.add(pool.submit(
                () -> new Probe("GET /residents/{a}", http.get(REGISTRY + "/residents/" + someone, token))));
        requests.add(pool.submit(() -> new Probe(
                "POST /move-ins",
                http.post(REGISTRY + "/move-ins", token, refusedMoveIn, "Idempotency-Key", refusedKey))));
        requests.add(pool.submit(() -> new Probe(
                "POST /certificates",
                http.post(
                        REGISTRY + "/certificates",
                        token,
                        certificate,
                        "Idempotency-Key",
                        UUID.randomUUID().toString()))));
        PlainHttp quick = new PlainHttp(application.baseUrl(), Duration.ofSeconds(10));
        Future<Watch> health = pool.submit(watch(
                "/actuator/health DOWN",
                stoppedAt,
                HEALTH_WATCH,
                () -> quick.get("/actuator/health", null),
                DatabaseOutageIT::down));
        Future<Watch> readiness = pool.submit(watch(
                "/actuator/health/readiness DOWN",
                stoppedAt,
                HEALTH_WATCH,
                () -> quick.get("/actuator/health/readiness", null),
                DatabaseOutageIT::down));
        for (Future<Probe> f : requests) {
            probes.add(f.get());
        }
        healthDown = health.get();
        readinessDown = readiness.get();
        double outageSeconds = (System.nanoTime() - stoppedAt) / 1e9;

        // Recovery: PostgreSQL starts on the same data and port; the application must serve again by itself.
        postgresRestartSeconds = postgres.start();
        long upAt = System.nanoTime();
        Duration limit = Duration.ofSeconds(30);
        List<Future<Watch>> watches = List.of(
                pool.submit(watch("GET /residents?shimei= 200", upAt, limit, () -> quick.get(search, token), ok(200))),
                pool.submit(watch(
                        "POST /move-ins 201",
                        upAt,
                        limit,
                        () -> quick.post(
                                REGISTRY + "/move-ins",
                                token,
                                people.moveIn(people.next(), idoymd),
                                "Idempotency-Key",
                                UUID.randomUUID().toString()),
                        ok(201))),
                pool.submit(
                        watch("/actuator/health UP", upAt, limit, () -> quick.get("/actuator/health", null), ok(200))),
                pool.submit(watch(
                        "/actuator/health/readiness UP",
                        upAt,
                        limit,
                        () -> quick.get("/actuator/health/readiness", null),
                        ok(200))));
        for (Future<Watch> w : watches) {
            Watch result = w.get();
            recovery.put(result.name(), result);
        }
        pool.shutdown();
        refusedMoveInRetried = http.post(REGISTRY + "/move-ins", token, refusedMoveIn, "Idempotency-Key", refusedKey);

        StringBuilder report = new StringBuilder();
        report.append(String.format(
                "%n=== Fault suite b: PostgreSQL stopped and started under the running application ===%n"
                        + "first start: PostgreSQL %.1f s, application %.1f s (log %s)%n"
                        + "before: search %s%n"
                        + "PostgreSQL stopped in %.1f s; outage lasted %.1f s (until every probe ended)%n",
                environment.postgresStartSeconds(),
                environment.applicationStartSeconds(),
                environment.log(),
                searchBefore.status(),
                stopSeconds,
                outageSeconds));
        probes.forEach(p -> report.append("  during: ").append(p.describe()).append('\n'));
        report.append("  during: ").append(healthDown.describe()).append('\n');
        report.append("  during: ").append(readinessDown.describe()).append('\n');
        report.append(String.format("PostgreSQL started again in %.1f s; after it was up:%n", postgresRestartSeconds));
        recovery.values()
                .forEach(w -> report.append("  after: ").append(w.describe()).append('\n'));
        report.append("  after: the 転入 refused during the outage, repeated with its key: ")
                .append(refusedMoveInRetried.describe())
                .append('\n');
        System.out.println(report);
    }

    // ---------------------------------------------------------------------------------------------------- checks

    @Test
    void theApplicationServedBeforeTheOutage() {
        assertThat(searchBefore.status()).as(searchBefore.describe()).isEqualTo(200);
    }

    @Test
    void requestsFailFastDuringTheOutage() {
        assertThat(probes)
                .as("every API request answers within %d s", FAIL_FAST_SECONDS)
                .allSatisfy(
                        p -> assertThat(p.response().answered() && p.response().millis() <= FAIL_FAST_SECONDS * 1000)
                                .as(p.describe())
                                .isTrue());
    }

    @Test
    void requestsGet503WithRetryAfterAsProblemDocuments() {
        assertThat(probes).allSatisfy(p -> {
            assertThat(p.response().status()).as(p.describe()).isEqualTo(503);
            assertThat(p.retryAfter()).as("Retry-After in " + p.describe()).isTrue();
            assertThat(p.problemDocument())
                    .as("problem document in " + p.describe())
                    .isTrue();
        });
    }

    @Test
    void healthReportsDownWithinSeconds() {
        assertThat(healthDown.seconds()).as(healthDown.describe()).isNotNull().isLessThanOrEqualTo(FAIL_FAST_SECONDS);
    }

    @Test
    void readinessReportsDownWithinSeconds() {
        assertThat(readinessDown.seconds())
                .as(readinessDown.describe())
                .isNotNull()
                .isLessThanOrEqualTo(FAIL_FAST_SECONDS);
    }

    @Test
    void fullServiceReturnsWithinSecondsWithoutARestart() {
        assertThat(application.isAlive()).as("the application process").isTrue();
        assertThat(recovery.values())
                .allSatisfy(w ->
                        assertThat(w.seconds()).as(w.describe()).isNotNull().isLessThanOrEqualTo(RECOVERY_SECONDS));
    }

    @Test
    void aWriteRefusedDuringTheOutageSucceedsWhenRepeatedWithItsKey() {
        assertThat(refusedMoveInRetried.status())
                .as(refusedMoveInRetried.describe())
                .isEqualTo(201);
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    /** Health reports DOWN: 503 with {@code "status":"DOWN"} (the actuator's answer for a DOWN group). */
    private static boolean down(PlainHttp.Exchange r) {
        return r.status() == 503 && "DOWN".equals(r.json().path("status").asString(""));
    }

    private static Predicate<PlainHttp.Exchange> ok(int status) {
        return r -> r.status() == status;
    }

    /**
     * Sends {@code request} every 250 ms (one at a time, each within its time limit) until {@code condition} holds or
     * {@code limit} has passed since {@code since}; the seconds are counted from {@code since} to the end of the
     * response that met it.
     */
    private static Callable<Watch> watch(
            String name,
            long since,
            Duration limit,
            Supplier<PlainHttp.Exchange> request,
            Predicate<PlainHttp.Exchange> condition) {
        return () -> {
            PlainHttp.Exchange last = null;
            while (System.nanoTime() - since < limit.toNanos()) {
                last = request.get();
                if (condition.test(last)) {
                    return new Watch(name, (System.nanoTime() - since) / 1e9, last);
                }
                Thread.sleep(250);
            }
            return new Watch(name, null, last);
        };
    }
}
