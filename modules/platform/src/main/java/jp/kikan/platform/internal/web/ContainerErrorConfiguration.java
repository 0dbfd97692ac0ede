package jp.kikan.platform.internal.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Problem documents for the failures no controller handles: Tomcat's own refusals (its error report valve), Spring
 * Security's firewall ({@link RequestRejectedHandler}); the error dispatch is {@link ProblemErrorController}'s.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ContainerErrorConfiguration {

    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemRenderer renderer) {
        // A client's malformed URL: no stack trace, no ERROR line.
        return (request, response, e) -> renderer.write(ContainerProblems.rejectedUrl(), request, response);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrorReport {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReportValve(
                ProblemRenderer renderer) {
            return new ValveCustomizer(renderer);
        }
    }

    /**
     * Replaces the host's {@link ErrorReportValve} (which Spring Boot adds in a context customizer of its own, so
     * this one runs last) and makes the host keep it rather than add Tomcat's default one when it starts.
     */
    private record ValveCustomizer(ProblemRenderer renderer)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container parent = context.getParent();
                if (parent == null) {
                    return;
                }
                for (Valve valve : parent.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        parent.getPipeline().removeValve(valve);
                    }
                }
                parent.getPipeline().addValve(new ProblemErrorReportValve(renderer));
                if (parent instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
