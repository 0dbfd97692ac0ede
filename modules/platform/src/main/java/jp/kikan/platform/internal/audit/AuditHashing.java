package jp.kikan.platform.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    static String hash(AuditRow row, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        field(canonical, Long.toString(row.sequence()));
        field(canonical, row.occurredAt().toString());
        field(canonical, row.tenantCode());
        field(canonical, row.actor());
        field(canonical, row.business());
        field(canonical, row.purpose());
        field(canonical, row.subject());
        field(canonical, row.operation());
        field(canonical, row.outcome());
        field(canonical, row.detail());
        field(canonical, row.requestId());
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
