package kikan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Base of a business's HTTP tests in a city of their own: a new tenant per test ({@link #openCity}), a clerk's token
 * with the roles the test names, the registry's and the business's base paths, and the requests every such test
 * makes — a POST with a fresh {@code Idempotency-Key}, a 201, a 200, and a change with the current ETag. It adds no
 * configuration, so the module's one Spring context is shared (ADR 0021).
 */
public abstract class CityApiTest extends ModuleIntegrationTest {

    protected String tenant;
    protected ApiClient api;
    protected String clerk;
    /** {@code /api/resident-registry/v1/tenants/{tenant}}. */
    protected String registry;
    /** {@code /api/<business>/v1/tenants/{tenant}}. */
    protected String allowance;

    /** A new city (試験市) for {@code business}, with a clerk holding {@code roles}. */
    protected void openCity(String business, String... roles) {
        tenant = newTenantCode();
        tenants.register(tenant, "試験市", "シケンシ");
        api = api();
        clerk = api.token(tenant, roles);
        registry = "/api/resident-registry/v1/tenants/" + tenant;
        allowance = "/api/" + business + "/v1/tenants/" + tenant;
    }

    /** A POST by the clerk with a fresh Idempotency-Key (and {@code headers}). */
    protected ApiClient.Response post(String path, String body, String... headers) {
        List<String> all =
                new ArrayList<>(List.of("Idempotency-Key", UUID.randomUUID().toString()));
        all.addAll(List.of(headers));
        return api.post(path, clerk, body, all.toArray(String[]::new));
    }

    /** A POST that must answer 201; its body. */
    protected JsonNode created(String path, String body) {
        ApiClient.Response r = post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** A GET that must answer 200. */
    protected ApiClient.Response get(String path) {
        ApiClient.Response r = api.get(path, clerk);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    /** A change with {@code If-Match} of the resource at {@code etagOf}, which must answer 200 or 201; its body. */
    protected JsonNode changed(String path, String etagOf, String body) {
        ApiClient.Response r = post(path, body, "If-Match", get(etagOf).header("ETag"));
        assertThat(r.status()).as(r.body()).isBetween(200, 201);
        return r.json();
    }
}
