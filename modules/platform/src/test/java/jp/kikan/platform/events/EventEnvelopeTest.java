package jp.kikan.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.platform.tenant.TenantContext;
import org.junit.jupiter.api.Test;

/** The one factory of the event envelope: a new id each time, the bound tenant, the dates and flag it is given. */
class EventEnvelopeTest {

    private static final Instant NOW = Instant.parse("2026-11-01T01:02:03Z");
    private static final LocalDate IDO = LocalDate.of(2026, 10, 31);

    @Test
    void anEnvelopeIsForTheBoundTenantWithANewIdAndTheGivenDatesAndFlag() {
        EventEnvelope first = TenantContext.callAs("131016", () -> EventEnvelope.of(NOW, IDO, true));
        EventEnvelope second = TenantContext.callAs("131016", () -> EventEnvelope.of(NOW, IDO, false));

        assertThat(first.tenantCode()).isEqualTo("131016");
        assertThat(first.occurredAt()).isEqualTo(NOW);
        assertThat(first.effectiveDate()).isEqualTo(IDO);
        assertThat(first.restricted()).isTrue();
        assertThat(second.restricted()).isFalse();
        assertThat(second.eventId()).isNotEqualTo(first.eventId());
    }

    @Test
    void anEnvelopeNeedsABoundTenant() {
        assertThatThrownBy(() -> EventEnvelope.of(NOW, IDO, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No tenant");
    }
}
