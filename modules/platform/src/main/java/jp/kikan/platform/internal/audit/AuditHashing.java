package jp.kikan.platform.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The hash of an audit record: SHA-256 over a canonical, unambiguous text of every stored field and the
 * previous record's hash. Changing, inserting or removing any record breaks the chain from there on.
 */
final class AuditHashing {

    /** The "previous hash" of a chain's first record. */
    static final String GENESIS = "0".repeat(64);

    private AuditHashing() {}

    static String hash(
            long sequence,
            Instant occurredAt,
            String tenantCode,
            String actor,
            String business,
            String purpose,
            @Nullable String subject,
            String operation,
            String outcome,
            @Nullable String detail,
            @Nullable String requestId,
            String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(sequence));
        field(canonical, occurredAt.toString());
        field(canonical, tenantCode);
        field(canonical, actor);
        field(canonical, business);
        field(canonical, purpose);
        field(canonical, subject);
        field(canonical, operation);
        field(canonical, outcome);
        field(canonical, detail);
        field(canonical, requestId);
        field(canonical, previousHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Length-prefixed, so no choice of field contents can make two records hash alike. */
    private static void field(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("-1:");
        } else {
            out.append(value.length()).append(':').append(value);
        }
        out.append('|');
    }
}
