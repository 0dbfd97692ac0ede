package jp.kikan.platform.internal.parameter;

import jp.kikan.platform.parameter.LegalParameters;
import jp.kikan.platform.parameter.TenantParameterOverrides;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The legal parameters of every module on the class path, loaded and checked once at start. */
@Configuration(proxyBeanMethods = false)
class ParameterConfiguration {

    @Bean
    LegalParameters legalParameters(TenantParameterOverrides overrides) {
        return LegalParameters.fromClasspath(ParameterConfiguration.class.getClassLoader(), overrides);
    }
}
