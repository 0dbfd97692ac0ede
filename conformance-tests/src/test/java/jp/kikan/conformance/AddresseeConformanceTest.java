package jp.kikan.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import jp.kikan.conformance.harness.ApiClient;
import jp.kikan.conformance.harness.ApiResponse;
import jp.kikan.conformance.harness.ConformanceTarget;
import jp.kikan.conformance.harness.Requirement;
import jp.kikan.conformance.harness.RequirementKind;
import org.junit.jupiter.api.Test;

/** 住登外者宛名番号管理 (業務 031): numbering with a search first, in a pool apart from 住民宛名番号. */
class AddresseeConformanceTest {

    private static final String DEMO = ConformanceTarget.DEMO_TENANT;
    private static final String BASE = "/api/addressee/v1/tenants/" + DEMO;

    private final ApiClient clerk = ConformanceTarget.current().as("at-clerk", DEMO, "addressee:clerk");

    private ApiResponse number(String shorikubun, String name) {
        return clerk.post(
                BASE + "/non-residents",
                "{\"shorikubun\":\"" + shorikubun + "\",\"shimei\":\"" + name
                        + "\",\"seinengappi\":\"1970-01-01\",\"seibetsu\":\"2\",\"jusho\":\"大阪府堺市堺区南瓦町3番1号\"}",
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }

    @Test
    @Requirement(id = "0310001", title = "住登外者宛名番号の付番", business = "addressee", kind = RequirementKind.MANDATORY)
    void aNonResidentGetsANumber() {
        String name = "登外　" + uniqueGivenName();
        ApiResponse r = number("0", name);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.jsonBody().path("atenabango").asString()).matches("8\\d{14}");
    }

    @Test
    @Requirement(id = "0310005", title = "住登外者の検索", business = "addressee", kind = RequirementKind.MANDATORY)
    void theSamePersonIsFoundInsteadOfNumberedTwice() {
        String name = "重複　" + uniqueGivenName();
        String number = number("0", name).jsonBody().path("atenabango").asString();
        ApiResponse again = number("0", name);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.jsonBody().path("shorikekka").asString()).isEqualTo("KOHO_ARI");
        assertThat(again.body()).contains(number);
    }

    @Test
    @Requirement(id = "AT-0001", title = "番号の重複なし", business = "addressee", kind = RequirementKind.MANDATORY)
    void residentAndNonResidentNumbersDoNotOverlap() {
        String number = number("2", "別人　" + uniqueGivenName())
                .jsonBody()
                .path("atenabango")
                .asString();
        ApiResponse resident = ConformanceTarget.current()
                .as("at-rr", DEMO, "resident-registry:clerk")
                .get("/api/resident-registry/v1/tenants/" + DEMO + "/residents/" + number);
        assertThat(resident.status()).isEqualTo(404);
        assertThat(clerk.get(BASE + "/addressees/" + number)
                        .jsonBody()
                        .path("kubun")
                        .asString())
                .isEqualTo("JUTOGAI");
    }

    /** A full-width given name unique to this run, so the suite can run again on the same deployment. */
    private static String uniqueGivenName() {
        String digits = Long.toString(System.nanoTime() % 100_000_000L);
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append((char) ('０' + (c - '0')));
        }
        return out.toString();
    }
}
