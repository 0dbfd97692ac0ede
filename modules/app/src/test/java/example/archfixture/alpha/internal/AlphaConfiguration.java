package example.archfixture.alpha.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Fixture: alpha's configuration; its bean named by hand collides with a component of alpha. */
@Configuration(proxyBeanMethods = false)
public class AlphaConfiguration {

    @Bean
    String alphaGreeting() {
        return "hello";
    }

    @Bean("alphaStore")
    String store() {
        return "store";
    }
}
