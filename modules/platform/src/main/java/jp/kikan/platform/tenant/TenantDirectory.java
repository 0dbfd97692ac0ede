package jp.kikan.platform.tenant;

import java.util.List;
import java.util.Optional;

/** The tenants (地方公共団体) this deployment serves. */
public interface TenantDirectory {

    /** The tenant with this 団体コード, if registered. */
    Optional<Tenant> find(String code);

    /** Every registered tenant, by code. */
    List<Tenant> all();

    /**
     * Registers a tenant, or updates its name when already registered. The code's check digit is verified;
     * an invalid code throws {@link jp.kikan.platform.validation.InvalidValueException}.
     */
    Tenant register(String code, String name, String nameKana);
}
