package kikan.testsupport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import jp.kikan.platform.identifier.LocalGovernmentCode;
import jp.kikan.platform.tenant.TenantDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every integration test over HTTP needs, whichever application it boots ({@link ModuleIntegrationTest} for a
 * module, {@code IntegrationTest} of {@code modules/app} for the whole application): the port, the tenants, tenant
 * codes of its own and the {@link ApiClient}.
 */
public abstract class ApiTestBase {

    /** The demo city. */
    public static final String DEMO = "139998";
    /** 千代田区, registered by the tests. */
    public static final String CHIYODA = "131016";
    /** 札幌市, registered by the tests. */
    public static final String SAPPORO = "011002";

    /** The codes handed out in this JVM: two tests must never share a tenant they expect to be empty. */
    private static final Set<String> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /**
     * A tenant code of its own for a test class that writes (audit chains, overrides), so the tests also pass
     * again and again against a persistent database given by KIKAN_DB_URL. Valid check digit; municipality
     * part 900–999, which few real municipalities use; never the same code twice in one test JVM.
     */
    public static String newTenantCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String code = LocalGovernmentCode.fromFiveDigits(
                            String.format("%02d%03d", 1 + random.nextInt(47), 900 + random.nextInt(100)))
                    .value();
            if (HANDED_OUT.add(code)) {
                return code;
            }
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected TenantDirectory tenants;

    protected ApiClient api() {
        tenants.register(CHIYODA, "千代田区", "チヨダク");
        tenants.register(SAPPORO, "札幌市", "サッポロシ");
        return new ApiClient(port);
    }

    /** A 試算 ({@code body}) of {@code business} in the demo city, by staff holding {@code role}. */
    protected ApiClient.Response simulated(String business, String role, String body) {
        ApiClient api = api();
        return api.post("/api/" + business + "/v1/tenants/" + DEMO + "/simulations", api.token(DEMO, role), body);
    }
}
