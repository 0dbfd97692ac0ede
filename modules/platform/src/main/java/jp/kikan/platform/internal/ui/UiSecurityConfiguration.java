package jp.kikan.platform.internal.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.security.StaffUser;
import jp.kikan.platform.tenant.TenantDirectory;
import jp.kikan.platform.ui.Screen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Security of the staff screens ({@code /ui/**}, ADR 0027): sign-in through the municipality's OpenID Connect provider
 * (authorization code with PKCE) where the deployment configured one, a session of their own with an idle timeout
 * ({@link SignIn}; the API stays stateless), CSRF
 * tokens on every form, a strict Content-Security-Policy (no inline script, nothing from elsewhere), the roles of each
 * {@link Screen} on its path, and the staff member's tenant bound for the request ({@link UiTenantFilter}). A refusal
 * is audited as the API's is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UiSecurityConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UiSecurityConfiguration.class);

    static final String SIGN_IN = "/ui/sign-in";

    /** Where a sign-in at the municipality's OpenID Connect provider starts, and where it comes back. */
    static final String AUTHORIZATION = "/oauth2/authorization";

    static final String CALLBACK = "/login/oauth2/code";

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
            ObjectProvider<ClientRegistrationRepository> providers,
            SecurityContextRepository uiSecurityContextRepository,
            SignIn signIn,
            TenantDirectory tenants,
            AuditLog audit)
            throws Exception {
        List<Screen> ordered = new ArrayList<>(screens.orderedStream().toList());
        ordered.sort(Comparator.comparing((Screen s) -> s.path().length()).reversed());
        http.securityMatcher("/ui", "/ui/**", AUTHORIZATION + "/**", CALLBACK + "/**")
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
                .sessionManagement(s -> s.invalidSessionUrl(SIGN_IN + "?expired"))
                .logout(l -> l.logoutUrl("/ui/sign-out")
                        .deleteCookies("JSESSIONID")
                        .logoutSuccessUrl(SIGN_IN + "?signedOut"))
                .addFilterAfter(new UiTenantFilter(tenants), AuthorizationFilter.class);
        ClientRegistrationRepository registrations = providers.getIfAvailable();
        if (registrations != null) {
            DefaultOAuth2AuthorizationRequestResolver pkce =
                    new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION);
            pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(o -> o.loginPage(SIGN_IN)
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(pkce))
                    .redirectionEndpoint(r -> r.baseUri(CALLBACK + "/*"))
                    .successHandler(signedInAtTheProvider(signIn, tenants, uiSecurityContextRepository))
                    .failureHandler((request, response, e) -> response.sendRedirect(SIGN_IN + "?error=provider")));
        }
        return http.build();
    }

    /**
     * The provider's ID token names the staff member with the claims the API's access tokens carry ({@code sub},
     * {@code name}, {@code tenant}, {@code roles}); the session keeps that {@link StaffUser}, as the demo's does. A
     * staff member whose token names no 団体 of this deployment is not signed in.
     */
    private static AuthenticationSuccessHandler signedInAtTheProvider(
            SignIn signIn, TenantDirectory tenants, SecurityContextRepository uiSecurityContextRepository) {
        return (request, response, authentication) -> {
            OidcUser user = (OidcUser) java.util.Objects.requireNonNull(authentication.getPrincipal());
            StaffUser staff = CurrentStaff.fromClaims(user.getSubject(), user.getClaims());
            if (tenants.find(staff.tenantCode()).isEmpty()) {
                log.warn("認証基盤のサインイン（{}）を受け付けません: 団体コード「{}」はこのシステムに登録されていません", staff.subject(), staff.tenantCode());
                SecurityContextHolder.clearContext();
                uiSecurityContextRepository.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
                response.sendRedirect(SIGN_IN + "?error=" + SignInPage.REFUSED_TENANT);
                return;
            }
            signIn.establish(staff, request, response, "OpenID Connect " + user.getIssuer());
            response.sendRedirect("/ui");
        };
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
