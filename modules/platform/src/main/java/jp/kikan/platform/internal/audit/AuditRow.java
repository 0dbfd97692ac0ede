package jp.kikan.platform.internal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The stored fields of one audit record that its hash covers, as written and as read back. */
record AuditRow(
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
        @Nullable String requestId) {

    static AuditRow read(ResultSet rs) throws SQLException {
        return new AuditRow(
                rs.getLong("sequence"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("tenant_code"),
                rs.getString("actor"),
                rs.getString("business"),
                rs.getString("purpose"),
                rs.getString("subject"),
                rs.getString("operation"),
                rs.getString("outcome"),
                rs.getString("detail"),
                rs.getString("request_id"));
    }
}
