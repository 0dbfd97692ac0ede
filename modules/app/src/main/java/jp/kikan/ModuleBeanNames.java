package jp.kikan;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.ConfigurationBeanNameGenerator;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.core.type.MethodMetadata;

/**
 * The naming convention of Kikan's beans (ADR 0018): a bean Kikan declares is named by its fully qualified Java name,
 * which begins with its module's package, so two modules can never clash however they name their classes
 * ({@code jp.kikan.childallowance.internal.Residents} and {@code jp.kikan.childrearingallowance.internal.Residents}).
 * Scanned components and Spring Data repositories take their class's name; a {@code @Bean} method declared in
 * {@code jp.kikan} takes its class's name and the method's ({@code ...internal.AddresseeSecurity.addresseeApi}). A
 * name given in the annotation wins, as in Spring. Beans of Spring, Boot and libraries keep their usual names
 * ({@code dataSource}, {@code requestMappingHandlerMapping}), because other code finds them by those.
 *
 * <p>Installed on every application context by {@code META-INF/spring.factories} (so the application, its tests and
 * the conformance suites name beans alike); {@code ArchitectureRulesTest} checks the names statically and
 * {@code ModuleWiringTest} in the running application.
 */
public final class ModuleBeanNames extends FullyQualifiedAnnotationBeanNameGenerator
        implements ConfigurationBeanNameGenerator, ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Kikan's root package: beans declared below it follow the convention. */
    public static final String ROOT = "jp.kikan";

    public static final ModuleBeanNames INSTANCE = new ModuleBeanNames(ROOT);

    private final String prefix;

    /** Kikan's convention; the constructor {@code META-INF/spring.factories} calls. */
    public ModuleBeanNames() {
        this(ROOT);
    }

    /** The convention for the modules below {@code root} (another root serves the architecture test's fixtures). */
    public ModuleBeanNames(String root) {
        this.prefix = root + ".";
    }

    @Override
    public String deriveBeanName(MethodMetadata method, @Nullable String beanName) {
        if (beanName != null) {
            return beanName;
        }
        String declaringClass = method.getDeclaringClassName();
        return declaringClass.startsWith(prefix)
                ? declaringClass + "." + method.getMethodName()
                : method.getMethodName();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getBeanFactory().containsSingleton(AnnotationConfigUtils.CONFIGURATION_BEAN_NAME_GENERATOR)) {
            context.getBeanFactory()
                    .registerSingleton(AnnotationConfigUtils.CONFIGURATION_BEAN_NAME_GENERATOR, INSTANCE);
        }
    }
}
