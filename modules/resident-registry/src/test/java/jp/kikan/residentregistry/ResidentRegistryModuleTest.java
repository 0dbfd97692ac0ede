package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.internal.DemoResidents;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The resident registry bootstrapped alone (with the shared platform), on real PostgreSQL: the module's own
 * beans and changelog suffice, and the demo city loads into its tenant only. The registry's module tests boot only the
 * platform and the registry (its Maven dependencies), so the context every test class here shares proves it.
 */
class ResidentRegistryModuleTest extends ModuleIntegrationTest {

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
