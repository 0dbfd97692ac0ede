package jp.kikan.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * The project's architecture rules, checked on every build, and the proof that they bite: a fixture module
 * that imports another module's internal class is reported by both the ArchUnit rule and Modulith; one that uses a
 * closed kernel's types outside its named interfaces (as a module would use the platform's) is reported by Modulith;
 * fixture beans and entities named without their module, or twice, are reported by the naming rule (ADR 0018); a
 * fixture migration core that reaches into a business is reported by the migration layout rule (ADR 0019).
 */
class ArchitectureRulesTest {

    private static final JavaClasses KIKAN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.kikan");

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("example.archfixture");

    /** No class of one module depends on the {@code internal} or generated {@code web} packages of another. */
    static ArchRule noModuleReachesIntoAnother(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("not depend on another module's internal or web packages") {
                    @Override
                    public void check(JavaClass source, ConditionEvents events) {
                        String from = moduleOf(root, source.getPackageName());
                        for (Dependency d : source.getDirectDependenciesFromSelf()) {
                            String targetPackage = d.getTargetClass().getPackageName();
                            if (!targetPackage.startsWith(root + ".")) {
                                continue;
                            }
                            String to = moduleOf(root, targetPackage);
                            String inside = targetPackage.substring(root.length() + 1 + to.length());
                            boolean hidden = inside.startsWith(".internal") || inside.startsWith(".web");
                            if (!to.equals(from) && hidden) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    private static String moduleOf(String root, String packageName) {
        if (packageName.length() <= root.length()) {
            return "";
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void modulesUseOnlyEachOthersPublishedTypes() {
        noModuleReachesIntoAnother("jp.kikan").check(KIKAN);
    }

    @Test
    void domainPackagesDoNotKnowTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("jp.kikan..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .allowEmptyShould(true)
                .check(KIKAN);
    }

    /**
     * The generated API types stay at the edge of a benefit (issue 12): only its controllers, its screens (the staff
     * pages show the API's own answers, ADR 0027), its views and its codecs (the one reader of a generated type kept as
     * JSON) touch them, its own or the shared ones of the benefit module's
     * contract (ADR 0026); no process, aggregate, kit step or law does.
     */
    @Test
    void theGeneratedWebTypesOfTheBenefitsStayInTheirControllersViewsAndCodecs() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "jp.kikan.childallowance..", "jp.kikan.childrearingallowance..", "jp.kikan.benefit..")
                .and()
                .resideOutsideOfPackages("..web..", "..contract.model..")
                .and()
                .haveNameNotMatching(".*(Controller|Screens|Views|Codec)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..web..", "..contract.model..")
                .check(KIKAN);
    }

    /** The value types, not their packages' metadata: a package-info declares its named interface (ADR 0016). */
    @Test
    void theKernelsValueTypesStayFreeOfSpring() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "jp.kikan.platform.identifier..",
                        "jp.kikan.platform.time..",
                        "jp.kikan.platform.text..",
                        "jp.kikan.platform.money..",
                        "jp.kikan.platform.parameter..",
                        "jp.kikan.platform.validation..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(KIKAN);
    }

    @Test
    void aCrossModuleImportOfAnInternalClassIsCaughtByTheArchUnitRule() {
        EvaluationResult result =
                noModuleReachesIntoAnother("example.archfixture").evaluate(FIXTURE);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("Intruder").contains("Secret"));
    }

    @Test
    void beanAndEntityNamesAreQualifiedByTheirModule() {
        List<ModuleNames.Named> names = ModuleNames.of(KIKAN, "jp.kikan");
        assertThat(names)
                .extracting(ModuleNames.Named::name)
                .contains(
                        "jp.kikan.residentregistry.internal.ResidentRecords",
                        "jp.kikan.addressee.internal.AddresseeSecurity.addresseeApi",
                        "AddresseeNonResident");
        assertThat(ModuleNames.violations(names, "jp.kikan")).isEmpty();
    }

    @Test
    void aNameWithoutItsModuleOrTakenTwiceIsCaught() {
        List<String> violations =
                ModuleNames.violations(ModuleNames.of(FIXTURE, "example.archfixture"), "example.archfixture");
        assertThat(violations)
                .anySatisfy(v -> assertThat(v).contains("'residents'").contains("beta.internal.Residents"))
                .anySatisfy(v -> assertThat(v).contains("entity name 'Person'").contains("beta.internal.Person"))
                .anySatisfy(v -> assertThat(v).contains("'api'").contains("BetaConfiguration.api()"))
                .anySatisfy(v -> assertThat(v)
                        .contains("bean alphaStore is declared 2 times")
                        .contains("AlphaStore")
                        .contains("AlphaConfiguration.store()"))
                .hasSize(4);
    }

    @Test
    void migrationCoreKnowsNoBusiness() {
        migrationCoreKnowsNoBusiness("jp.kikan").check(KIKAN);
    }

    @Test
    void aMigrationCoreThatReachesIntoABusinessIsCaught() {
        EvaluationResult result =
                migrationCoreKnowsNoBusiness("example.archfixture").evaluate(FIXTURE);
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("LegacyReader").contains("ResidentLayout"));
    }

    /**
     * The generic half of the migration (readers, encodings, 外字, dates, reports, checks; ADR 0019) depends on no
     * business: neither on a business's half of the migration nor on a business module.
     */
    static ArchRule migrationCoreKnowsNoBusiness(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".migration.core..")
                .should()
                .dependOnClassesThat(describe(
                        "belong to a business",
                        (JavaClass c) -> c.getPackageName().startsWith(root + ".")
                                && !c.getPackageName().startsWith(root + ".platform")
                                && !c.getPackageName().startsWith(root + ".migration.core")));
    }

    @Test
    void aCrossModuleImportOfAnInternalClassIsCaughtByModulith() {
        ApplicationModules fixture = ApplicationModules.of("example.archfixture", location -> true);
        assertThatThrownBy(fixture::verify).hasMessageContaining("Secret");
    }

    @Test
    void aKernelInternalClassUsedFromAnotherModuleIsCaughtByTheArchUnitRule() {
        EvaluationResult result =
                noModuleReachesIntoAnother("example.archfixture").evaluate(FIXTURE);
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("Borrower").contains("kernel.internal.Wiring"));
    }

    @Test
    void aClosedKernelPublishesOnlyItsNamedInterfaces_anythingElseIsCaughtByModulith() {
        ApplicationModules fixture = ApplicationModules.of("example.archfixture", location -> true);
        assertThatThrownBy(fixture::verify).satisfies(e -> assertThat(e.getMessage())
                .contains("Borrower")
                .contains("kernel.internal.Wiring")
                .contains("kernel.support.Helper")
                .doesNotContain("kernel.values.Amount"));
    }

    /** The real platform is closed like the fixture's kernel: other modules see only these named interfaces. */
    @Test
    void thePlatformIsClosedAndPublishesEachOfItsPackagesAsANamedInterface() {
        ApplicationModule platform =
                ModularityTests.MODULES.getModuleByName("platform").orElseThrow();
        assertThat(platform.isOpen()).isFalse();
        assertThat(platform.getNamedInterfaces().stream()
                        .filter(i -> !i.isUnnamed())
                        .map(NamedInterface::getName))
                .containsExactlyInAnyOrder(
                        "audit",
                        "bulk",
                        "document",
                        "events",
                        "http",
                        "identifier",
                        "money",
                        "parameter",
                        "problem",
                        "security",
                        "tenant",
                        "text",
                        "time",
                        "ui",
                        "validation");
    }
}
