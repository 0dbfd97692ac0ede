package jp.kikan.platform.internal.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The subjects of an audit record over many, one row each in {@code platform.audit_subject} beside the record (whose
 * detail holds their count and digest, see {@link jp.kikan.platform.audit.AuditEntry#many}). Written by the audit log
 * in the transaction of the record it belongs to.
 */
final class AuditSubjects {

    private AuditSubjects() {}

    static void insert(JdbcTemplate jdbc, String tenantCode, long sequence, List<String> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO platform.audit_subject (tenant_code, sequence, position, subject) VALUES (?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setString(1, tenantCode);
                        ps.setLong(2, sequence);
                        ps.setInt(3, i);
                        ps.setString(4, subjects.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return subjects.size();
                    }
                });
    }
}
