package jp.kikan.platform.internal.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies refuse fields the contract does not define: a misspelled optional item ({@code tennyumae_jusyo})
 * would otherwise be dropped without a word and the record made without it. Only the server's JSON converter is
 * strict; the application's {@link JsonMapper} (stored events, the event feed) stays lenient, so an event stored by
 * an earlier version still reads. Ordered after Spring Boot's own configurer, whose converter it replaces.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.LOWEST_PRECEDENCE)
class StrictJsonConfiguration implements WebMvcConfigurer {

    private final JsonMapper strict;

    StrictJsonConfiguration(JsonMapper json) {
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }
}
