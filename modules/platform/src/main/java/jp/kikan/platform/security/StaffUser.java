package jp.kikan.platform.security;

import java.util.Set;

/**
 * An authenticated member of staff (職員), from the access token.
 *
 * @param subject    the stable staff id (token {@code sub})
 * @param name       display name, for audit and forms
 * @param tenantCode the 団体コード the staff member works for (token claim {@code tenant})
 * @param roles      per-business roles such as {@code resident-registry:clerk} or {@code auditor}
 */
public record StaffUser(String subject, String name, String tenantCode, Set<String> roles) {

    /** Claim carrying the tenant's 団体コード. */
    public static final String TENANT_CLAIM = "tenant";

    /** Claim carrying the roles. */
    public static final String ROLES_CLAIM = "roles";

    /** Claim carrying the display name. */
    public static final String NAME_CLAIM = "name";

    public StaffUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
