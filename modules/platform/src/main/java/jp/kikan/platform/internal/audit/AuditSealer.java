package jp.kikan.platform.internal.audit;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import jp.kikan.platform.tenant.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
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
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    /** Records sealed in one transaction at most. */
    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuditSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void sealTailLeftBefore() {
        sealAll();
    }

    @Scheduled(fixedDelayString = "${kikan.audit.seal-interval:PT0.2S}")
    void sealScheduled() {
        try {
            sealAll();
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
        return withoutTenant(() -> {
            int sealed = 0;
            for (String tenant :
                    jdbc.queryForList("SELECT DISTINCT tenant_code FROM platform.audit_pending", String.class)) {
                sealed += sealTenant(tenant);
            }
            return sealed;
        });
    }

    /** Seals the tenant's queue as it is now (an auditor's read calls this first). */
    int seal(String tenantCode) {
        return withoutTenant(() -> sealTenant(tenantCode));
    }

    private int sealTenant(String tenantCode) {
        int total = 0;
        while (true) {
            int sealed = Objects.requireNonNull(transaction.execute(s -> sealBatch(tenantCode)));
            total += sealed;
            if (sealed < BATCH) {
                return total;
            }
        }
    }

    /** The chain's last sequence number and hash. */
    private record ChainHead(long sequence, String hash) {}

    private int sealBatch(String tenantCode) {
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
        return queued.size();
    }

    /** A queued record as the request wrote it. */
    private record Queued(
            long id,
            java.time.Instant occurredAt,
            String actor,
            String business,
            String purpose,
            @org.jspecify.annotations.Nullable String subject,
            String operation,
            String outcome,
            @org.jspecify.annotations.Nullable String detail,
            @org.jspecify.annotations.Nullable String requestId,
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
