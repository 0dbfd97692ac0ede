package jp.kikan.residentregistry.internal;

import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call the resident registry API: its clerks and supervisors; DV等支援措置 only by the staff in charge of
 * them (who alone see a restricted person's address).
 */
@Configuration(proxyBeanMethods = false)
class ResidentRegistrySecurity {

    static final String CLERK = "resident-registry:clerk";
    static final String SUPERVISOR = "resident-registry:supervisor";
    /** 支援措置 担当: records support measures and sees the address of persons under them. */
    static final String SUPPORT_MEASURES = "resident-registry:support-measures";

    @Bean
    ApiAccessRule residentRegistryApi() {
        return ApiAccessRule.of("/api/resident-registry/**", CLERK, SUPERVISOR, SUPPORT_MEASURES);
    }

    @Bean
    ApiAccessRule residentRegistrySupportMeasures() {
        return ApiAccessRule.of("/api/resident-registry/v1/tenants/*/residents/*/support-measures", SUPPORT_MEASURES);
    }
}
