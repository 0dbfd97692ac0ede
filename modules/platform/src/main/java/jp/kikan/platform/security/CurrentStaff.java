package jp.kikan.platform.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The staff member of the current request, read from the security context: the access token's, or the operator of a
 * command-line run ({@link #callAs}).
 */
public final class CurrentStaff {

    private CurrentStaff() {}

    /** The authenticated staff member, if the current thread serves an authenticated request. */
    public static Optional<StaffUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof StaffUser operator) {
            return Optional.of(operator);
        }
        if (auth.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(fromJwt(jwt));
        }
        return Optional.empty();
    }

    /**
     * Runs work on behalf of {@code operator} on this thread, for work that no access token stands behind (a
     * command-line run): its audit records and its {@code recorded_by} name the operator instead of {@code system}.
     * Threads the work hands tasks to see the operator only through a security-context-propagating executor (Spring
     * Security's {@code DelegatingSecurityContextExecutorService}).
     */
    public static <T> T callAs(StaffUser operator, Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                operator,
                null,
                operator.roles().stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** The subject for audit records: the staff id, or {@code system} for batch and event work. */
    public static String actor() {
        return find().map(StaffUser::subject).orElse("system");
    }

    /** Reads the staff member from a validated token. */
    public static StaffUser fromJwt(Jwt jwt) {
        return fromClaims(jwt.getSubject(), jwt.getClaims());
    }

    /**
     * Reads the staff member from a validated token's claims (an access token's, or the ID token of a sign-in to the
     * screens): {@code tenant}, {@code name} and {@code roles} (a list, or names separated by spaces or commas).
     */
    public static StaffUser fromClaims(@Nullable String subject, Map<String, Object> claims) {
        Object tenant = claims.get(StaffUser.TENANT_CLAIM);
        Object name = claims.get(StaffUser.NAME_CLAIM);
        Set<String> roles = new HashSet<>();
        Object claim = claims.get(StaffUser.ROLES_CLAIM);
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> roles.add(String.valueOf(v)));
        } else if (claim instanceof String s) {
            roles.addAll(List.of(s.split("[ ,]+")));
        }
        return new StaffUser(
                subject == null ? "unknown" : subject,
                name == null ? (subject == null ? "unknown" : subject) : String.valueOf(name),
                tenant == null ? "" : String.valueOf(tenant),
                roles);
    }
}
