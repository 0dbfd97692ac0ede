package jp.kikan.childrearingallowance.internal;

import jp.kikan.childrearingallowance.domain.AllowanceCalculator;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calculator over the application's legal parameters, and who may call the 児童扶養手当 API. */
@Configuration(proxyBeanMethods = false)
class ChildRearingAllowanceConfiguration {

    static final String CLERK = "child-rearing-allowance:clerk";

    @Bean
    AllowanceCalculator childRearingAllowanceCalculator(LegalParameters parameters) {
        return new AllowanceCalculator(parameters);
    }

    @Bean
    ApiAccessRule childRearingAllowanceApi() {
        return ApiAccessRule.of("/api/child-rearing-allowance/**", CLERK);
    }
}
