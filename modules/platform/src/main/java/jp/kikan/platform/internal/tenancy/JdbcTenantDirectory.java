package jp.kikan.platform.internal.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.platform.tenant.Tenant;
import jp.kikan.platform.tenant.TenantDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tenants table ({@code platform.tenant}), read through a small cache: tenants change rarely. */
@Component
class JdbcTenantDirectory implements TenantDirectory {

    private final JdbcTemplate jdbc;
    private final ConcurrentMap<String, Tenant> cache = new ConcurrentHashMap<>();

    JdbcTenantDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Tenant> find(String code) {
        Tenant cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<Tenant> found = jdbc.query(
                "SELECT code, name, name_kana FROM platform.tenant WHERE code = ?",
                (rs, i) -> new Tenant(rs.getString(1), rs.getString(2), rs.getString(3)),
                code);
        found.forEach(t -> cache.put(t.code(), t));
        return found.stream().findFirst();
    }

    @Override
    public List<Tenant> all() {
        return jdbc.query(
                "SELECT code, name, name_kana FROM platform.tenant ORDER BY code",
                (rs, i) -> new Tenant(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public Tenant register(String code, String name, String nameKana) {
        String valid = LocalGovernmentCode.of(code).value();
        jdbc.update(
                "INSERT INTO platform.tenant (code, name, name_kana) VALUES (?, ?, ?) "
                        + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, name_kana = EXCLUDED.name_kana",
                valid,
                name,
                nameKana);
        Tenant tenant = new Tenant(valid, name, nameKana);
        cache.put(valid, tenant);
        return tenant;
    }
}
