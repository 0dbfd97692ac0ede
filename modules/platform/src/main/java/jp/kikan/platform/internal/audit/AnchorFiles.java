package jp.kikan.platform.internal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed chain heads (外部アンカー) in a directory the deployment names, one file per tenant ({@code
 * <団体コード>.json}), replaced atomically (written to a temporary file, forced to disk, renamed), so a reader never
 * sees half a file and several instances may write at once. Signed with HMAC-SHA256 under a key the deployment gives
 * the application and never the database: whoever controls only the database cannot write a head that verifies
 * (ADR 0023).
 */
final class AnchorFiles {

    /** The minimum key length, in characters: 256 bits of a random text key such as {@code openssl rand -base64 32}. */
    static final int MINIMUM_KEY_LENGTH = 32;

    private static final String FORMAT = "kikan-audit-anchor/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One anchored chain head.
     *
     * @param format     {@value #FORMAT}
     * @param tenantCode the tenant (団体コード) whose chain it is
     * @param sequence   the last sealed record's sequence number when anchored
     * @param hash       that record's hash
     * @param anchoredAt when it was anchored (ISO-8601)
     * @param keyId      which key signed it (a digest of the key, not the key)
     * @param signature  HMAC-SHA256 (hex) over the fields above
     */
    record Anchor(
            String format,
            String tenantCode,
            long sequence,
            String hash,
            String anchoredAt,
            String keyId,
            String signature) {}

    /** An anchor as read back, and whether its signature holds under this deployment's key for its tenant. */
    record Read(Anchor anchor, boolean valid) {}

    private final Path directory;
    private final byte[] key;
    private final String keyId;

    AnchorFiles(Path directory, String key) {
        if (key.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalStateException("KIKAN_AUDIT_ANCHOR_KEY must be at least " + MINIMUM_KEY_LENGTH
                    + " characters when KIKAN_AUDIT_ANCHOR_DIR is set");
        }
        this.directory = directory;
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.keyId = HexFormat.of()
                .formatHex(sha256("kikan-audit-anchor-key|" + key))
                .substring(0, 16);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the audit anchor directory " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    /** Signs the head of {@code tenantCode}'s chain as of {@code at}. */
    Anchor sign(String tenantCode, long sequence, String hash, Instant at) {
        String anchoredAt = at.toString();
        return new Anchor(
                FORMAT, tenantCode, sequence, hash, anchoredAt, keyId, mac(tenantCode, sequence, hash, anchoredAt));
    }

    /** The tenant's latest anchor, if one was written. */
    Optional<Read> read(String tenantCode) {
        Path file = file(tenantCode);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor " + file, e);
        }
        Anchor anchor;
        try {
            anchor = JSON.readValue(bytes, Anchor.class);
        } catch (JacksonException e) {
            return Optional.of(new Read(new Anchor("", tenantCode, 0, "", "", "", ""), false));
        }
        boolean valid = FORMAT.equals(anchor.format())
                && tenantCode.equals(anchor.tenantCode())
                && MessageDigest.isEqual(
                        mac(anchor.tenantCode(), anchor.sequence(), anchor.hash(), anchor.anchoredAt())
                                .getBytes(StandardCharsets.US_ASCII),
                        anchor.signature().getBytes(StandardCharsets.US_ASCII));
        return Optional.of(new Read(anchor, valid));
    }

    /** Replaces the tenant's anchor with {@code anchor} atomically. */
    void write(Anchor anchor) {
        Path temporary = directory.resolve("." + anchor.tenantCode() + "-" + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel out =
                    FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(JSON.writeValueAsBytes(anchor)));
                out.force(true);
            }
            Files.move(
                    temporary,
                    file(anchor.tenantCode()),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit anchor of " + anchor.tenantCode(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // left for the operator; the anchor itself is written or not, never half
            }
        }
    }

    private Path file(String tenantCode) {
        if (!tenantCode.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("not a 団体コード: " + tenantCode);
        }
        return directory.resolve(tenantCode + ".json");
    }

    private String mac(String tenantCode, long sequence, String hash, String anchoredAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String canonical = String.join("|", FORMAT, tenantCode, Long.toString(sequence), hash, anchoredAt);
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
