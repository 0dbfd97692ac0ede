package jp.kikan.migration.internal;

import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may import: the operator of the migration (the IT department's staff moving a legacy system), a role of its own
 * ({@code migration:operator}); an import writes personal data of every resident of the municipality.
 */
@Configuration(proxyBeanMethods = false)
class MigrationSecurity {

    static final String OPERATOR = "migration:operator";

    @Bean
    ApiAccessRule migrationApi() {
        return ApiAccessRule.of("/api/migration/**", OPERATOR);
    }
}
