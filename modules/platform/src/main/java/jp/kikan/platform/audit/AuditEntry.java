package jp.kikan.platform.audit;

import jp.kikan.platform.Business;
import org.jspecify.annotations.Nullable;

/**
 * What a business reports to the audit log (監査記録) about one access to personal data. The platform adds
 * who (the staff member), the tenant, the time, the request id and the chain hashes.
 *
 * @param business  the business that accessed the data
 * @param purpose   利用目的, e.g. 住民票の写しの交付
 * @param subject   the data subject, e.g. the 宛名番号; {@code null} for searches over many subjects
 * @param operation what was done, e.g. {@code READ}, {@code SEARCH}, {@code CREATE}, {@code MY_NUMBER_READ}
 * @param outcome   {@code SUCCESS}, {@code DENIED} or {@code FAILED}
 * @param detail    short free text without personal data beyond the subject id, e.g. the search criteria keys
 */
public record AuditEntry(
        Business business,
        String purpose,
        @Nullable String subject,
        String operation,
        Outcome outcome,
        @Nullable String detail) {

    /** The outcome of the recorded access. */
    public enum Outcome {
        SUCCESS,
        DENIED,
        FAILED
    }

    /** A successful access. */
    public static AuditEntry success(Business business, String purpose, @Nullable String subject, String operation) {
        return new AuditEntry(business, purpose, subject, operation, Outcome.SUCCESS, null);
    }
}
