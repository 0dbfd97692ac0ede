package jp.kikan.platform.audit;

/**
 * The audit log (監査ログ). Records join the caller's transaction, so a write and its audit record commit or
 * roll back together (a refusal is kept even when its transaction rolls back); outside a transaction a record commits
 * on its own. Committed records are sealed into the tenant's hash chain ({@code platform.audit_record}) by the
 * platform's sealer within a fraction of a second (ADR 0014).
 */
public interface AuditLog {

    /** Operation for refused accesses (wrong tenant, missing role). */
    String ACCESS_DENIED = "ACCESS_DENIED";

    /** Operation for every disclosure of a 個人番号. */
    String MY_NUMBER_READ = "MY_NUMBER_READ";

    /** Appends a record for the tenant bound to the current thread. */
    void record(AuditEntry entry);

    /** Appends a record to the chain of {@code tenantCode}. */
    void record(String tenantCode, AuditEntry entry);

    /**
     * Seals every record committed so far into its tenant's hash chain now rather than at the sealer's next turn: for
     * whoever reads the chain right after writing (a command-line run before it reports, a test). Call it outside a
     * transaction: it works on a connection of its own.
     */
    void sealPending();
}
