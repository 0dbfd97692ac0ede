package jp.kikan.childallowance.internal;

import jp.kikan.childallowance.domain.AllowanceCalculator;
import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calculator over the application's legal parameters, and who may call the 児童手当 API. */
@Configuration(proxyBeanMethods = false)
class ChildAllowanceConfiguration {

    static final String CLERK = "child-allowance:clerk";

    @Bean
    AllowanceCalculator childAllowanceCalculator(LegalParameters parameters) {
        return new AllowanceCalculator(parameters);
    }

    @Bean
    ApiAccessRule childAllowanceApi() {
        return ApiAccessRule.of("/api/child-allowance/**", CLERK);
    }
}
