package jp.kikan.platform.internal.parameter;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.kikan.platform.parameter.DatedValue;
import jp.kikan.platform.parameter.TenantParameterOverrides;
import jp.kikan.platform.tenant.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The municipalities' ordinance values ({@code platform.parameter_override}): the one in force on a date is the
 * latest starting on or before it; it ends the day before the next one starts.
 */
@Component
class JdbcTenantParameterOverrides implements TenantParameterOverrides {

    private final JdbcTemplate jdbc;

    JdbcTenantParameterOverrides(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DatedValue> find(String tenantCode, String module, String key, LocalDate date) {
        return TenantContext.callAs(tenantCode, () -> {
            List<DatedValue> found = jdbc.query(
                    "SELECT effective_from, value, source, "
                            + "(SELECT min(n.effective_from) FROM platform.parameter_override n WHERE n.tenant_code = o.tenant_code "
                            + "   AND n.module = o.module AND n.parameter_key = o.parameter_key AND n.effective_from > o.effective_from) AS next_from "
                            + "FROM platform.parameter_override o WHERE tenant_code = ? AND module = ? AND parameter_key = ? "
                            + "AND effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
                    (rs, i) -> {
                        Date next = rs.getDate("next_from");
                        return new DatedValue(
                                rs.getDate("effective_from").toLocalDate(),
                                next == null ? null : next.toLocalDate().minusDays(1),
                                rs.getString("value"),
                                rs.getString("source"));
                    },
                    tenantCode,
                    module,
                    key,
                    Date.valueOf(date));
            return found.stream().findFirst();
        });
    }
}
