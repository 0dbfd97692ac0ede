package jp.kikan.platform.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The staff member of the current request, read from the security context. */
public final class CurrentStaff {

    private CurrentStaff() {}

    /** The authenticated staff member, if the current thread serves an authenticated request. */
    public static Optional<StaffUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Jwt jwt)) {
            return Optional.empty();
        }
        return Optional.of(fromJwt(jwt));
    }

    /** The subject for audit records: the staff id, or {@code system} for batch and event work. */
    public static String actor() {
        return find().map(StaffUser::subject).orElse("system");
    }

    /** Reads the staff member from a validated token. */
    public static StaffUser fromJwt(Jwt jwt) {
        String tenant = jwt.getClaimAsString(StaffUser.TENANT_CLAIM);
        String name = jwt.getClaimAsString(StaffUser.NAME_CLAIM);
        Set<String> roles = new HashSet<>();
        Object claim = jwt.getClaims().get(StaffUser.ROLES_CLAIM);
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> roles.add(String.valueOf(v)));
        } else if (claim instanceof String s) {
            roles.addAll(List.of(s.split("[ ,]+")));
        }
        String subject = jwt.getSubject();
        return new StaffUser(
                subject == null ? "unknown" : subject,
                name == null ? (subject == null ? "unknown" : subject) : name,
                tenant == null ? "" : tenant,
                roles);
    }
}
