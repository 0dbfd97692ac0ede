package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import jp.kikan.childallowance.events.ChildAllowanceEnded;
import jp.kikan.platform.events.EventEnvelope;
import jp.kikan.platform.events.PublishedEvent;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.events.ResidentMovedOut;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events built with the one envelope factory keep the flat payloads of specs/*&#47;events.yaml, and the outbox's
 * serializer reads them back (a resubmitted publication is deserialized from the stored JSON).
 */
class EventPayloadsTest extends IntegrationTest {

    private static final Instant NOW = Instant.parse("2026-11-01T01:02:03Z");
    private static final LocalDate IDO = LocalDate.of(2026, 10, 31);

    @Autowired
    EventSerializer serializer;

    @Autowired
    JsonMapper json;

    @Test
    void aRegistryEventHasTheEnvelopeFieldsFirstAndItsOwnAfterThemAndReadsBack() {
        ResidentMovedOut event = TenantContext.callAs(
                CHIYODA,
                () -> new ResidentMovedOut(
                        EventEnvelope.of(NOW, IDO, true), UUID.randomUUID(), "000000000000019", "000000000000027"));

        assertThat(fields(event))
                .containsExactly(
                        "eventId",
                        "tenantCode",
                        "occurredAt",
                        "effectiveDate",
                        "restricted",
                        "idoId",
                        "atenabango",
                        "setaibango");
        assertThat(event.tenantCode()).isEqualTo(CHIYODA);
        assertThat(event.restricted()).isTrue();
        assertThat(serializer.deserialize(serializer.serialize(event), ResidentMovedOut.class))
                .isEqualTo(event);
    }

    @Test
    void aBenefitEventKeepsItsPayloadAndReadsBack() {
        ChildAllowanceEnded event = TenantContext.callAs(
                CHIYODA,
                () -> new ChildAllowanceEnded(
                        EventEnvelope.of(NOW, IDO, false),
                        UUID.randomUUID(),
                        "000000000000019",
                        "2026-10",
                        "tenshutsu"));

        assertThat(fields(event))
                .containsExactly(
                        "eventId",
                        "tenantCode",
                        "occurredAt",
                        "effectiveDate",
                        "restricted",
                        "entitlementId",
                        "atenabango",
                        "lastMonth",
                        "reason");
        assertThat(serializer.deserialize(serializer.serialize(event), ChildAllowanceEnded.class))
                .isEqualTo(event);
    }

    private Iterable<String> fields(PublishedEvent event) {
        Map<String, Object> payload =
                json.readValue(serializer.serialize(event).toString(), new TypeReference<Map<String, Object>>() {});
        return payload.keySet();
    }
}
