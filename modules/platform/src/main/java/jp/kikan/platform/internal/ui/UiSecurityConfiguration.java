package jp.kikan.platform.internal.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.platform.ui.Screen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Security of the staff screens ({@code /ui/**}, ADR 0027): a session of their own (the API stays stateless), CSRF
 * tokens on every form, a strict Content-Security-Policy (no inline script, nothing from elsewhere), the roles of each
 * {@link Screen} on its path, and the staff member's tenant bound for the request ({@link UiTenantFilter}). A refusal
 * is audited as the API's is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UiSecurityConfiguration {

    static final String SIGN_IN = "/ui/sign-in";

    /** The page a refused screen shows (403). */
    static final String FORBIDDEN = "/ui/forbidden";

    @Bean
    SecurityContextRepository uiSecurityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Before the API's chain, which takes every other path. */
    @Bean
    @Order(1)
    SecurityFilterChain uiSecurity(
            HttpSecurity http,
            ObjectProvider<Screen> screens,
            SecurityContextRepository uiSecurityContextRepository,
            TenantDirectory tenants,
            AuditLog audit)
            throws Exception {
        List<Screen> ordered = new ArrayList<>(screens.orderedStream().toList());
        ordered.sort(Comparator.comparing((Screen s) -> s.path().length()).reversed());
        http.securityMatcher("/ui", "/ui/**")
                .securityContext(c -> c.securityContextRepository(uiSecurityContextRepository))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                        + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
                        .frameOptions(f -> f.deny()))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/ui/assets/**", SIGN_IN).permitAll();
                    auth.requestMatchers(FORBIDDEN).authenticated();
                    for (Screen screen : ordered) {
                        String[] roles = screen.roles().toArray(String[]::new);
                        auth.requestMatchers(screen.path(), screen.path() + "/**")
                                .hasAnyAuthority(roles);
                    }
                    auth.anyRequest().authenticated();
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
                        .accessDeniedHandler(accessDenied(audit, tenants)))
                .logout(l -> l.logoutUrl("/ui/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"))
                .addFilterAfter(new UiTenantFilter(tenants), AuthorizationFilter.class);
        return http.build();
    }

    private static AccessDeniedHandler accessDenied(AuditLog audit, TenantDirectory tenants) {
        return (request, response, e) -> {
            CurrentStaff.find()
                    .filter(s -> tenants.find(s.tenantCode()).isPresent())
                    .ifPresent(staff -> audit.record(
                            staff.tenantCode(),
                            new AuditEntry(
                                    Business.PLATFORM,
                                    "権限のない画面の操作",
                                    null,
                                    AuditLog.ACCESS_DENIED,
                                    AuditEntry.Outcome.DENIED,
                                    request.getMethod() + " " + request.getRequestURI())));
            response.setStatus(403);
            request.getRequestDispatcher(FORBIDDEN).forward(request, response);
        };
    }
}
