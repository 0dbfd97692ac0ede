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

    /** The JSON of an address in this city (試験市, 町字 0001001): {@code choaza} {@code banchi}. */
    protected String address(String choaza, String banchi) {
        return """
                {"jusho_shikuchosonkodo":"%s","jusho_choazakodo":"0001001","jusho_todofuken":"東京都",
                 "jusho_shikugunchosonmei":"試験市","jusho_choaza":"%s","jusho_banchigohyoki":"%s"}""".formatted(tenant, choaza, banchi);
    }

    /** 宛名番号 of the {@code i}-th person of a 異動's result. */
    protected static String id(JsonNode ido, int i) {
        return ido.get("residents").get(i).get("atenabango").asString();
    }

    /**
     * A birth in {@code household} (a 異動's result), reported on {@code reported}, of {@code name} ({@code furigana}),
     * born on {@code birthDate}, of {@code sex} (1, 2), as a 子; its 宛名番号.
     */
    protected String born(
            JsonNode household, String reported, String name, String furigana, String birthDate, String sex) {
        JsonNode birth = created(registry + "/births", """
                {"todokedeymd":"%s","setaibango":"%s",
                 "person":{"shimei":{"shimei":"%s","shimei_furigana":"%s"},"seinengappi":"%s",
                           "seibetsu":"%s","zokugara":"子"}}""".formatted(
                        reported, household.get("setaibango").asString(), name, furigana, birthDate, sex));
        return id(birth, 0);
    }

    /** A DV等支援措置 of {@code atenabango} ({@code body}), applied by staff of support measures: it must answer 201. */
    protected void supportMeasure(String atenabango, String body) {
        ApiClient.Response measure = api.post(
                registry + "/residents/" + atenabango + "/support-measures",
                api.token(tenant, "resident-registry:support-measures"),
                body,
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(measure.status()).as(measure.body()).isEqualTo(201);
    }

    /**
     * A DV等支援措置 for 児童虐待等 of the child {@code child} of {@code family} from {@code from}, whose 申出 names the
     * parent {@code parent} who fled with the child (併せて支援を求める者).
     */
    protected void childSupportedWithParent(JsonNode family, int child, int parent, String from) {
        supportMeasure(
                id(family, child),
                "{\"kubun\":\"JIDO_GYAKUTAI\",\"kaishi_ymd\":\"" + from + "\",\"awasete_shien_atenabango\":[\""
                        + id(family, parent) + "\"]}");
    }

    /** The first 支払通知書 of the run of {@code month}: it must show no address (住所秘匿). */
    protected JsonNode noticeWithoutAddress(String month) {
        JsonNode notice =
                get(allowance + "/payment-runs/" + month + "/notices").json().get(0);
        assertThat(notice.get("jusho_hitoku").asBoolean()).isTrue();
        assertThat(notice.has("jusho")).isFalse();
        return notice;
    }
}
