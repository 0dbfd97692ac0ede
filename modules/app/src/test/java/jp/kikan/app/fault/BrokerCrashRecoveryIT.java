package jp.kikan.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import jp.kikan.app.workload.PlainHttp;
import jp.kikan.app.workload.UniqueResidents;
import kikan.testsupport.RequiresBroker;
import kikan.testsupport.TestBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault suite, scenario c (issue 13, item 4; ADR 0024): events on a broker survive {@code kill -9} between commit
 * and publication. The application runs with {@code KIKAN_AMQP_URL} pointing at a {@link BrokerGate} that is shut, as
 * if the broker were down: {@value #MOVE_INS} 転入 commit, their {@code ResidentMovedIn} stay in the outbox unsent,
 * and the application is killed. The gate opens, the application starts again on the same database, and a vendor's
 * queue bound to {@code kikan.resident-registry} receives every one of them at least once; deduplicated by the
 * message id (the event id), each exactly once. Then, without a restart, the gate is shut for {@value #LATER}
 * more 転入 and opened again: the application sends what the broker missed once it is back (the externalizer's
 * failed publications are resubmitted every {@code KIKAN_AMQP_RETRY_AFTER}).
 *
 * <p>Against the real broker ({@link TestBroker}); skipped with the reason when none answers.
 */
@RequiresBroker
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerCrashRecoveryIT {

    private static final String TENANT = "139998";
    private static final String REGISTRY = "/api/resident-registry/v1/tenants/" + TENANT;
    private static final String EXTERNALIZER =
            "org.springframework.modulith.events.support.EventExternalizerModuleListener%";
    private static final int MOVE_INS = 20;
    private static final int LATER = 5;
    private static final String RETRY_AFTER = "PT3S";
    private static final Duration DELIVERY_LIMIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FaultEnvironment environment;
    private BrokerGate gate;
    private TestBroker vendor;

    // observations
    private final List<String> persons = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private int receivedBeforeKill;
    private long unsentAtKill;
    private Set<String> committedEventIds = Set.of();
    private final Map<String, Integer> deliveries = new HashMap<>(); // message id → times received
    private final List<String> mismatchedIds = new ArrayList<>();
    private final Set<String> personsDelivered = new HashSet<>();
    private long incompleteAfterRestart;
    private double startSeconds;
    private double restartSeconds;
    private double deliverySeconds;
    private final List<String> later = new ArrayList<>();
    private final Set<String> laterDelivered = new HashSet<>();
    private double laterSeconds;
    private long laterFailedWhileAway;

    @BeforeAll
    void commitWithTheBrokerAwayKillAndRestartWithItBack() throws Exception {
        URI broker = URI.create(TestBroker.url());
        gate = new BrokerGate(broker.getHost(), broker.getPort() < 0 ? 5672 : broker.getPort());
        vendor = TestBroker.subscribe("kikan.resident-registry", "ResidentMovedIn");
        environment = FaultEnvironment.shared().serving();
        environment.application().close();
        String url = "amqp://" + (broker.getRawUserInfo() == null ? "" : broker.getRawUserInfo() + "@") + "127.0.0.1:"
                + gate.port() + broker.getRawPath();
        startSeconds =
                environment.restartApplication(Map.of("KIKAN_AMQP_URL", url, "KIKAN_AMQP_RETRY_AFTER", RETRY_AFTER));

        ApplicationProcess application = environment.application();
        PlainHttp http = new PlainHttp(application.baseUrl(), Duration.ofSeconds(30));
        String token = http.token(TENANT, "fault-suite-broker", "resident-registry:clerk");
        UniqueResidents people = new UniqueResidents(new String[][] {{"連携", "レンケイ"}}, TENANT, "東京都", "若葉市");
        moveIn(http, token, people, MOVE_INS, persons);
        receivedBeforeKill =
                vendor.await(this::ofThisScenario, 1, Duration.ofSeconds(3)).size();
        unsentAtKill = countUnsent();
        application.kill();

        gate.open();
        restartSeconds = environment.restartApplication();
        committedEventIds = committedEventIds();
        receive();
        incompleteAfterRestart = countUnsent();

        gate.shut();
        token = http.token(TENANT, "fault-suite-broker", "resident-registry:clerk"); // the issuer's key is new
        moveIn(http, token, people, LATER, later);
        laterFailedWhileAway = awaitFailed(later);
        gate.open();
        long reopened = System.nanoTime();
        vendor.await(m -> ofThisTenant(m) && later.contains(atenabango(m)), LATER, DELIVERY_LIMIT)
                .forEach(m -> laterDelivered.add(atenabango(m)));
        laterSeconds = (System.nanoTime() - reopened) / 1e9;

        System.out.printf(
                """

                === Fault suite c: kill -9 between commit and publication to the broker, restart with it back ===
                start with the broker away: ready after %.1f s; %d 転入 acknowledged, %d refused; %d messages before the kill, %d externalizations unsent at the kill
                restart: ready after %.1f s; %d events committed, %d distinct delivered within %.1f s (%d deliveries in all), %d still unsent
                broker away again for %d 転入 while running (%d sends failed), then back: %d delivered %.1f s after (retry-after %s)

                """,
                startSeconds,
                persons.size(),
                refused.size(),
                receivedBeforeKill,
                unsentAtKill,
                restartSeconds,
                committedEventIds.size(),
                deliveries.size(),
                deliverySeconds,
                deliveries.values().stream().mapToInt(Integer::intValue).sum(),
                incompleteAfterRestart,
                later.size(),
                laterFailedWhileAway,
                laterDelivered.size(),
                laterSeconds,
                RETRY_AFTER);
    }

    @AfterAll
    void closeTheGate() {
        if (vendor != null) {
            vendor.close();
        }
        if (gate != null) {
            gate.close();
        }
        // the next scenario's serving() starts the application again without a broker
    }

    @Test
    void theApplicationStartsAndCommitsWhileTheBrokerIsAway() {
        assertThat(refused).as("転入 not acknowledged with the broker away").isEmpty();
        assertThat(persons).hasSize(MOVE_INS);
        assertThat(receivedBeforeKill)
                .as("messages that reached the broker through the shut gate")
                .isZero();
        assertThat(unsentAtKill)
                .as("ResidentMovedIn committed but not published when killed")
                .isEqualTo(MOVE_INS);
    }

    @Test
    void everyEventCommittedBeforeTheKillIsDeliveredAfterTheRestart() {
        assertThat(committedEventIds).hasSize(MOVE_INS);
        assertThat(new TreeSet<>(committedEventIds))
                .as("events committed before the kill and never delivered")
                .isSubsetOf(deliveries.keySet());
    }

    @Test
    void deduplicatedByEventIdAConsumerSeesEachEventOnce() {
        assertThat(mismatchedIds)
                .as("messages whose message-id is not the payload's eventId")
                .isEmpty();
        assertThat(deliveries.keySet()).as("distinct message ids").isEqualTo(committedEventIds);
        assertThat(personsDelivered).as("persons whose 転入 was delivered").containsExactlyInAnyOrderElementsOf(persons);
    }

    @Test
    void everyExternalizationIsCompletedAfterTheRestart() {
        assertThat(incompleteAfterRestart)
                .as("externalizer publications still incomplete " + DELIVERY_LIMIT.toSeconds() + " s after the restart")
                .isZero();
    }

    @Test
    void whileRunningWhatTheBrokerMissedIsSentOnceItIsBack() {
        assertThat(later).hasSize(LATER);
        assertThat(laterFailedWhileAway)
                .as("externalizations tried and failed while the broker was away")
                .isEqualTo(LATER);
        assertThat(laterDelivered)
                .as("転入 committed while the broker was away, delivered without a restart")
                .containsExactlyInAnyOrderElementsOf(later);
    }

    // ---------------------------------------------------------------------------------------------------- steps

    /** {@code count} 転入 of one new person each; adds the acknowledged 宛名番号 to {@code into}. */
    private void moveIn(PlainHttp http, String token, UniqueResidents people, int count, List<String> into) {
        LocalDate idoymd = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
        for (int i = 0; i < count; i++) {
            PlainHttp.Exchange r = http.post(
                    REGISTRY + "/move-ins",
                    token,
                    people.moveIn(people.next(), idoymd),
                    "Idempotency-Key",
                    UUID.randomUUID().toString());
            if (r.status() == 201) {
                into.add(r.json().path("residents").path(0).path("atenabango").asString());
            } else {
                refused.add(r.describe());
            }
        }
    }

    private boolean ofThisTenant(TestBroker.Received m) {
        return TENANT.equals(m.header("kikan-tenant"));
    }

    private static String atenabango(TestBroker.Received m) {
        return JSON.readTree(m.body()).path("atenabango").asString();
    }

    /** Takes the vendor's messages until every committed event arrived and its publication completed, or the limit. */
    private void receive() throws SQLException {
        long start = System.nanoTime();
        long deadline = start + DELIVERY_LIMIT.toNanos();
        while (System.nanoTime() < deadline
                && !(deliveries.keySet().containsAll(committedEventIds) && countUnsent() == 0)) {
            for (TestBroker.Received m : vendor.await(this::ofThisScenario, MOVE_INS, Duration.ofSeconds(1))) {
                JsonNode body = JSON.readTree(m.body());
                String id = m.properties().getMessageId();
                if (!body.path("eventId").asString("").equals(id)) {
                    mismatchedIds.add(id + " ≠ " + body.path("eventId"));
                }
                deliveries.merge(id, 1, Integer::sum);
                personsDelivered.add(body.path("atenabango").asString());
            }
        }
        deliverySeconds = (System.nanoTime() - start) / 1e9;
        // a redelivery would come right after: take what is there
        vendor.await(this::ofThisScenario, MOVE_INS, Duration.ofSeconds(2))
                .forEach(m -> deliveries.merge(m.properties().getMessageId(), 1, Integer::sum));
    }

    private boolean ofThisScenario(TestBroker.Received m) {
        return ofThisTenant(m) && persons.contains(atenabango(m));
    }

    /** The externalizer's publications of this scenario's ResidentMovedIn not completed. */
    private long countUnsent() throws SQLException {
        try (Connection c = environment.postgres().connect();
                PreparedStatement s = c.prepareStatement("""
                        SELECT count(*) FROM platform.event_publication
                         WHERE listener_id LIKE ? AND completion_date IS NULL
                           AND CAST(serialized_event AS jsonb) ->> 'atenabango' = ANY (?)""")) {
            s.setString(1, EXTERNALIZER);
            s.setArray(2, c.createArrayOf("text", persons.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Waits (at most 10 s) until the externalizer has tried and failed to send the ResidentMovedIn of these persons
     * (publication status {@code FAILED}); returns how many it has.
     */
    private long awaitFailed(List<String> of) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Connection c = environment.postgres().connect();
                PreparedStatement s = c.prepareStatement("""
                        SELECT count(*) FROM platform.event_publication
                         WHERE listener_id LIKE ? AND completion_date IS NULL AND status = 'FAILED'
                           AND CAST(serialized_event AS jsonb) ->> 'atenabango' = ANY (?)""")) {
            s.setString(1, EXTERNALIZER);
            s.setArray(2, c.createArrayOf("text", of.toArray()));
            while (true) {
                long failed;
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    failed = rs.getLong(1);
                }
                if (failed == of.size() || System.nanoTime() > deadline) {
                    return failed;
                }
                Thread.sleep(100);
            }
        }
    }

    /** The ids of this scenario's ResidentMovedIn, as the outbox holds them for the externalizer. */
    private Set<String> committedEventIds() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = environment.postgres().connect();
                PreparedStatement s = c.prepareStatement("""
                        SELECT CAST(serialized_event AS jsonb) ->> 'eventId' FROM platform.event_publication
                         WHERE listener_id LIKE ? AND event_type LIKE '%ResidentMovedIn'
                           AND CAST(serialized_event AS jsonb) ->> 'atenabango' = ANY (?)""")) {
            s.setString(1, EXTERNALIZER);
            s.setArray(2, c.createArrayOf("text", persons.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
