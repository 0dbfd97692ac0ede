package jp.kikan.platform.internal.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
 * Appends audit records to the per-tenant hash chain, always on the connection of the caller's transaction: a
 * request never needs a second pooled connection for its audit (with a pool of ten, a read that held one
 * connection and waited for another for its audit parked every thread once a dozen requests ran together).
 *
 * <p>Inside a transaction the record is appended just before that transaction commits (a {@link
 * TransactionSynchronization#beforeCommit} on the same connection), so a write and its audit record commit or
 * roll back together, and the chain head row, which serializes the tenant's appends, is locked only for the last
 * moments of a transaction: nothing else is locked after it, so no two transactions can deadlock over it. A
 * read-only transaction is audited the same way: its connection is read-only for Hibernate (no flush) but not for
 * PostgreSQL ({@code readOnlyMode=ignore} in {@code application.yaml}, see ADR 0014). Outside a transaction, or for
 * another tenant's chain (a refused cross-tenant access, recorded by the tenant filter before any transaction
 * begins), the record commits in a transaction of its own.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditLog.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate startNew;

    JdbcAuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.startNew = new TransactionTemplate(transactions);
        this.startNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
            pending(tenantCode).add(new Pending(entry, CurrentStaff.actor(), MDC.get(RequestIds.MDC_KEY)));
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Another tenant's chain from inside a transaction would need a second connection at once.
            throw new IllegalStateException("audit record for tenant " + tenantCode + " inside a transaction of "
                    + TenantContext.current().orElse("no tenant"));
        }
        TenantContext.runAs(
                tenantCode,
                () -> startNew.executeWithoutResult(
                        s -> append(tenantCode, entry, CurrentStaff.actor(), MDC.get(RequestIds.MDC_KEY))));
    }

    /** A record waiting for its transaction's commit, with who and which request as they were when it was made. */
    private record Pending(
            AuditEntry entry, String actor, @Nullable String requestId) {}

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
                append(tenantCode, p.entry(), p.actor(), p.requestId());
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
                    append(tenantCode, p.entry(), p.actor(), p.requestId());
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

    /** The chain's last sequence number and hash, as the head row holds them after the increment. */
    private record ChainHead(long sequence, String hash) {}

    /** Appends inside the transaction {@link #record} runs it in (the caller's, or a new one). */
    private void append(String tenantCode, AuditEntry entry, String actor, @Nullable String requestId) {
        jdbc.update(
                "INSERT INTO platform.audit_chain (tenant_code, last_sequence, last_hash) VALUES (?, 0, ?) "
                        + "ON CONFLICT (tenant_code) DO NOTHING",
                tenantCode,
                AuditHashing.GENESIS);
        ChainHead head = jdbc
                .query(
                        "UPDATE platform.audit_chain SET last_sequence = last_sequence + 1 WHERE tenant_code = ? "
                                + "RETURNING last_sequence, last_hash",
                        (rs, i) -> new ChainHead(rs.getLong(1), rs.getString(2)),
                        tenantCode)
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("audit chain head missing for " + tenantCode));
        long sequence = head.sequence();
        String previous = head.hash();
        AuditRow row = new AuditRow(
                sequence,
                Instant.now().truncatedTo(ChronoUnit.MICROS), // what PostgreSQL stores, so the hash re-computes
                tenantCode,
                actor,
                entry.business().slug(),
                entry.purpose(),
                entry.subject(),
                entry.operation(),
                entry.outcome().name(),
                entry.detail(),
                requestId);
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
        AuditSubjects.insert(jdbc, row.tenantCode(), row.sequence(), entry.subjects());
        jdbc.update("UPDATE platform.audit_chain SET last_hash = ? WHERE tenant_code = ?", hash, tenantCode);
    }
}
