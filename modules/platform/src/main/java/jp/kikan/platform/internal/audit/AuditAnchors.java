package jp.kikan.platform.internal.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.kikan.platform.internal.audit.AnchorFiles.Anchor;
import jp.kikan.platform.internal.audit.AnchorFiles.Read;
import jp.kikan.platform.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anchors each tenant's chain head outside the database (外部アンカー), every {@code kikan.audit.anchor.interval} (1
 * min), when the deployment names a directory ({@code KIKAN_AUDIT_ANCHOR_DIR}) and a key ({@code
 * KIKAN_AUDIT_ANCHOR_KEY}); off otherwise. A head is anchored only after the records since the previous anchor have
 * been re-hashed and found linked to it, so an anchor never vouches for a chain already broken; a tenant whose chain
 * no longer leads to its anchor keeps that anchor, which the verification then reports (ADR 0023).
 */
@Component
class AuditAnchors {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

    private final JdbcTemplate jdbc;
    /** Streams a chain's records (in a transaction, PostgreSQL's driver would otherwise hold them all in memory). */
    private final JdbcTemplate walk;

    private final TransactionTemplate snapshot;
    private final @Nullable AnchorFiles files;
    /** Per tenant, the head last refused, so a broken chain is reported once and not at every turn. */
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    AuditAnchors(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${kikan.audit.anchor.dir:}") String directory,
            @Value("${kikan.audit.anchor.key:}") String key) {
        this.jdbc = jdbc;
        this.walk = new JdbcTemplate(Objects.requireNonNull(jdbc.getDataSource()));
        this.walk.setFetchSize(1_000);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.files = directory.isBlank() ? null : new AnchorFiles(Path.of(directory), key);
        if (files != null) {
            log.info("監査ログの連鎖の先頭を {} に署名付きで記録します", files.directory());
        }
    }

    /** Whether this deployment anchors its chains. */
    boolean enabled() {
        return files != null;
    }

    /** The tenant's latest anchor, if anchoring is on and one was written. */
    Optional<Read> latest(String tenantCode) {
        return files == null ? Optional.empty() : files.read(tenantCode);
    }

    @Scheduled(
            fixedDelayString = "${kikan.audit.anchor.interval:PT1M}",
            initialDelayString = "${kikan.audit.anchor.initial-delay:PT5S}")
    void anchorScheduled() {
        if (files == null) {
            return;
        }
        try {
            anchorAll();
        } catch (RuntimeException e) {
            log.warn("監査ログの外部アンカーを延期します: {}", e.toString());
        }
    }

    /** Anchors every tenant's head that moved since its last anchor; returns how many were written. */
    int anchorAll() {
        AnchorFiles out = Objects.requireNonNull(files, "anchoring is off");
        String tenant = TenantContext.current().orElse(null);
        TenantContext.clear();
        try {
            int written = 0;
            for (String code : jdbc.queryForList("SELECT tenant_code FROM platform.audit_chain", String.class)) {
                Optional<Anchor> anchor =
                        Objects.requireNonNull(snapshot.execute(s -> Optional.ofNullable(next(out, code))));
                if (anchor.isPresent()) {
                    out.write(anchor.get());
                    written++;
                }
            }
            return written;
        } finally {
            if (tenant != null) {
                TenantContext.bind(tenant);
            }
        }
    }

    /** A chain's head row. */
    private record Head(long sequence, String hash) {}

    /** The tenant's next anchor, or {@code null} when its head did not move or its chain does not verify. */
    private @Nullable Anchor next(AnchorFiles out, String tenantCode) {
        Head head = Objects.requireNonNull(jdbc.queryForObject(
                "SELECT last_sequence, last_hash FROM platform.audit_chain WHERE tenant_code = ?",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2)),
                tenantCode));
        long headSequence = head.sequence();
        String headHash = head.hash();
        Optional<Read> previous = out.read(tenantCode);
        long from = 0;
        String linked = AuditHashing.GENESIS;
        if (previous.isPresent() && previous.get().valid()) {
            Anchor anchor = previous.get().anchor();
            if (anchor.sequence() == headSequence && anchor.hash().equals(headHash)) {
                return null;
            }
            List<String> anchored = jdbc.queryForList(
                    "SELECT hash FROM platform.audit_record WHERE tenant_code = ? AND sequence = ?",
                    String.class,
                    tenantCode,
                    anchor.sequence());
            if (anchored.isEmpty() || !anchored.get(0).equals(anchor.hash())) {
                return refuse(tenantCode, headSequence, headHash, "連番 " + anchor.sequence() + " の記録が前回のアンカーと一致しません");
            }
            from = anchor.sequence();
            linked = anchor.hash();
        } else if (previous.isPresent()) {
            log.warn("監査ログの外部アンカー（団体コード {}）の署名が正しくありません。連鎖全体を検証して置き換えます", tenantCode);
        }
        long[] expected = {from + 1};
        String[] last = {linked};
        String[] broken = {null};
        walk.query(
                "SELECT * FROM platform.audit_record WHERE tenant_code = ? AND sequence > ? AND sequence <= ?"
                        + " ORDER BY sequence",
                rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    long sequence = rs.getLong("sequence");
                    String stored = rs.getString("hash");
                    String storedPrevious = rs.getString("previous_hash");
                    if (sequence != expected[0]
                            || !storedPrevious.equals(last[0])
                            || !AuditHashing.hash(AuditRow.read(rs), storedPrevious)
                                    .equals(stored)) {
                        broken[0] = "連番 " + expected[0] + " で連鎖が切れています";
                        return;
                    }
                    last[0] = stored;
                    expected[0] = sequence + 1;
                },
                tenantCode,
                from,
                headSequence);
        if (broken[0] == null && (expected[0] != headSequence + 1 || !last[0].equals(headHash))) {
            broken[0] = "連鎖の先頭（連番 " + headSequence + "）まで記録が揃っていません";
        }
        if (broken[0] != null) {
            return refuse(tenantCode, headSequence, headHash, broken[0]);
        }
        refused.remove(tenantCode);
        return out.sign(tenantCode, headSequence, headHash, Instant.now());
    }

    private @Nullable Anchor refuse(String tenantCode, long sequence, String hash, String why) {
        if (!(sequence + ":" + hash).equals(refused.put(tenantCode, sequence + ":" + hash))) {
            log.error("監査ログ（団体コード {}）の連鎖を検証できないため外部アンカーを更新しません: {}", tenantCode, why);
        }
        return null;
    }
}
