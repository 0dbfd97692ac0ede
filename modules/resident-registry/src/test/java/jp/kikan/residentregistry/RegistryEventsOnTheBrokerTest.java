package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.EventContract;
import kikan.testsupport.ModuleIntegrationTest;
import kikan.testsupport.RequiresBroker;
import kikan.testsupport.TestBroker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events on a broker (issue 13, item 4; ADR 0024), as a vendor subscribed to the resident registry sees them: a queue
 * of its own bound to the topic exchange {@code kikan.resident-registry} by event type receives every event of a
 * 異動, with the tenant, the event id and the DV等支援措置 flag as headers and the payload of {@code
 * specs/resident-registry/events.yaml} as body; the outbox completes each publication once the broker confirmed it.
 *
 * <p>Runs against the real broker ({@link TestBroker}: {@code KIKAN_TEST_AMQP_URL} or the machine's) and is skipped
 * with the reason when none answers. It is the one registry test with a Spring context of its own: the broker is on only here, so
 * every other test proves that with it off nothing changes.
 */
@RequiresBroker
@TestPropertySource(
        properties = {
            "kikan.events.amqp.url=${" + TestBroker.URL_VARIABLE + ":" + TestBroker.DEFAULT_URL + "}",
            "kikan.events.amqp.retry-after=PT2S"
        })
class RegistryEventsOnTheBrokerTest extends ModuleIntegrationTest {

    private static final String EXCHANGE = "kikan.resident-registry";
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String base;

    @BeforeEach
    void aCity() {
        tenant = newTenantCode();
        tenants.register(tenant, "試験市", "シケンシ");
        api = api();
        clerk = api.token(tenant, "resident-registry:clerk");
        base = "/api/resident-registry/v1/tenants/" + tenant;
    }

    @Test
    void aBusinessEventArrivesOnTheBusinessExchangeRoutedByItsEventType() {
        try (TestBroker vendor = TestBroker.subscribe(EXCHANGE, "ResidentMovedIn")) {
            List<String> persons = moveIn();

            List<TestBroker.Received> received = vendor.await(this::ofThisTenant, 2, LIMIT);

            assertThat(received).hasSize(2).allSatisfy(m -> {
                assertThat(m.exchange()).isEqualTo(EXCHANGE);
                assertThat(m.routingKey()).isEqualTo("ResidentMovedIn");
                assertThat(m.properties().getType()).isEqualTo("ResidentMovedIn");
                assertThat(m.header("kikan-event-type")).isEqualTo("ResidentMovedIn");
                assertThat(m.header("kikan-business")).isEqualTo("resident-registry");
            });
            assertThat(received.stream().map(m -> body(m).get("atenabango").asString()))
                    .containsExactlyInAnyOrderElementsOf(persons);
        }
    }

    @Test
    void theTenantAndTheEventIdTravelAsHeadersAndTheEventIdIsTheMessageId() {
        try (TestBroker vendor = TestBroker.subscribe(EXCHANGE, "#")) {
            moveIn();

            List<TestBroker.Received> received = vendor.await(this::ofThisTenant, 2, LIMIT);

            assertThat(received).hasSize(2).allSatisfy(m -> {
                JsonNode body = body(m);
                assertThat(body.get("tenantCode").asString()).isEqualTo(tenant);
                assertThat(m.properties().getMessageId())
                        .isEqualTo(body.get("eventId").asString());
                assertThat(m.header("kikan-event-id"))
                        .isEqualTo(body.get("eventId").asString());
                assertThat(m.properties().getContentType()).isEqualTo("application/json");
                assertThat(m.properties().getDeliveryMode()).as("persistent").isEqualTo(2);
            });
        }
    }

    @Test
    void theDvRestrictionFlagTravelsWithTheEvent() {
        try (TestBroker vendor = TestBroker.subscribe(EXCHANGE, "SupportMeasureChanged")) {
            List<String> persons = moveIn();
            ApiClient.Response measure = api.post(
                    base + "/residents/" + persons.get(0) + "/support-measures",
                    api.token(tenant, "resident-registry:support-measures"),
                    "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\",\"awasete_shien_atenabango\":[\"" + persons.get(1)
                            + "\"]}",
                    "Idempotency-Key",
                    UUID.randomUUID().toString());
            assertThat(measure.status()).as(measure.body()).isEqualTo(201);

            List<TestBroker.Received> received = vendor.await(this::ofThisTenant, 2, LIMIT);

            assertThat(received).hasSize(2).allSatisfy(m -> {
                assertThat(m.header("kikan-restricted")).isEqualTo(true);
                assertThat(body(m).get("restricted").asBoolean()).isTrue();
            });
        }
        try (TestBroker vendor = TestBroker.subscribe(EXCHANGE, "ResidentMovedIn")) {
            moveIn();
            assertThat(vendor.await(this::ofThisTenant, 2, LIMIT))
                    .hasSize(2)
                    .allSatisfy(m -> assertThat(m.header("kikan-restricted")).isEqualTo(false));
        }
    }

    @Test
    void thePayloadIsTheEventOfTheContract() {
        try (TestBroker vendor = TestBroker.subscribe(EXCHANGE, "#")) {
            moveIn();

            List<TestBroker.Received> received = vendor.await(this::ofThisTenant, 2, LIMIT);

            assertThat(received).hasSize(2).allSatisfy(m -> assertThat(
                            EventContract.violations("resident-registry", m.routingKey(), body(m)))
                    .as(m.body())
                    .isEmpty());
        }
    }

    @Test
    void thePublicationIsCompletedOnlyAfterTheBrokerConfirmedTheMessage() {
        try (TestBroker vendor = TestBroker.subscribe(EXCHANGE, "#")) {
            moveIn();
            Set<String> sent = vendor.await(this::ofThisTenant, 2, LIMIT).stream()
                    .map(m -> m.properties().getMessageId())
                    .collect(Collectors.toSet());

            assertThat(sent).hasSize(2);
            Await.await(() -> externalizations(sent).equals(List.of(true, true)));
            assertThat(externalizations(sent))
                    .as("the externalizer's publications")
                    .containsExactly(true, true);
        }
    }

    /** Whether each of these events' publications to the externalizer is completed. */
    private List<Boolean> externalizations(Set<String> eventIds) {
        return jdbc.sql("""
                        SELECT completion_date IS NOT NULL FROM platform.event_publication
                         WHERE listener_id LIKE 'org.springframework.modulith.events.support.EventExternalizerModuleListener%'
                           AND CAST(serialized_event AS jsonb) ->> 'eventId' IN (:ids)""").param("ids", eventIds).query(Boolean.class).list();
    }

    /** 転入 of a mother and her son; returns their 宛名番号. */
    private List<String> moveIn() {
        ApiClient.Response r = api.post(
                base + "/move-ins",
                clerk,
                """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"試験市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"5番6号"},
                 "members":[
                  {"shimei":{"shimei":"連携　花子","shimei_furigana":"レンケイ　ハナコ"},"seinengappi":"1990-01-01","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"連携　一郎","shimei_furigana":"レンケイ　イチロウ"},"seinengappi":"2018-05-05","seibetsu":"1","zokugara":"子"}]}""".formatted(tenant),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return List.of(
                r.json().get("residents").get(0).get("atenabango").asString(),
                r.json().get("residents").get(1).get("atenabango").asString());
    }

    private boolean ofThisTenant(TestBroker.Received m) {
        return tenant.equals(m.header("kikan-tenant"));
    }

    private JsonNode body(TestBroker.Received m) {
        return json.readTree(m.body());
    }
}
