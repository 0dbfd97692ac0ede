package jp.kikan.platform.audit;

import java.util.Map;
import org.jspecify.annotations.Nullable;

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
     * The record of {@code entry}, for the bound tenant, as SQL the caller runs inside its own statement: a read
     * that must cost one round trip writes its record in the statement that reads, as a data-modifying {@code WITH}
     * item ({@code WITH found AS (...), audited AS (<sql>) SELECT ... FROM found}). The record commits with that
     * statement: on its own in autocommit, or with the caller's transaction (and not at all when it rolls back, as
     * for {@link #record}). Only for an access to one subject or none ({@code entry.subjects()} empty).
     */
    InlineRecord inline(AuditEntry entry);

    /**
     * An audit record as SQL: {@link #insertPerRowOf} gives the insert, its named parameters are {@link #parameters}
     * (all prefixed {@code audit_}).
     *
     * @param insertSelect the insert up to its {@code SELECT} list, to be completed by {@code FROM <relation>}
     * @param parameters   the values to bind
     */
    record InlineRecord(String insertSelect, Map<String, @Nullable Object> parameters) {

        /** An insert of one record per row of {@code relation} (a {@code WITH} item of the caller's statement). */
        public String insertPerRowOf(String relation) {
            return insertSelect + " FROM " + relation;
        }
    }

    /**
     * Seals every record committed so far into its tenant's hash chain now rather than at the sealer's next turn: for
     * whoever reads the chain right after writing (a command-line run before it reports, a test). Call it outside a
     * transaction: it works on a connection of its own.
     */
    void sealPending();
}
