package jp.kikan.app;

import jp.kikan.KikanApplication;
import kikan.testsupport.ApiTestBase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the application tests: the whole application on a random port against real PostgreSQL (the JVM's
 * local one unless KIKAN_DB_URL is set), one shared context for every test class. A module's own tests boot the
 * module instead ({@code kikan.testsupport.ModuleIntegrationTest}, ADR 0021); the tenants, codes and client are
 * the same ({@link ApiTestBase}).
 */
@SpringBootTest(classes = KikanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestEventListeners.class, InboxTestConsumers.class})
abstract class IntegrationTest extends ApiTestBase {}
