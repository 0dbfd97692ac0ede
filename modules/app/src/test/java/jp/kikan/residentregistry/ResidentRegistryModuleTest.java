package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.internal.DemoResidents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The resident registry bootstrapped alone (with the shared platform), on real PostgreSQL: the module's own
 * beans and changelog suffice, and the demo city loads into its tenant only.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class ResidentRegistryModuleTest {

    @Autowired
    DemoResidents residents;

    @Test
    void theModuleStartsOnItsOwnAndLoadsTheDemoCityIntoItsTenantOnly() {
        long demo = TenantContext.callAs("139998", residents::count);
        long other = TenantContext.callAs("131016", residents::count);
        assertThat(demo).isBetween(200L, 600L);
        assertThat(other).isZero();
    }
}
