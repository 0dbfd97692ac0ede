package jp.kikan.residentregistry.internal;

import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may call the resident registry API: its clerks and supervisors. */
@Configuration(proxyBeanMethods = false)
class ResidentRegistrySecurity {

    static final String CLERK = "resident-registry:clerk";
    static final String SUPERVISOR = "resident-registry:supervisor";

    @Bean
    ApiAccessRule residentRegistryApi() {
        return ApiAccessRule.of("/api/resident-registry/**", CLERK, SUPERVISOR);
    }
}
