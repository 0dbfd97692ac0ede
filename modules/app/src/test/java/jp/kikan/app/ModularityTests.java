package jp.kikan.app;

import jp.kikan.KikanApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: every module uses only what others publish (Spring Modulith {@code verify()}), and the
 * module documentation in docs/modules is generated from the code.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(
            KikanApplication.class,
            com.tngtech.archunit.base.DescribedPredicate.describe(
                    "test and tooling packages",
                    c -> c.getPackageName().startsWith("jp.kikan.devtools")
                            || c.getPackageName().startsWith("jp.kikan.app")));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
