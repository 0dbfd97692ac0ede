package jp.kikan.platform.internal.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.kikan.platform.Business;
import jp.kikan.platform.audit.AuditEntry;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.platform.internal.tenancy.TenantFilter;
import jp.kikan.platform.internal.web.ProblemRenderer;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.ApiAccessRule;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.security.StaffUser;
import jp.kikan.platform.tenant.TenantDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * API security: stateless bearer tokens (OAuth2 resource server, JWT), per-business roles from the token's
 * {@code roles} claim, the access rules each module declares, and the tenant check of {@link TenantFilter}.
 * Every refusal is a problem document in Japanese; refusals of an authenticated member of staff are audited.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Roles of the platform's own API. */
    static final String AUDITOR = "auditor";

    static final String PLATFORM_ADMIN = "platform:admin";

    /** Systems and staff that read the tenant's event feed (vendors' linkage, 独自施策システム). */
    static final String EVENT_READER = "events:reader";

    @Bean
    ApiAccessRule eventFeedRule() {
        return ApiAccessRule.forMethod("GET", "/api/platform/v1/tenants/*/events", EVENT_READER, AUDITOR);
    }

    @Bean
    ApiAccessRule auditRecordsRule() {
        return ApiAccessRule.of("/api/platform/v1/tenants/*/audit-records", AUDITOR);
    }

    @Bean
    ApiAccessRule auditVerificationRule() {
        return ApiAccessRule.of("/api/platform/v1/tenants/*/audit-chain-verification", AUDITOR);
    }

    @Bean
    ApiAccessRule parameterOverrideCreateRule() {
        return ApiAccessRule.forMethod("POST", "/api/platform/v1/tenants/*/parameter-overrides", PLATFORM_ADMIN);
    }

    @Bean
    ApiAccessRule parameterOverrideUpdateRule() {
        return ApiAccessRule.forMethod("PUT", "/api/platform/v1/tenants/*/parameter-overrides/*", PLATFORM_ADMIN);
    }

    /**
     * The filter chain of the HTTP API. Only in a web application: the application jar run as the データ移行 command line
     * ({@code --spring.main.web-application-type=none}) has no HTTP API to secure, and no {@link HttpSecurity}.
     */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            ObjectProvider<ApiAccessRule> rules,
            TenantDirectory tenants,
            AuditLog audit,
            ProblemRenderer problems)
            throws Exception {
        List<ApiAccessRule> ordered = new ArrayList<>(rules.orderedStream().toList());
        // Most specific first: longer patterns, then method-bound before method-free.
        ordered.sort(Comparator.comparing((ApiAccessRule r) -> r.pathPattern().length())
                .reversed()
                .thenComparing(r -> r.method() == null));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(
                                    "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                            .permitAll();
                    auth.requestMatchers(HttpMethod.POST, DevTokenController.PATH)
                            .permitAll();
                    auth.requestMatchers("/error").permitAll();
                    for (ApiAccessRule rule : ordered) {
                        String[] roles = rule.roles().toArray(String[]::new);
                        if (rule.method() == null) {
                            auth.requestMatchers(rule.pathPattern()).hasAnyAuthority(roles);
                        } else {
                            auth.requestMatchers(HttpMethod.valueOf(rule.method()), rule.pathPattern())
                                    .hasAnyAuthority(roles);
                        }
                    }
                    auth.requestMatchers("/api/**").authenticated();
                    auth.anyRequest().denyAll();
                })
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(source -> {
                            StaffUser staff = CurrentStaff.fromJwt(source);
                            List<SimpleGrantedAuthority> authorities = staff.roles().stream()
                                    .map(SimpleGrantedAuthority::new)
                                    .toList();
                            return new JwtAuthenticationToken(source, authorities, staff.subject());
                        }))
                        .authenticationEntryPoint(entryPoint(problems)))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint(problems))
                        .accessDeniedHandler(accessDenied(problems, audit, tenants)))
                .addFilterAfter(new TenantFilter(tenants, audit, problems), AuthorizationFilter.class);
        return http.build();
    }

    private static AuthenticationEntryPoint entryPoint(ProblemRenderer problems) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(new ProblemException(401, "unauthorized", "有効なアクセストークン（Bearer）が必要です。"), request, response);
        };
    }

    private static AccessDeniedHandler accessDenied(ProblemRenderer problems, AuditLog audit, TenantDirectory tenants) {
        return (request, response, e) -> {
            CurrentStaff.find()
                    .filter(s -> LocalGovernmentCode.isValid(s.tenantCode())
                            && tenants.find(s.tenantCode()).isPresent())
                    .ifPresent(staff -> audit.record(
                            staff.tenantCode(),
                            new AuditEntry(
                                    businessOf(request.getRequestURI()),
                                    "権限のない操作",
                                    null,
                                    AuditLog.ACCESS_DENIED,
                                    AuditEntry.Outcome.DENIED,
                                    request.getMethod() + " " + request.getRequestURI())));
            problems.write(ProblemException.forbidden("forbidden", "この操作を行う権限（ロール）がありません。"), request, response);
        };
    }

    private static Business businessOf(String uri) {
        String[] parts = uri.split("/");
        return parts.length > 2 && "api".equals(parts[1])
                ? Business.bySlug(parts[2]).orElse(Business.PLATFORM)
                : Business.PLATFORM;
    }
}
