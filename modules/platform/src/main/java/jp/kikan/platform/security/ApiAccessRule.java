package jp.kikan.platform.security;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which roles may call the API paths of a module. Each module declares its rules as beans; the platform's
 * security configuration applies them, most specific pattern first. A path no rule covers needs only an
 * authenticated staff member; the tenant of the path must always match the token's tenant.
 *
 * @param method      HTTP method, or {@code null} for all
 * @param pathPattern a Spring path pattern, e.g. {@code /api/resident-registry/**}
 * @param roles       roles any one of which grants access
 */
public record ApiAccessRule(@Nullable String method, String pathPattern, List<String> roles) {

    public ApiAccessRule {
        roles = List.copyOf(roles);
    }

    /** A rule for every method. */
    public static ApiAccessRule of(String pathPattern, String... roles) {
        return new ApiAccessRule(null, pathPattern, List.of(roles));
    }

    /** A rule for one method. */
    public static ApiAccessRule forMethod(String method, String pathPattern, String... roles) {
        return new ApiAccessRule(method, pathPattern, List.of(roles));
    }
}
