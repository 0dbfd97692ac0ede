package jp.kikan.conformance.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.kikan.conformance.harness.ApiClient;
import jp.kikan.conformance.harness.ApiResponse;
import jp.kikan.conformance.harness.ConformanceTarget;
import jp.kikan.conformance.harness.Requirement;
import jp.kikan.conformance.harness.RequirementKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 住民記録: search and 照会 against the demo municipality's registry. */
class ResidentRegistryConformanceTest {

    private static final String DEMO = ConformanceTarget.DEMO_TENANT;
    private static final String BASE = "/api/resident-registry/v1/tenants/" + DEMO;

    private final ApiClient clerk = ConformanceTarget.current().as("rr-clerk", DEMO, "resident-registry:clerk");

    private JsonNode firstResident() {
        ApiResponse r = clerk.get(BASE + "/residents?size=1");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.jsonBody().path("items").get(0);
    }

    @Test
    @Requirement(id = "RR-0001", title = "氏名検索", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void searchByNameFindsTheSamePeopleInKanjiKanaAndOldForms() {
        JsonNode someone = firstResident();
        String kana = someone.path("shimei").path("shimei_furigana").asString().split("　")[0];
        long byKatakana = total("shimei=" + enc(kana));
        long byHalfWidth = total("shimei="
                + enc(java.text.Normalizer.normalize(kana, java.text.Normalizer.Form.NFKC)
                        .chars()
                        .mapToObj(c -> String.valueOf((char) (c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c)))
                        .reduce("", String::concat)));
        assertThat(byKatakana).isPositive();
        assertThat(byHalfWidth).as("ひらがなでも同じ件数").isEqualTo(byKatakana);
    }

    @Test
    @Requirement(id = "RR-0002", title = "住民照会", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aResidentIsReadByAddresseeNumberWithTheStandardItemNames() {
        String atenabango = firstResident().path("atenabango").asString();
        ApiResponse r = clerk.get(BASE + "/residents/" + atenabango);
        assertThat(r.status()).isEqualTo(200);
        JsonNode resident = r.jsonBody();
        assertThat(resident.path("seinengappi").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(resident.path("jusho").has("jusho_choazakodo")).isTrue();
    }

    @Test
    @Requirement(id = "RR-0003", title = "世帯照会", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void aHouseholdListsItsMembersHeadFirst() {
        String setaibango = firstResident().path("setaibango").asString();
        ApiResponse r = clerk.get(BASE + "/households/" + setaibango);
        assertThat(r.status()).isEqualTo(200);
        JsonNode members = r.jsonBody().path("members");
        assertThat(members.get(0).path("setainushi").asBoolean()).isTrue();
        assertThat(members.get(0).path("atenabango").asString())
                .isEqualTo(r.jsonBody().path("setainushi_atenabango").asString());
    }

    @Test
    @Requirement(id = "RR-0004", title = "照会の監査", business = "resident-registry", kind = RequirementKind.MANDATORY)
    void everyReadOfAResidentIsAudited() {
        String atenabango = firstResident().path("atenabango").asString();
        clerk.get(BASE + "/residents/" + atenabango);
        ApiResponse audit = ConformanceTarget.current()
                .as("rr-auditor", DEMO, "auditor")
                .get("/api/platform/v1/tenants/" + DEMO + "/audit-records?subject=" + atenabango + "&actor=rr-clerk");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.jsonBody().path("items").size()).isGreaterThanOrEqualTo(1);
    }

    private long total(String query) {
        ApiResponse r = clerk.get(BASE + "/residents?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.jsonBody().path("page").path("totalElements").asLong();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
