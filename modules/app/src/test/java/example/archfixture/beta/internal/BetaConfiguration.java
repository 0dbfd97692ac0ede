package example.archfixture.beta.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Fixture: a bean named by hand without its module. */
@Configuration(proxyBeanMethods = false)
public class BetaConfiguration {

    @Bean("api")
    String api() {
        return "beta";
    }
}
