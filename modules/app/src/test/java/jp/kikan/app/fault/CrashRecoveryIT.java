package jp.kikan.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jp.kikan.app.workload.PlainHttp;
import jp.kikan.app.workload.UniqueResidents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Fault suite, scenario a: {@code kill -9} of the application during a burst of writes, then a restart on the same
 * database. {@link #burstKillAndRestart()} runs the scenario once and records what it observes (and prints it); each
 * test then judges one property of the recovered state, so a failure names exactly what is broken:
 *
 * <ul>
 *   <li>every acknowledged (201) 転入 is in the registry;
 *   <li>nothing is half-written: every person the burst entered has one current version, is head of a household of
 *       one;
 *   <li>every event publication is completed after the restart, none twice, and every entered person has exactly one
 *       {@code ResidentMovedIn} in the tenant's event feed;
 *   <li>the audit hash chain verifies, and the unsealed tail the kill left (with one queued record planted while the
 *       application was down) is sealed after the restart;
 *   <li>every {@code Idempotency-Key} of the burst is either replayable (the stored response, {@code
 *       Idempotent-Replayed: true}, the acknowledged 宛名番号) or free (a retry applies once) — never stuck with 409
 *       {@code idempotency-key-in-use}.
 * </ul>
 *
 * <p>The burst: {@value #WRITERS} clients send 転入 of new one-person households (names nobody else has) with keys of
 * their own, one after the other; the application is killed once {@value #ACKNOWLEDGED_BEFORE_KILL} have been
 * acknowledged, while the others are in flight.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

    private static final String TENANT = "139998";
    private static final String REGISTRY = "/api/resident-registry/v1/tenants/" + TENANT;
    private static final String PLATFORM = "/api/platform/v1/tenants/" + TENANT;
    private static final int WRITERS = 16;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    private static final Duration PUBLICATION_LIMIT = Duration.ofSeconds(60);
    private static final String SUBJECT = "fault-suite-clerk";
    private static final String[] ROLES = {"resident-registry:clerk", "events:reader", "auditor"};

    /** One 転入 of the burst: its key and body, and what came back before the kill (if anything). */
    private record Attempt(String key, String body, UniqueResidents.Person person, PlainHttp.Exchange response) {
        boolean acknowledged() {
            return response.status() == 201;
        }

        String atenabango() {
            return response.json().path("residents").path(0).path("atenabango").asString();
        }
    }

    /** What a retry with the same key and body got after the restart. */
    private enum Retry {
        REPLAYED,
        APPLIED,
        STUCK,
        OTHER
    }

    private FaultEnvironment environment;
    private String marker;

    // observations
    private final List<Attempt> attempts = new ArrayList<>();
    private int inFlightAtKill;
    private double restartSeconds;
    private final List<String> missingAcknowledged = new ArrayList<>();
    private final List<String> unexpectedBeforeKill = new ArrayList<>();
    private final List<String> halfWritten = new ArrayList<>();
    private int committedAtRestart;
    private long incompletePublications;
    private double publicationSeconds;
    private final List<String> duplicatePublications = new ArrayList<>();
    private final List<String> duplicateFeedEvents = new ArrayList<>();
    private final List<String> wrongEventCounts = new ArrayList<>();
    private JsonNode auditVerification;
    private long unsealedAtKill;
    private long unsealedAfterRestart = -1;
    private boolean plantedTailSealed;
    private double tailSealedSeconds;
    private final Map<Attempt, Retry> retries = new LinkedHashMap<>();
    private final Map<Attempt, PlainHttp.Exchange> retryResponses = new HashMap<>();
    private final List<String> replayMismatches = new ArrayList<>();
    private final List<String> stuckStill = new ArrayList<>();
    private final List<String> appliedTwice = new ArrayList<>();

    @BeforeAll
    void burstKillAndRestart() throws Exception {
        environment = FaultEnvironment.shared().serving();
        ApplicationProcess application = environment.application();
        PlainHttp http = new PlainHttp(application.baseUrl(), Duration.ofSeconds(30));
        String token = http.token(TENANT, SUBJECT, ROLES);
        UniqueResidents people = new UniqueResidents(new String[][] {{"試験", "シケン"}}, TENANT, "東京都", "若葉市");
        marker = people.marker();

        burst(application, http, token, people);
        leaveAnUnsealedTail();

        restartSeconds = environment.restartApplication();
        awaitTailSealed();
        token = http.token(TENANT, SUBJECT, ROLES); // the issuer's key is new; the subject (key scope) is the same

        checkAcknowledgedPresent(http, token);
        committedAtRestart = checkRegistryConsistency();
        awaitPublications();
        retryEveryKey(http, token);
        checkNothingAppliedTwice();
        awaitPublications(); // the retries published events too
        checkPublicationsAndFeed(http, token);
        PlainHttp.Exchange verification = http.get(PLATFORM + "/audit-chain-verification", token);
        auditVerification = verification.json();

        long acknowledged = attempts.stream().filter(Attempt::acknowledged).count();
        System.out.printf(
                """

                === Fault suite a: kill -9 during a burst of 転入 (%d writers), restart on the same database ===
                first start: PostgreSQL %.1f s, application %.1f s (log %s)
                burst: %d requests sent, %d acknowledged (201), %d in flight when killed, %d other answers before the kill
                restart: ready after %.1f s; %d burst persons committed, %d acknowledged ones missing, %d half-written
                event publications: %d incomplete after %.1f s; %d published twice; feed: %d duplicate event ids, %d persons without exactly one ResidentMovedIn
                audit chain verification: %s
                unsealed tail: %d queued records left by the kill, 1 planted while down; after the restart %d left, the planted one sealed: %s (%.1f s after ready)
                idempotency retries (same key and body): %s; replay mismatches %d; still stuck after 5 s: %d; applied twice: %d

                """,
                WRITERS,
                environment.postgresStartSeconds(),
                environment.applicationStartSeconds(),
                environment.log(),
                attempts.size(),
                acknowledged,
                inFlightAtKill,
                unexpectedBeforeKill.size(),
                restartSeconds,
                committedAtRestart,
                missingAcknowledged.size(),
                halfWritten.size(),
                incompletePublications,
                publicationSeconds,
                duplicatePublications.size(),
                duplicateFeedEvents.size(),
                wrongEventCounts.size(),
                verification.status() + " " + verification.text(),
                unsealedAtKill,
                unsealedAfterRestart,
                plantedTailSealed,
                tailSealedSeconds,
                retries.values().stream()
                        .collect(Collectors.groupingBy(r -> r, java.util.TreeMap::new, Collectors.counting())),
                replayMismatches.size(),
                stuckStill.size(),
                appliedTwice.size());
    }

    // ---------------------------------------------------------------------------------------------------- checks

    @Test
    void theBurstWasAnsweredWith201UntilTheKill() {
        assertThat(attempts.stream().filter(Attempt::acknowledged).count())
                .as("acknowledged before the kill")
                .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(inFlightAtKill).as("requests in flight when killed").isPositive();
        assertThat(unexpectedBeforeKill)
                .as("answers other than 201 before the kill")
                .isEmpty();
    }

    @Test
    void everyAcknowledgedMoveInIsInTheRegistryAfterTheRestart() {
        assertThat(missingAcknowledged)
                .as("acknowledged 転入 not found after the restart")
                .isEmpty();
    }

    @Test
    void nothingIsHalfWritten() {
        assertThat(committedAtRestart)
                .as("persons of the burst in the registry")
                .isGreaterThanOrEqualTo(
                        (int) attempts.stream().filter(Attempt::acknowledged).count());
        assertThat(halfWritten)
                .as("persons of the burst without a complete record")
                .isEmpty();
    }

    @Test
    void everyEventPublicationIsCompletedAfterTheRestart() {
        assertThat(incompletePublications)
                .as("event publications still incomplete " + PUBLICATION_LIMIT.toSeconds() + " s after the restart")
                .isZero();
    }

    @Test
    void noEventIsDeliveredTwice() {
        assertThat(duplicatePublications)
                .as("the same event published twice to one listener")
                .isEmpty();
        assertThat(duplicateFeedEvents).as("event ids twice in the feed").isEmpty();
    }

    @Test
    void everyEnteredPersonHasExactlyOneMoveInEventInTheFeed() {
        assertThat(wrongEventCounts)
                .as("persons of the burst whose ResidentMovedIn is missing from the feed or in it more than once")
                .isEmpty();
    }

    @Test
    void theAuditChainIsValidAfterTheRestart() {
        assertThat(auditVerification.path("valid").asBoolean(false))
                .as("audit chain verification: " + auditVerification)
                .isTrue();
    }

    @Test
    void theUnsealedTailIsSealedAfterTheRestart() {
        assertThat(plantedTailSealed)
                .as("the record queued while the application was down is in the chain after the restart")
                .isTrue();
        assertThat(unsealedAfterRestart)
                .as("records of the tenant still queued")
                .isZero();
    }

    @Test
    void everyAcknowledgedKeyReplaysTheStoredResponse() {
        assertThat(replayMismatches)
                .as("acknowledged keys whose retry is not the stored response with the acknowledged 宛名番号")
                .isEmpty();
    }

    @Test
    void noKeyOfTheBurstIsStuck() {
        List<String> stuck = retries.entrySet().stream()
                .filter(e -> e.getValue() == Retry.STUCK || e.getValue() == Retry.OTHER)
                .map(e -> e.getKey().key() + " → "
                        + retryResponses.get(e.getKey()).describe())
                .toList();
        assertThat(stuck)
                .as(
                        "keys neither replayable nor free after the restart (%d of %d; still so 5 s later: %d)",
                        stuck.size(), retries.size(), stuckStill.size())
                .isEmpty();
    }

    @Test
    void aRetryAppliesTheMoveInOnce() {
        assertThat(appliedTwice)
                .as("persons in the registry more than once after the retries")
                .isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------- steps

    /**
     * Counts what the kill left queued for the sealer, and queues one record more while the application is down, so
     * that there is a tail to seal whatever the kill's timing.
     */
    private void leaveAnUnsealedTail() throws SQLException {
        try (Connection c = environment.postgres().connect()) {
            unsealedAtKill = countPending(c);
            try (PreparedStatement planted = c.prepareStatement(
                    "INSERT INTO platform.audit_pending (tenant_code, occurred_at, actor, business, purpose, subject,"
                            + " operation, outcome, request_id) VALUES (?, now(), ?, 'resident-registry', '住民の照会',"
                            + " 'TAIL', 'READ', 'SUCCESS', ?)")) {
                planted.setString(1, TENANT);
                planted.setString(2, SUBJECT);
                planted.setString(3, "crash-tail-" + marker);
                planted.executeUpdate();
            }
        }
    }

    /** Waits (at most 10 s after readiness) for the restarted application to seal the tail without being asked. */
    private void awaitTailSealed() throws SQLException, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(10).toNanos();
        try (Connection c = environment.postgres().connect();
                PreparedStatement sealed = c.prepareStatement(
                        "SELECT count(*) FROM platform.audit_record WHERE tenant_code = ? AND request_id = ?")) {
            sealed.setString(1, TENANT);
            sealed.setString(2, "crash-tail-" + marker);
            while (true) {
                try (ResultSet rs = sealed.executeQuery()) {
                    rs.next();
                    plantedTailSealed = rs.getLong(1) == 1;
                }
                // (listeners of events republished at the start may audit meanwhile: their records come and go)
                unsealedAfterRestart = countPending(c);
                if (plantedTailSealed && unsealedAfterRestart == 0 || System.nanoTime() > deadline) {
                    break;
                }
                Thread.sleep(50);
            }
            tailSealedSeconds = (System.nanoTime() - started) / 1e9;
        }
    }

    private static long countPending(Connection c) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT count(*) FROM platform.audit_pending WHERE tenant_code = ?")) {
            s.setString(1, TENANT);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Writers send 転入 one after the other; the application is killed when enough were acknowledged. */
    private void burst(ApplicationProcess application, PlainHttp http, String token, UniqueResidents people)
            throws InterruptedException {
        LocalDate idoymd = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
        ConcurrentLinkedQueue<Attempt> sent = new ConcurrentLinkedQueue<>();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            writers.submit(() -> {
                while (!killed.get()) {
                    UniqueResidents.Person person = people.next();
                    String body = people.moveIn(person, idoymd);
                    String key = UUID.randomUUID().toString();
                    inFlight.incrementAndGet();
                    PlainHttp.Exchange r = http.post(REGISTRY + "/move-ins", token, body, "Idempotency-Key", key);
                    inFlight.decrementAndGet();
                    sent.add(new Attempt(key, body, person, r));
                    if (r.status() == 201) {
                        acknowledged.incrementAndGet();
                    }
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (acknowledged.get() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        inFlightAtKill = inFlight.get();
        application.kill();
        killed.set(true);
        writers.shutdown();
        if (!writers.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("writers did not end after the kill");
        }
        attempts.addAll(sent);
        for (Attempt a : attempts) {
            if (a.response().answered() && a.response().status() != 201) {
                unexpectedBeforeKill.add(a.key() + " → " + a.response().describe());
            }
        }
    }

    private void checkAcknowledgedPresent(PlainHttp http, String token) {
        for (Attempt a : attempts) {
            if (!a.acknowledged()) {
                continue;
            }
            PlainHttp.Exchange r = http.get(REGISTRY + "/residents/" + a.atenabango(), token);
            String name = r.json().path("shimei").path("shimei").asString("");
            if (r.status() != 200 || !name.equals(a.person().shimei())) {
                missingAcknowledged.add(a.atenabango() + " (" + a.person().shimei() + ") → " + r.describe());
            }
        }
    }

    /**
     * Every person of the burst in the database: exactly one version, current, a resident, head (世帯主) of a
     * household of which it is the only current member. Returns how many there are.
     */
    private int checkRegistryConsistency() throws SQLException {
        String sql = """
                SELECT r.atenabango, r.shimei, count(*) AS versions, count(*) FILTER (WHERE r.is_current) AS current,
                       bool_and(r.setainushi AND r.zokugara = '世帯主' AND r.jotai = 'JUMIN') AS head,
                       min(r.setaibango) AS setaibango,
                       (SELECT count(*) FROM resident_registry.resident_record m
                         WHERE m.tenant_code = r.tenant_code AND m.setaibango = min(r.setaibango) AND m.is_current)
                           AS members
                  FROM resident_registry.resident_record r
                 WHERE r.tenant_code = ? AND r.shimei LIKE ?
                 GROUP BY r.tenant_code, r.atenabango, r.shimei""";
        int persons = 0;
        try (Connection c = environment.postgres().connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, TENANT);
            s.setString(2, "試験　" + marker + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    persons++;
                    if (rs.getLong("versions") != 1
                            || rs.getLong("current") != 1
                            || !rs.getBoolean("head")
                            || rs.getString("setaibango") == null
                            || rs.getLong("members") != 1) {
                        halfWritten.add(rs.getString("atenabango") + " " + rs.getString("shimei") + ": versions "
                                + rs.getLong("versions") + ", current " + rs.getLong("current") + ", head "
                                + rs.getBoolean("head") + ", household " + rs.getString("setaibango") + " of "
                                + rs.getLong("members"));
                    }
                }
            }
        }
        return persons;
    }

    /** Waits until the outbox has no incomplete publication (or the limit passes); records the count and time. */
    private void awaitPublications() throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + PUBLICATION_LIMIT.toNanos();
        while (true) {
            try (Connection c = environment.postgres().connect();
                    ResultSet rs = c.createStatement()
                            .executeQuery(
                                    "SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")) {
                rs.next();
                incompletePublications = rs.getLong(1);
            }
            if (incompletePublications == 0 || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(250);
        }
        publicationSeconds = (System.nanoTime() - start) / 1e9;
    }

    /** Repeats every request of the burst with its key and body, as a client that got no answer would. */
    private void retryEveryKey(PlainHttp http, String token) throws InterruptedException {
        for (Attempt a : attempts) {
            PlainHttp.Exchange r = http.post(REGISTRY + "/move-ins", token, a.body(), "Idempotency-Key", a.key());
            retryResponses.put(a, r);
            retries.put(a, classify(r));
            if (a.acknowledged()) {
                String replayed =
                        r.json().path("residents").path(0).path("atenabango").asString("");
                if (retries.get(a) != Retry.REPLAYED || !replayed.equals(a.atenabango())) {
                    replayMismatches.add(a.key() + " (acknowledged " + a.atenabango() + ") → " + r.describe());
                }
            }
        }
        List<Attempt> stuck = retries.entrySet().stream()
                .filter(e -> e.getValue() == Retry.STUCK)
                .map(Map.Entry::getKey)
                .toList();
        if (!stuck.isEmpty()) {
            Thread.sleep(5_000); // a request still running would have ended by now: nothing runs after a restart
            for (Attempt a : stuck) {
                PlainHttp.Exchange r = http.post(REGISTRY + "/move-ins", token, a.body(), "Idempotency-Key", a.key());
                if (classify(r) == Retry.STUCK) {
                    stuckStill.add(a.key());
                }
            }
        }
    }

    private static Retry classify(PlainHttp.Exchange r) {
        if (r.status() == 201 && "true".equalsIgnoreCase(r.header("Idempotent-Replayed"))) {
            return Retry.REPLAYED;
        }
        if (r.status() == 201) {
            return Retry.APPLIED;
        }
        if (r.status() == 409 && r.json().path("type").asString("").endsWith("idempotency-key-in-use")) {
            return Retry.STUCK;
        }
        return Retry.OTHER;
    }

    /** After the retries: no person of the burst twice (a retry of a committed 転入 must not enter it again). */
    private void checkNothingAppliedTwice() throws SQLException {
        try (Connection c = environment.postgres().connect();
                PreparedStatement s = c.prepareStatement("""
                        SELECT shimei, count(DISTINCT atenabango) FROM resident_registry.resident_record
                         WHERE tenant_code = ? AND shimei LIKE ? GROUP BY shimei HAVING count(DISTINCT atenabango) > 1""")) {
            s.setString(1, TENANT);
            s.setString(2, "試験　" + marker + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    appliedTwice.add(rs.getString(1) + " ×" + rs.getLong(2));
                }
            }
        }
    }

    /**
     * No listener got the same event twice (the outbox, by the event's id); the feed holds each event id once and, for
     * every person of the burst in the registry (after the retries), exactly one ResidentMovedIn.
     */
    private void checkPublicationsAndFeed(PlainHttp http, String token) throws SQLException {
        Map<String, String> persons = new HashMap<>(); // 宛名番号 → 氏名
        try (Connection c = environment.postgres().connect()) {
            try (ResultSet rs = c.createStatement().executeQuery("""
                            SELECT listener_id, serialized_event::jsonb ->> 'eventId' AS event_id, count(*)
                              FROM platform.event_publication GROUP BY 1, 2 HAVING count(*) > 1""")) {
                while (rs.next()) {
                    duplicatePublications.add(rs.getString(1) + " " + rs.getString(2) + " ×" + rs.getLong(3));
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("SELECT DISTINCT atenabango, shimei FROM resident_registry.resident_record"
                            + " WHERE tenant_code = ? AND shimei LIKE ?")) {
                s.setString(1, TENANT);
                s.setString(2, "試験　" + marker + "%");
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        persons.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        Map<String, Integer> moveIns = new HashMap<>();
        Map<String, Integer> eventIds = new HashMap<>();
        long after = 0;
        while (true) {
            PlainHttp.Exchange page = http.get(PLATFORM + "/events?limit=500&after=" + after, token);
            if (page.status() != 200) {
                throw new IllegalStateException("event feed: " + page.describe());
            }
            JsonNode items = page.json().path("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode item : items) {
                eventIds.merge(item.path("eventId").asString(), 1, Integer::sum);
                if ("ResidentMovedIn".equals(item.path("type").asString(""))) {
                    moveIns.merge(item.path("payload").path("atenabango").asString(""), 1, Integer::sum);
                }
                after = Math.max(after, item.path("position").asLong());
            }
        }
        eventIds.forEach((id, n) -> {
            if (n > 1) {
                duplicateFeedEvents.add(id + " ×" + n);
            }
        });
        persons.forEach((a, name) -> {
            int n = moveIns.getOrDefault(a, 0);
            if (n != 1) {
                wrongEventCounts.add(a + " " + name + ": " + n + " ResidentMovedIn");
            }
        });
    }
}
