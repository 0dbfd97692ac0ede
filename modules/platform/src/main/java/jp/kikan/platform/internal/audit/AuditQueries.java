package jp.kikan.platform.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kikan.platform.web.model.AuditChainVerification;
import jp.kikan.platform.web.model.AuditRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log for auditors and verifies a tenant's hash chain record by record. */
@Component
class AuditQueries {

    /**
     * The first record whose stored subjects do not give the count and digest its (hash-covered) detail ends with, or
     * that has subjects without them: a subject row added, removed or changed behind the application's back.
     */
    private static final String SUBJECTS_NOT_AS_RECORDED = """
            SELECT r.sequence FROM platform.audit_record r
            LEFT JOIN (SELECT sequence, count(*) AS n,
                              encode(sha256(convert_to(string_agg(subject || E'\\n', '' ORDER BY position), 'UTF8')), 'hex') AS d
                         FROM platform.audit_subject WHERE tenant_code = :tenant GROUP BY sequence) s
              ON s.sequence = r.sequence
            WHERE r.tenant_code = :tenant
              AND (s.sequence IS NOT NULL OR r.detail ~ 'subjects=[0-9]+ sha256=[0-9a-f]{64}$')
              AND (coalesce(s.d, encode(sha256(''::bytea), 'hex')) IS DISTINCT FROM substring(r.detail FROM 'sha256=([0-9a-f]{64})$')
                   OR coalesce(s.n, 0)::text IS DISTINCT FROM substring(r.detail FROM 'subjects=([0-9]+) sha256=[0-9a-f]{64}$'))
            ORDER BY r.sequence LIMIT 1""";

    private final NamedParameterJdbcTemplate jdbc;

    AuditQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Criteria(
            String tenantCode,
            @Nullable String subject,
            @Nullable String actor,
            @Nullable String business,
            @Nullable String operation,
            @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to) {}

    record Page(List<AuditRecord> items, long total) {}

