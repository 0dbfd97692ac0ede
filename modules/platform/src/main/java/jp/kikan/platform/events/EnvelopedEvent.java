package jp.kikan.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A published event that holds its envelope as one component: the record declares
 * {@code @JsonUnwrapped EventEnvelope envelope} first and only its own fields after it, so the payload stays the flat
 * record of {@code specs/<business>/events.yaml} (the envelope's fields first) while no event repeats them.
 */
public interface EnvelopedEvent extends PublishedEvent {

    /** The envelope ({@link EventEnvelope#of}). */
    EventEnvelope envelope();

    @Override
    default UUID eventId() {
        return envelope().eventId();
    }

    @Override
    default String tenantCode() {
        return envelope().tenantCode();
    }

    @Override
    default Instant occurredAt() {
        return envelope().occurredAt();
    }

    @Override
    default LocalDate effectiveDate() {
        return envelope().effectiveDate();
    }

    @Override
    default boolean restricted() {
        return envelope().restricted();
    }
}
