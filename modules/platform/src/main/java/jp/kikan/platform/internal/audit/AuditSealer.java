package jp.kikan.platform.internal.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the queued audit records ({@code platform.audit_pending}) into each tenant's hash chain ({@code
 * platform.audit_record}), in the order it takes them, numbering them without gaps and hashing each over the one
 * before. Requests only insert into the queue, so none of them waits for another one's audit; the chain head row is
 * locked by the sealer alone, for one short transaction per tenant and batch. Any number of instances may seal: the
 * head row makes them take turns, and a record is moved from the queue into the chain in one transaction.
 *
 * <p>Runs every {@code kikan.audit.seal-interval} (200 ms), once at start-up (a tail left by a crash), once at
 * shutdown, and before every read of the log by an auditor, so the auditor's view is complete.
 *
 * <p>Measured (ADR 0023): {@code kikan.audit.seal} times each pass, {@code kikan.audit.seal.delay} each sealed
 * record's delay from its access to its sealing; {@link AuditSealHealth} reports the queue ({@link #backlog()}).
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    /** Records sealed in one transaction at most. */
    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Timer passes;
    private final Timer delays;

    AuditSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.passes = Timer.builder("kikan.audit.seal")
                .description("One pass of the audit sealer over every tenant's queue")
                .register(meters);
        this.delays = Timer.builder("kikan.audit.seal.delay")
                .description("From an audited access to its record's sealing into the hash chain")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(meters);
    }

    /**
     * The records not sealed yet: how many, and when the oldest access among them happened ({@code null} when none).
     */
    record Backlog(long records, @Nullable Instant oldest) {

        /** How long the oldest unsealed record has waited, zero when none. */
        Duration oldestAge(Instant now) {
            return oldest == null ? Duration.ZERO : Duration.between(oldest, now);
        }
    }

    /** The queue as the last completed scheduled pass left it, and when that was. */
    record Measured(Backlog backlog, Instant at) {}

    private volatile @Nullable Measured measured;

    private void measure() {
        measured = new Measured(backlog(), Instant.now());
    }

    /**
     * The queue after the last completed pass ({@code null} before the first): what the health contributor and the
     * gauges show, so that neither needs a connection of its own (with the database away, health must answer fast).
     */
    @Nullable
    Measured lastMeasured() {
        return measured;
    }

    /** Every tenant's unsealed records. */
    Backlog backlog() {
        return withoutTenant(() -> backlogWhere("", new Object[0]));
    }

    /** The tenant's unsealed records. */
    Backlog backlog(String tenantCode) {
        return withoutTenant(() -> backlogWhere(" WHERE tenant_code = ?", new Object[] {tenantCode}));
    }

    private Backlog backlogWhere(String where, Object[] args) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "SELECT count(*), min(occurred_at) FROM platform.audit_pending" + where,
                (rs, i) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Backlog(rs.getLong(1), oldest == null ? null : oldest.toInstant());
                },
                args));
    }

    @EventListener(ApplicationReadyEvent.class)
    void sealTailLeftBefore() {
        sealAll();
        measure();
    }

    @Scheduled(fixedDelayString = "${kikan.audit.seal-interval:PT0.2S}")
    void sealScheduled() {
        try {
            sealAll(SCHEDULED_WAIT);
            measure();
        } catch (RuntimeException e) {
            // The database may be away: the queue stays and is sealed once it is back.
            log.warn("監査記録の封緘を延期します: {}", e.toString());
        }
    }

    @jakarta.annotation.PreDestroy
    void sealAtShutdown() {
        try {
            sealAll();
        } catch (RuntimeException e) {
            log.warn("終了時の監査記録の封緘ができませんでした（次の起動時に封緘します）: {}", e.toString());
        }
    }

    /** Seals every tenant's queue; returns how many records were sealed. */
    int sealAll() {
        return sealAll(null);
    }

    /** How long a scheduled pass waits for one tenant's chain head before it goes on to the next tenant. */
    static final Duration SCHEDULED_WAIT = Duration.ofSeconds(5);

    private int sealAll(@Nullable Duration lockWait) {
        return withoutTenant(() -> {
            long started = System.nanoTime();
            int sealed = 0;
            for (String tenant :
                    jdbc.queryForList("SELECT DISTINCT tenant_code FROM platform.audit_pending", String.class)) {
                try {
                    sealed += sealTenant(tenant, lockWait);
                } catch (DataAccessException e) {
                    if (!isLockTimeout(e)) {
                        throw e;
                    }
                    // Held by another instance's long pass, or by someone keeping this tenant unsealed: the others go
                    // on, and the health contributor reports the tenant's age.
                    log.warn("監査ログ（団体コード {}）の連鎖の先頭を {} 待っても得られません", tenant, lockWait);
                }
            }
            passes.record(Duration.ofNanos(System.nanoTime() - started));
            return sealed;
        });
    }

    /**
     * Seals the tenant's queue as it is now, for an auditor's read, waiting at most {@link #AUDITOR_WAIT} for the chain
     * head (held by another sealer, or by someone holding sealing off): the auditor then reads what is sealed, and the
     * verification reports the unsealed tail.
     */
    void sealForAuditor(String tenantCode) {
        try {
            withoutTenant(() -> sealTenant(tenantCode, AUDITOR_WAIT));
        } catch (DataAccessException e) {
            if (!isLockTimeout(e)) {
                throw e;
            }
            log.warn("監査ログ（団体コード {}）の連鎖の先頭が {} 以上ロックされています。封緘済みの記録のみを示します", tenantCode, AUDITOR_WAIT);
        }
    }

    /** PostgreSQL's {@code lock_not_available} (55P03): the {@code lock_timeout} passed (Spring leaves it uncategorized). */
    private static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** How long an auditor's read waits for the chain head before it reads what is sealed. */
    static final Duration AUDITOR_WAIT = Duration.ofSeconds(2);

    private int sealTenant(String tenantCode, @Nullable Duration lockWait) {
        int total = 0;
        while (true) {
            List<Instant> sealedAccesses =
                    Objects.requireNonNull(transaction.execute(s -> sealBatch(tenantCode, lockWait)));
            Instant now = Instant.now();
            sealedAccesses.forEach(at -> delays.record(Duration.between(at, now)));
            int sealed = sealedAccesses.size();
            total += sealed;
            if (sealed < BATCH) {
                return total;
            }
        }
    }

    /** The chain's last sequence number and hash. */
    private record ChainHead(long sequence, String hash) {}

    /** Seals one batch of the tenant's queue; returns when each sealed record's access happened. */
    private List<Instant> sealBatch(String tenantCode, @Nullable Duration lockWait) {
        if (lockWait != null) {
            jdbc.execute("SET LOCAL lock_timeout = '" + lockWait.toMillis() + "ms'");
        }
        jdbc.update(
                "INSERT INTO platform.audit_chain (tenant_code, last_sequence, last_hash) VALUES (?, 0, ?) "
                        + "ON CONFLICT (tenant_code) DO NOTHING",
                tenantCode,
                AuditHashing.GENESIS);
        ChainHead head = jdbc.queryForObject(
                "SELECT last_sequence, last_hash FROM platform.audit_chain WHERE tenant_code = ? FOR UPDATE",
                (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)),
                tenantCode);
        Objects.requireNonNull(head);
        List<Long> ids = new ArrayList<>();
        long sequence = head.sequence();
        String previous = head.hash();
        List<Queued> queued = jdbc.query(
                "SELECT * FROM platform.audit_pending WHERE tenant_code = ? ORDER BY id LIMIT " + BATCH,
                (rs, i) -> {
                    Array subjects = rs.getArray("subjects");
                    return new Queued(
                            rs.getLong("id"),
                            rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("actor"),
                            rs.getString("business"),
                            rs.getString("purpose"),
                            rs.getString("subject"),
                            rs.getString("operation"),
                            rs.getString("outcome"),
                            rs.getString("detail"),
                            rs.getString("request_id"),
                            subjects == null ? List.of() : Arrays.asList((String[]) subjects.getArray()));
                },
                tenantCode);
        for (Queued q : queued) {
            sequence++;
            AuditRow row = new AuditRow(
                    sequence,
                    q.occurredAt(),
                    tenantCode,
                    q.actor(),
                    q.business(),
                    q.purpose(),
                    q.subject(),
                    q.operation(),
                    q.outcome(),
                    q.detail(),
                    q.requestId());
            String hash = AuditHashing.hash(row, previous);
            jdbc.update(
                    "INSERT INTO platform.audit_record (tenant_code, sequence, occurred_at, actor, business, purpose, "
                            + "subject, operation, outcome, detail, request_id, previous_hash, hash) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.tenantCode(),
                    row.sequence(),
                    Timestamp.from(row.occurredAt()),
                    row.actor(),
                    row.business(),
                    row.purpose(),
                    row.subject(),
                    row.operation(),
                    row.outcome(),
                    row.detail(),
                    row.requestId(),
                    previous,
                    hash);
            AuditSubjects.insert(jdbc, tenantCode, sequence, q.subjects());
            previous = hash;
            ids.add(q.id());
        }
        if (!queued.isEmpty()) {
            jdbc.update(con -> {
                var delete = con.prepareStatement("DELETE FROM platform.audit_pending WHERE id = ANY (?)");
                delete.setArray(1, con.createArrayOf("bigint", ids.toArray()));
                return delete;
            });
            jdbc.update(
                    "UPDATE platform.audit_chain SET last_sequence = ?, last_hash = ? WHERE tenant_code = ?",
                    sequence,
                    previous,
                    tenantCode);
        }
        return queued.stream().map(Queued::occurredAt).toList();
    }

    /** A queued record as the request wrote it. */
    private record Queued(
            long id,
            Instant occurredAt,
            String actor,
            String business,
            String purpose,
            @Nullable String subject,
            String operation,
            String outcome,
            @Nullable String detail,
            @Nullable String requestId,
            List<String> subjects) {}

    /**
     * The sealer works as the deployment's owner role, on a connection of no tenant: the tenant role may insert into
     * the queue but neither read others' nor delete from it.
     */
    private static <T> T withoutTenant(java.util.function.Supplier<T> work) {
        String tenant = TenantContext.current().orElse(null);
        TenantContext.clear();
        try {
            return work.get();
        } finally {
            if (tenant != null) {
                TenantContext.bind(tenant);
            }
        }
    }
}
