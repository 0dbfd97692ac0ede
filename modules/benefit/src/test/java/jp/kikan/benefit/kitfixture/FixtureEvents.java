package jp.kikan.benefit.kitfixture;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import jp.kikan.platform.events.EnvelopedEvent;
import jp.kikan.platform.events.EventEnvelope;

/** The fixture law's three events, each its envelope and its own fields. */
sealed interface FixtureEvents extends EnvelopedEvent
        permits FixtureEvents.Granted, FixtureEvents.Revised, FixtureEvents.Ended {

    @Override
    default String business() {
        return "kit-fixture";
    }

    record Granted(@JsonUnwrapped EventEnvelope envelope, UUID entitlementId, String atenabango, String startMonth)
            implements FixtureEvents {}

    record Revised(
            @JsonUnwrapped EventEnvelope envelope,
            UUID entitlementId,
            String atenabango,
            String kind,
            String childAtenabango,
            String revisedFrom)
            implements FixtureEvents {}

    record Ended(
            @JsonUnwrapped EventEnvelope envelope,
            UUID entitlementId,
            String atenabango,
            String lastMonth,
            String reason)
            implements FixtureEvents {}
}
