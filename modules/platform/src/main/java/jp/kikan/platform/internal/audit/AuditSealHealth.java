package jp.kikan.platform.internal.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import jp.kikan.platform.internal.audit.AuditSealer.Backlog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/**
 * How far the sealer (封緘) lags behind: the gauges {@code kikan.audit.unsealed.records} (records queued, not yet in
 * any chain) and {@code kikan.audit.unsealed.oldest.age} (seconds since the oldest of them was accessed), and the
 * health contributor {@value #NAME}: DOWN once the oldest unsealed record is older than {@code
 * kikan.audit.seal-delay-limit} (30 s), since until it is sealed a database owner can still change it unseen. Both
 * read what the sealer's last pass measured, so neither needs a connection of its own.
 *
 * <p>It is part of {@code /actuator/health} but of neither readiness nor liveness (ADR 0023): any instance seals every
 * tenant's queue, so a lagging sealer is the deployment's condition, which neither taking one instance out of the load
 * balancer nor restarting it mends.
 */
@Component
class AuditSealHealth {

    /** The contributor's name under {@code /actuator/health}. */
    static final String NAME = "auditSeal";

    private final AuditSealer sealer;
    private final Duration limit;

    AuditSealHealth(
            AuditSealer sealer,
            MeterRegistry meters,
            ObjectProvider<HealthContributorRegistry> health,
            @Value("${kikan.audit.seal-delay-limit:PT30S}") Duration limit) {
        this.sealer = sealer;
        this.limit = limit;
        Gauge.builder("kikan.audit.unsealed.records", this, h -> h.measure(Backlog::records))
                .description("Audit records committed but not yet sealed into their tenant's hash chain")
                .register(meters);
        Gauge.builder("kikan.audit.unsealed.oldest.age", this, h -> h.measure(b -> seconds(b.oldestAge(Instant.now()))))
                .description("Age of the oldest audit record not yet sealed (0 when none)")
                .baseUnit("seconds")
                .register(meters);
        // Registered by hand: a bean would be named by its class (ADR 0018), and so would the contributor.
        health.ifAvailable(registry -> registry.registerContributor(NAME, (HealthIndicator) this::health));
    }

    /** A gauge's value from the last pass; not a number before the first. */
    private double measure(java.util.function.ToDoubleFunction<Backlog> value) {
        AuditSealer.Measured last = sealer.lastMeasured();
        return last == null ? Double.NaN : value.applyAsDouble(last.backlog());
    }

    /**
     * The contributor {@value #NAME}: DOWN when the oldest unsealed record is older than the limit, or when no pass of
     * the sealer has completed within it (the database away, the sealer stuck); UNKNOWN before the first pass.
     */
    Health health() {
        AuditSealer.Measured last = sealer.lastMeasured();
        if (last == null) {
            return Health.unknown().build();
        }
        Instant now = Instant.now();
        Duration age = last.backlog().oldestAge(now);
        Duration sincePass = Duration.between(last.at(), now);
        Health.Builder status =
                age.compareTo(limit) > 0 || sincePass.compareTo(limit) > 0 ? Health.down() : Health.up();
        return status.withDetail("unsealedRecords", last.backlog().records())
                .withDetail("oldestUnsealedAgeSeconds", seconds(age))
                .withDetail("secondsSinceLastPass", seconds(sincePass))
                .withDetail("limitSeconds", seconds(limit))
                .build();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
