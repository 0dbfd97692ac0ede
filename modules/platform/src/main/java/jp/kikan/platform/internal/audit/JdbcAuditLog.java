package jp.kikan.platform.internal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.internal.web.RequestIds;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit records to the per-tenant hash chain. The chain head row is locked by its UPDATE, so
 * concurrent writers of one tenant append one after the other; tenants do not wait for each other.
 */
@Component
class JdbcAuditLog implements AuditLog {

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
        boolean writableSameTenantTransaction = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TenantContext.current().filter(tenantCode::equals).isPresent();
        if (writableSameTenantTransaction) {
            append(tenantCode, entry);
            return;
        }
        // A read-only transaction (a read is audited too), no transaction, or another tenant's chain (a refused
        // cross-tenant access): its own transaction on its own connection.
        TenantContext.runAs(tenantCode, () -> startNew.executeWithoutResult(s -> append(tenantCode, entry)));
    }

    /** The chain's last sequence number and hash, as the head row holds them after the increment. */
    private record ChainHead(long sequence, String hash) {}

    /** Appends inside the transaction {@link #record} runs it in (the caller's, or a new one). */
    private void append(String tenantCode, AuditEntry entry) {
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
                CurrentStaff.actor(),
                entry.business().slug(),
                entry.purpose(),
                entry.subject(),
                entry.operation(),
                entry.outcome().name(),
                entry.detail(),
                MDC.get(RequestIds.MDC_KEY));
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
