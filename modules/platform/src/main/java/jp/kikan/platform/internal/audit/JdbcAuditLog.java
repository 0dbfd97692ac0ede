package jp.kikan.platform.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.internal.web.RequestIds;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records audit entries, always on the connection of the caller's transaction: a request never needs a second pooled
 * connection for its audit (with a pool of ten, a read that held one connection and waited for another for its audit
 * parked every thread once a dozen requests ran together), and no request waits for another one's audit: a record is
 * queued by a plain insert ({@code platform.audit_pending}) and {@link AuditSealer} chains the queue into the
 * tenant's hash chain in order shortly after (ADR 0014).
 *
 * <p>Inside a transaction the record is queued just before that transaction commits (a {@link
 * TransactionSynchronization#beforeCommit} on the same connection), so a write and its audit record commit or roll
 * back together. A refusal is kept when its transaction rolls back. A read-only transaction is audited the same way:
 * its connection is read-only for Hibernate (no flush) but not for PostgreSQL ({@code readOnlyMode=ignore} in {@code
 * application.yaml}). Outside a transaction, or for another tenant (a refused cross-tenant access, recorded by the
 * tenant filter before any transaction begins), the record commits in a transaction of its own.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditLog.class);

    private static final String COLUMNS =
            "tenant_code, occurred_at, actor, business, purpose, subject, operation, outcome, detail, request_id, subjects";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate startNew;

    private final AuditSealer sealer;

    JdbcAuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
        this.startNew = new TransactionTemplate(transactions);
        this.startNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void sealPending() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("sealPending inside a transaction would need a second connection");
        }
        sealer.sealAll();
    }

    @Override
    public void record(AuditEntry entry) {
        record(TenantContext.require(), entry);
    }

    @Override
    public void record(String tenantCode, AuditEntry entry) {
        boolean sameTenantTransaction = TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && TenantContext.current().filter(tenantCode::equals).isPresent();
        if (sameTenantTransaction) {
            pending(tenantCode).add(Pending.now(entry));
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Another tenant's chain from inside a transaction would need a second connection at once.
            throw new IllegalStateException("audit record for tenant " + tenantCode + " inside a transaction of "
                    + TenantContext.current().orElse("no tenant"));
        }
        TenantContext.runAs(
                tenantCode, () -> startNew.executeWithoutResult(s -> append(tenantCode, Pending.now(entry))));
    }

    @Override
    public InlineRecord inline(AuditEntry entry) {
        if (!entry.subjects().isEmpty()) {
            throw new IllegalArgumentException("an inline audit record is for one subject or none");
        }
        Pending p = Pending.now(entry);
        Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
        parameters.put("audit_tenant", TenantContext.require());
        parameters.put("audit_at", p.occurredAt());
        parameters.put("audit_actor", p.actor());
        parameters.put("audit_business", entry.business().slug());
        parameters.put("audit_purpose", entry.purpose());
        parameters.put("audit_subject", entry.subject());
        parameters.put("audit_operation", entry.operation());
        parameters.put("audit_outcome", entry.outcome().name());
        parameters.put("audit_detail", entry.detail());
        parameters.put("audit_request", p.requestId());
        return new InlineRecord(
                "INSERT INTO platform.audit_pending (" + COLUMNS + ") SELECT CAST(:audit_tenant AS text),"
                        + " CAST(:audit_at AS timestamptz), CAST(:audit_actor AS text), CAST(:audit_business AS text),"
                        + " CAST(:audit_purpose AS text), CAST(:audit_subject AS text),"
                        + " CAST(:audit_operation AS text), CAST(:audit_outcome AS text),"
                        + " CAST(:audit_detail AS text), CAST(:audit_request AS text), CAST(ARRAY[] AS text[])",
                parameters);
    }

    /** A record waiting for its transaction's commit, with who and which request as they were when it was made. */
    private record Pending(
            AuditEntry entry,
            Instant occurredAt,
            String actor,
            @Nullable String requestId) {

        /** The record as of now: who and which request (as the thread knows them), and the time. */
        static Pending now(AuditEntry entry) {
            // Microseconds: what PostgreSQL stores, so the hash the sealer computes re-computes from the row.
            return new Pending(
                    entry,
                    Instant.now().truncatedTo(ChronoUnit.MICROS),
                    CurrentStaff.actor(),
                    MDC.get(RequestIds.MDC_KEY));
        }
    }

    /**
     * The records of the current transaction not appended yet. They live in a synchronization of that transaction,
     * so a transaction suspended by a {@code REQUIRES_NEW} one keeps its own.
     */
    private PendingRecords pending(String tenantCode) {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof PendingRecords p && p.tenantCode.equals(tenantCode)) {
                return p;
            }
        }
        PendingRecords created = new PendingRecords(tenantCode);
        TransactionSynchronizationManager.registerSynchronization(created);
        return created;
    }

    /** Appends a transaction's records just before it commits; only its refusals when it rolls back. */
    private final class PendingRecords implements TransactionSynchronization {

        private final String tenantCode;
        private final List<Pending> records = new ArrayList<>(2);

        PendingRecords(String tenantCode) {
            this.tenantCode = tenantCode;
        }

        void add(Pending record) {
            records.add(record);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            for (Pending p : records) {
                append(tenantCode, p);
            }
            records.clear();
        }

        @Override
        public void afterCompletion(int status) {
            List<Pending> refusals = records.stream()
                    .filter(p -> p.entry().outcome() != AuditEntry.Outcome.SUCCESS)
                    .toList();
            records.clear();
            if (status != STATUS_COMMITTED && !refusals.isEmpty()) {
                appendAfterRollback(tenantCode, refusals);
            }
        }
    }

    /**
     * A refused or failed access is recorded even though its transaction rolled back (the refusal is usually what
     * rolled it back): on the same connection, still held by the ended transaction, in a short transaction of its
     * own. Successful accesses of a rolled-back transaction are not recorded: they did not happen.
     */
    private void appendAfterRollback(String tenantCode, List<Pending> refusals) {
        DataSource dataSource = Objects.requireNonNull(jdbc.getDataSource());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try {
                for (Pending p : refusals) {
                    append(tenantCode, p);
                }
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                if (autoCommit) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException | RuntimeException e) {
            log.error("監査記録（拒否・失敗）を書き込めませんでした: tenant={} records={}", tenantCode, refusals.size(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Queues the record for the sealer, inside the transaction {@link #record} runs it in (the caller's, or a new
     * one): an insert that no other request of the tenant waits for. {@link AuditSealer} chains it shortly after.
     */
    private void append(String tenantCode, Pending p) {
        Object[] subjects = p.entry().subjects().toArray();
        jdbc.update(con -> {
            var insert = con.prepareStatement(
                    "INSERT INTO platform.audit_pending (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.setString(1, tenantCode);
            insert.setTimestamp(2, Timestamp.from(p.occurredAt()));
            insert.setString(3, p.actor());
            insert.setString(4, p.entry().business().slug());
            insert.setString(5, p.entry().purpose());
            insert.setString(6, p.entry().subject());
            insert.setString(7, p.entry().operation());
            insert.setString(8, p.entry().outcome().name());
            insert.setString(9, p.entry().detail());
            insert.setString(10, p.requestId());
            insert.setArray(11, con.createArrayOf("text", subjects));
            return insert;
        });
    }
}
