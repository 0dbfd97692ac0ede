package jp.kikan.app;

import jp.kikan.KikanApplication;
import jp.kikan.platform.tenant.TenantDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the application tests: the whole application on a random port against real PostgreSQL (the JVM's
 * local one unless KIKAN_DB_URL is set), one shared context for every test class.
 */
@SpringBootTest(classes = KikanApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestEventListeners.class, InboxTestConsumers.class})
abstract class IntegrationTest {

    /** The demo city. */
    static final String DEMO = "139998";
    /** 千代田区, registered by the tests. */
    static final String CHIYODA = "131016";
    /** 札幌市, registered by the tests. */
    static final String SAPPORO = "011002";

    /** The codes handed out in this JVM: two tests must never share a tenant they expect to be empty. */
    private static final java.util.Set<String> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A tenant code of its own for a test class that writes (audit chains, overrides), so the tests also pass
     * again and again against a persistent database given by KIKAN_DB_URL. Valid check digit; municipality
     * part 900–999, which few real municipalities use; never the same code twice in one test JVM.
     */
    static String newTenantCode() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            String code = jp.kikan.platform.identifier.LocalGovernmentCode.fromFiveDigits(
                            String.format("%02d%03d", 1 + random.nextInt(47), 900 + random.nextInt(100)))
                    .value();
            if (HANDED_OUT.add(code)) {
                return code;
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    TenantDirectory tenants;

    ApiClient api() {
        tenants.register(CHIYODA, "千代田区", "チヨダク");
        tenants.register(SAPPORO, "札幌市", "サッポロシ");
        return new ApiClient(port);
    }
}
