package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * "Who saw this person?": a search, a household, a page of the 差分 and a read of the event feed are each recorded
 * with what was asked and every person returned, and the auditor's query by one 宛名番号 finds them among the
 * others; the subject lists are covered by the hash chain.
 */
class AuditSubjectsTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String auditor;
    private String base;
    private List<String> family;
    private String household;
    private String before;

    @BeforeEach
    void aFamilyOfThree() {
        tenant = newTenantCode();
        tenants.register(tenant, "監査市", "カンサシ");
        api = api();
        clerk = api.token(tenant, "resident-registry:clerk", "events:reader");
        auditor = api.token(tenant, "auditor");
        base = "/api/resident-registry/v1/tenants/" + tenant;
        before = java.time.Instant.now().minusSeconds(1).toString();
        ApiClient.Response r = api.post(
                base + "/move-ins",
                clerk,
                """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"監査市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"7番8号"},
                 "members":[
                  {"shimei":{"shimei":"監査　太郎","shimei_furigana":"カンサ　タロウ"},"seinengappi":"1980-01-01","seibetsu":"1","zokugara":"世帯主"},
                  {"shimei":{"shimei":"監査　花子","shimei_furigana":"カンサ　ハナコ"},"seinengappi":"1982-02-02","seibetsu":"2","zokugara":"妻"},
                  {"shimei":{"shimei":"監査　次郎","shimei_furigana":"カンサ　ジロウ"},"seinengappi":"2015-03-03","seibetsu":"1","zokugara":"子"}]}""".formatted(tenant),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        family = new ArrayList<>();
        r.json().get("residents").forEach(p -> family.add(p.get("atenabango").asString()));
        household = r.json().get("setaibango").asString();
    }

    private JsonNode get(String token, String path) {
        ApiClient.Response r = api.get(path, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The audit records naming {@code atenabango} whose purpose is {@code purpose}, newest first. */
    private List<JsonNode> recordsOf(String atenabango, String purpose) {
        List<JsonNode> out = new ArrayList<>();
        get(auditor, "/api/platform/v1/tenants/" + tenant + "/audit-records?size=100&subject=" + atenabango)
                .get("items")
                .forEach(r -> {
                    if (r.get("purpose").asString().equals(purpose)) {
                        out.add(r);
                    }
                });
        return out;
    }

    private static List<String> subjects(JsonNode record) {
        List<String> out = new ArrayList<>();
        record.get("subjects").forEach(s -> out.add(s.asString()));
        return out;
    }

    @Test
    void aSearchIsRecordedWithItsCriteriaAndEveryPersonReturned() {
        String jusho = URLEncoder.encode("本町7番", StandardCharsets.UTF_8);
        assertThat(get(clerk, base + "/residents?jusho=" + jusho).get("items")).hasSize(3);
        for (String person : family) {
            List<JsonNode> found = recordsOf(person, "住民の検索");
            assertThat(found)
                    .as("the search is found by each person it returned")
                    .hasSize(1);
            assertThat(subjects(found.get(0))).containsExactlyInAnyOrderElementsOf(family);
            assertThat(found.get(0).get("detail").asString())
                    .contains("jusho=本町7番")
                    .contains("subjects=3");
        }
    }

    @Test
    void theHouseholdAndEachPageOfTheChangesAreRecordedWithEveryPersonReturned() {
        get(clerk, base + "/households/" + household);
        String since = URLEncoder.encode(before, StandardCharsets.UTF_8);
        get(clerk, base + "/changes?size=2&page=0&since=" + since);
        get(clerk, base + "/changes?size=2&page=1&since=" + since);
        for (String person : family) {
            assertThat(subjects(recordsOf(person, "世帯の照会").get(0))).containsExactlyInAnyOrderElementsOf(family);
            List<JsonNode> pages = recordsOf(person, "差分の提供");
            assertThat(pages).as("the one page that returned " + person).hasSize(1);
            assertThat(subjects(pages.get(0))).contains(person);
        }
        assertThat(recordsOf(family.get(0), "差分の提供").get(0).get("detail").asString())
                .contains("since=")
                .contains("page=0");
    }

    @Test
    void aReadOfTheEventFeedIsRecordedWithEveryPersonItsEventsName() {
        String feed = "/api/platform/v1/tenants/" + tenant + "/events?limit=500";
        Await.await(() -> get(clerk, feed).get("items").size() >= 3);
        for (String person : family) {
            List<JsonNode> reads = recordsOf(person, "イベントフィードの提供");
            assertThat(reads).isNotEmpty();
            assertThat(subjects(reads.get(0))).containsExactlyInAnyOrderElementsOf(family);
            assertThat(reads.get(0).get("business").asString()).isEqualTo("platform");
        }
    }

    @Test
    void aSubjectRemovedFromARecordBehindTheApplicationsBackBreaksTheChain() {
        get(clerk, base + "/households/" + household);
        String verify = "/api/platform/v1/tenants/" + tenant + "/audit-chain-verification";
        assertThat(get(auditor, verify).get("valid").asBoolean()).isTrue();
        long sequence = recordsOf(family.get(2), "世帯の照会").get(0).get("sequence").asLong();
        jdbc.execute("ALTER TABLE platform.audit_subject DISABLE TRIGGER audit_subject_append_only");
        try {
            jdbc.update(
                    "DELETE FROM platform.audit_subject WHERE tenant_code = ? AND sequence = ? AND subject = ?",
                    tenant,
                    sequence,
                    family.get(2));
        } finally {
            jdbc.execute("ALTER TABLE platform.audit_subject ENABLE TRIGGER audit_subject_append_only");
        }
        JsonNode broken = get(auditor, verify);
        assertThat(broken.get("valid").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
        assertThat(recordsOf(family.get(2), "世帯の照会"))
                .as("the person was taken out of the record")
                .isEmpty();
    }
}
