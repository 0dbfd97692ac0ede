package jp.kikan.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import jp.kikan.platform.Business;
import org.jspecify.annotations.Nullable;

/**
 * What a business reports to the audit log (監査記録) about one access to personal data. The platform adds
 * who (the staff member), the tenant, the time, the request id and the chain hashes.
 *
 * @param business  the business that accessed the data
 * @param purpose   利用目的, e.g. 住民票の写しの交付
 * @param subject   the data subject, e.g. the 宛名番号; {@code null} (or a label such as the 世帯番号) for accesses
 *     over many subjects, which list them in {@code subjects}
 * @param operation what was done, e.g. {@code READ}, {@code SEARCH}, {@code CREATE}, {@code MY_NUMBER_READ}
 * @param outcome   {@code SUCCESS}, {@code DENIED} or {@code FAILED}
 * @param detail    short free text, e.g. the search criteria as given; for an access over many subjects it ends
 *     with their count and digest ({@link #many})
 * @param subjects  every data subject an access over many returned (a search, a household, a page of the 差分 or
 *     of the event feed), without repeats, in the order returned; empty for an access to one subject. Stored
 *     beside the record so that an auditor finds the access by any one of them.
 */
public record AuditEntry(
        Business business,
        String purpose,
        @Nullable String subject,
        String operation,
        Outcome outcome,
        @Nullable String detail,
        List<String> subjects) {

    /** The outcome of the recorded access. */
    public enum Outcome {
        SUCCESS,
        DENIED,
        FAILED
    }

    public AuditEntry {
        subjects = List.copyOf(new LinkedHashSet<>(subjects));
    }

    /** An access to one subject (or a search recorded without its subjects). */
    public AuditEntry(
            Business business,
            String purpose,
            @Nullable String subject,
            String operation,
            Outcome outcome,
            @Nullable String detail) {
        this(business, purpose, subject, operation, outcome, detail, List.of());
    }

    /** A successful access. */
    public static AuditEntry success(Business business, String purpose, @Nullable String subject, String operation) {
        return new AuditEntry(business, purpose, subject, operation, Outcome.SUCCESS, null);
    }

    /**
     * A successful access that returned {@code subjects} (repeats are recorded once). The detail ends with
     * {@code subjects=<count> sha256=<digest>}: the hash chain covers the detail, so the stored list can be
     * checked against it.
     *
     * @param label  the subject the access was about, if one (e.g. {@code setai:<世帯番号>}), else {@code null}
     * @param detail what was asked, e.g. the search criteria, or {@code null}
     */
    public static AuditEntry many(
            Business business,
            String purpose,
            @Nullable String label,
            String operation,
            List<String> subjects,
            @Nullable String detail) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(subjects));
        String listed = "subjects=" + distinct.size() + " sha256=" + subjectsDigest(distinct);
        return new AuditEntry(
                business,
                purpose,
                label,
                operation,
                Outcome.SUCCESS,
                detail == null || detail.isBlank() ? listed : detail + " " + listed,
                distinct);
    }

    /** SHA-256 (hex) of the subjects, each followed by a line feed, in the order given. */
    public static String subjectsDigest(List<String> subjects) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : subjects) {
                sha.update((s + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