    @Transactional(readOnly = true)
    Page find(Criteria c, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE tenant_code = :tenant");
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", c.tenantCode());
        if (c.subject() != null && !c.subject().isBlank()) {
            // the records about the person alone, and the accesses that returned the person among others
            where.append(" AND (subject = :subject OR EXISTS (SELECT 1 FROM platform.audit_subject s"
                    + " WHERE s.tenant_code = platform.audit_record.tenant_code"
                    + " AND s.sequence = platform.audit_record.sequence AND s.subject = :subject))");
            params.addValue("subject", c.subject());
        }
        addFilter(where, params, "actor", c.actor());
        addFilter(where, params, "business", c.business());
        addFilter(where, params, "operation", c.operation());
        if (c.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.addValue("from", Timestamp.from(c.from().toInstant()));
        }
        if (c.to() != null) {
            where.append(" AND occurred_at < :to");
            params.addValue("to", Timestamp.from(c.to().toInstant()));
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM platform.audit_record" + where, params, Long.class);
        params.addValue("limit", size).addValue("offset", (long) page * size);
        List<AuditRecord> items = jdbc.query(
                "SELECT * FROM platform.audit_record" + where + " ORDER BY sequence DESC LIMIT :limit OFFSET :offset",
                params,
                (rs, i) -> toRecord(rs));
        addSubjects(c.tenantCode(), items);
        return new Page(items, total == null ? 0 : total);
    }

    /** Fills in the subjects of the records over many, in the order they were returned. */
    private void addSubjects(String tenantCode, List<AuditRecord> items) {
        if (items.isEmpty()) {
            return;
        }
        Map<Long, AuditRecord> bySequence = new HashMap<>();
        items.forEach(r -> bySequence.put(r.getSequence(), r));
        jdbc.query(
                "SELECT sequence, subject FROM platform.audit_subject WHERE tenant_code = :tenant"
                        + " AND sequence IN (:sequences) ORDER BY sequence, position",
                new MapSqlParameterSource("tenant", tenantCode).addValue("sequences", bySequence.keySet()),
                rs -> {
                    AuditRecord record = bySequence.get(rs.getLong("sequence"));
                    if (record != null) {
                        record.addSubjectsItem(rs.getString("subject"));
                    }
                });
    }

    /**
     * Recomputes every hash of the chain in order and checks each link, the sequence numbers (a removed record
     * leaves a gap) and the chain head (a removed last record leaves the head ahead of the records).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    AuditChainVerification verify(String tenantCode, AuditSealer.Backlog tail, Optional<AnchorFiles.Read> anchor) {
        List<String> problems = new ArrayList<>(1);
        long anchoredSequence = anchor.map(a -> a.anchor().sequence()).orElse(0L);
        String[] atAnchor = {null};
        long[] checked = {0};
        long[] firstBroken = {-1};
        String[] previous = {AuditHashing.GENESIS};
        long[] expectedSequence = {1};
        MapSqlParameterSource params = new MapSqlParameterSource("tenant", tenantCode);
        jdbc.query("SELECT * FROM platform.audit_record WHERE tenant_code = :tenant ORDER BY sequence", params, rs -> {
            long sequence = rs.getLong("sequence");
            String stored = rs.getString("hash");
            String storedPrevious = rs.getString("previous_hash");
            String recomputed = AuditHashing.hash(AuditRow.read(rs), storedPrevious);
            if (firstBroken[0] < 0) {
                if (sequence != expectedSequence[0]) {
                    firstBroken[0] = expectedSequence[0];
                    problems.add("連番 " + expectedSequence[0] + " の記録が欠落しています。");
                } else if (!storedPrevious.equals(previous[0])) {
                    firstBroken[0] = sequence;
                    problems.add("連番 " + sequence + " の記録の直前ハッシュが前の記録と一致しません。");
                } else if (!recomputed.equals(stored)) {
                    firstBroken[0] = sequence;
                    problems.add("連番 " + sequence + " の記録の内容がハッシュと一致しません（改ざんの可能性）。");
                }
            }
            if (sequence == anchoredSequence) {
                atAnchor[0] = stored;
            }
            previous[0] = stored;
            expectedSequence[0] = sequence + 1;
            checked[0]++;
        });
        if (firstBroken[0] < 0) {
            List<Long> altered = jdbc.queryForList(SUBJECTS_NOT_AS_RECORDED, params, Long.class);
            if (!altered.isEmpty()) {
                firstBroken[0] = altered.get(0);
                problems.add("連番 " + altered.get(0) + " の記録の対象者一覧が記録時の要約値と一致しません（改ざんの可能性）。");
            }
        }
        if (firstBroken[0] < 0) {
            List<Long> head = jdbc.queryForList(
                    "SELECT last_sequence FROM platform.audit_chain WHERE tenant_code = :tenant", params, Long.class);
            long last = head.isEmpty() ? 0 : head.get(0);
            if (last != checked[0]) {
                firstBroken[0] = checked[0] + 1;
                problems.add("最後の記録（連番 " + last + "）までの記録が揃っていません。");
            }
        }
        Boolean anchorMatches = null;
        if (anchor.isPresent()) {
            AnchorFiles.Anchor a = anchor.get().anchor();
            anchorMatches = anchor.get().valid() && a.hash().equals(atAnchor[0]);
            if (!anchor.get().valid()) {
                problems.add("外部アンカーの署名が正しくありません（アンカーの改ざん、または鍵の相違）。");
            } else if (atAnchor[0] == null) {
                problems.add("外部アンカー（" + a.anchoredAt() + "）の連番 " + a.sequence() + " の記録がありません（記録の削除）。");
            } else if (!anchorMatches) {
                problems.add("連番 " + a.sequence() + " の記録のハッシュが外部アンカー（" + a.anchoredAt() + "）と一致しません: 連番 "
                        + a.sequence() + " までの記録が書き換えられています（改ざん）。");
            }
            if (!anchorMatches && firstBroken[0] < 0) {
                firstBroken[0] = Math.max(1, Math.min(a.sequence(), checked[0] + 1));
            }
        }
        AuditChainVerification result = new AuditChainVerification(tenantCode, firstBroken[0] < 0, checked[0]);
        result.unsealedRecords(tail.records());
        java.time.Instant oldest = tail.oldest();
        if (oldest != null) {
            result.oldestUnsealedAt(oldest.atOffset(ZoneOffset.UTC));
        }
        anchor.ifPresent(a -> {
            result.anchoredSequence(a.anchor().sequence());
            if (a.valid()) {
                result.anchoredAt(
                        java.time.Instant.parse(a.anchor().anchoredAt()).atOffset(ZoneOffset.UTC));
            }
        });
        if (anchorMatches != null) {
            result.anchorMatches(anchorMatches);
        }
        if (firstBroken[0] >= 0) {
            result.firstBrokenSequence(firstBroken[0]).detail(String.join(" ", problems));
        } else {
            result.detail("監査ログ " + checked[0] + " 件のハッシュ連鎖は正常です。"
                    + (anchor.isPresent() ? "外部アンカー（連番 " + anchoredSequence + "）と一致します。" : "")
                    + (tail.records() > 0 ? "未封緘の記録が " + tail.records() + " 件あります（検証の対象外）。" : ""));
        }
        return result;
    }

    private static void addFilter(
            StringBuilder where, MapSqlParameterSource params, String column, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND ").append(column).append(" = :").append(column);
            params.addValue(column, value);
        }
    }

    private static AuditRecord toRecord(ResultSet rs) throws SQLException {
        AuditRow row = AuditRow.read(rs);
        return new AuditRecord(
                        row.sequence(),
                        row.occurredAt().atOffset(ZoneOffset.UTC),
                        row.actor(),
                        row.tenantCode(),
                        row.business(),
                        row.operation(),
                        AuditRecord.OutcomeEnum.fromValue(row.outcome()),
                        rs.getString("previous_hash"),
                        rs.getString("hash"))
                .purpose(row.purpose())
                .subject(row.subject())
                .detail(row.detail())
                .requestId(row.requestId());
    }
}
