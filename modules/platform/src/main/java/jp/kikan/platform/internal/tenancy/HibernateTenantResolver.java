package jp.kikan.platform.internal.tenancy;

import java.util.Map;
import jp.kikan.platform.tenant.TenantContext;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives Hibernate the bound tenant, so entities with a {@code @TenantId} column are filled and filtered by it.
 * Without a bound tenant Hibernate sees the empty tenant, which owns no rows.
 */
@Component
class HibernateTenantResolver implements CurrentTenantIdentifierResolver<String>, HibernatePropertiesCustomizer {

    static final String NO_TENANT = "";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
