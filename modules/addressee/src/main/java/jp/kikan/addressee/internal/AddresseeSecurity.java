package jp.kikan.addressee.internal;

import jp.kikan.platform.security.ApiAccessRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use the addressee API: every business's clerks need 宛名 (a tax clerk numbers a land owner living elsewhere),
 * so the role is its own, {@code addressee:clerk}, given to staff of any business that deals with 住登外者.
 */
@Configuration(proxyBeanMethods = false)
class AddresseeSecurity {

    static final String CLERK = "addressee:clerk";

    @Bean
    ApiAccessRule addresseeApi() {
        return ApiAccessRule.of("/api/addressee/**", CLERK);
    }
}
