package kikan.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of a module's integration tests (ADR 0021): the {@link ModuleTestApplication} on a random port against real
 * PostgreSQL (the test JVM's own throwaway server unless {@code KIKAN_DB_URL} is set), with the application's
 * configuration and the {@code test} profile, and the changelogs of the modules on the class path.
 *
 * <p>One Spring context per test JVM: every test class of a module extends this class and adds no configuration of
 * its own (no {@code @Import}, {@code @MockitoBean}, {@code @DirtiesContext}, other profiles or properties), so the
 * context is started once and shared.
 */
@SpringBootTest(
        classes = ModuleTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.location=classpath:/kikan/testsupport/app/,optional:classpath:/",
            "spring.liquibase.change-log=classpath:kikan/testsupport/db.changelog-modules.yaml"
        })
@ActiveProfiles("test")
public abstract class ModuleIntegrationTest extends ApiTestBase {}
