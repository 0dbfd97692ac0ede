package kikan.testsupport;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * The application a module test boots (ADR 0021): every Kikan module on the test class path, that is the module under
 * test and the modules it depends on (platform, resident registry, benefit … as its pom says), with the web stack,
 * JPA, Liquibase and the event outbox, as the whole application would run them. Nothing is listed by hand: what the
 * module's Maven dependencies bring is what starts.
 *
 * <p>It lives outside {@code jp.kikan} on purpose: the application's own scan of {@code jp.kikan} never finds it, and
 * Spring Modulith does not take this package for a module. Components are named by their fully qualified class, as
 * the application names them (ADR 0018), so two modules' classes of one simple name cannot clash here either.
 */
@SpringBootApplication(scanBasePackages = "jp.kikan", nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@AutoConfigurationPackage(basePackages = "jp.kikan")
public class ModuleTestApplication {}
