package jp.kikan.platform.audit;

/**
 * The audit log (監査ログ). Records join the caller's transaction, so a write and its audit record commit or
 * roll back together; outside a transaction a record commits on its own.
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
}
