package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.kikan.platform.audit.AuditLog;
import jp.kikan.platform.tenant.TenantContext;
import kikan.testsupport.ApiClient;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The registry's published reads as other businesses use them (issue 13, item 2): a run over many persons at one date
 * reads them a thousand at a time, passes over persons not on the registry then, withholds the address of a person
 * under a support measure and is one audit entry listing whom it read; the as-of answer names the 世帯主.
 */
class RegistryFacadeTest extends ModuleIntegrationTest {

    @Autowired
    ResidentRegistry registry;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private String tenant;
    private ApiClient api;
    private String clerk;
    private String base;
    private String mother;
    private String son;
    private String grandmother;

    @BeforeEach
    void aFamilyWithTheMotherUnderASupportMeasure() {
        tenant = newTenantCode();
        tenants.register(tenant, "試験市", "シケンシ");
        api = api();
        clerk = api.token(tenant, "resident-registry:clerk");
        base = "/api/resident-registry/v1/tenants/" + tenant;
        JsonNode moveIn = created(clerk, "/move-ins", """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"試験市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"7番8号"},
                 "members":[
                  {"shimei":{"shimei":"一括　花子","shimei_furigana":"イッカツ　ハナコ"},"seinengappi":"1990-01-01","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"一括　一郎","shimei_furigana":"イッカツ　イチロウ"},"seinengappi":"2018-05-05","seibetsu":"1","zokugara":"子"},
                  {"shimei":{"shimei":"一括　ハル","shimei_furigana":"イッカツ　ハル"},"seinengappi":"1960-03-03","seibetsu":"2","zokugara":"母"}]}""".formatted(tenant));
        mother = moveIn.get("residents").get(0).get("atenabango").asString();
        son = moveIn.get("residents").get(1).get("atenabango").asString();
        grandmother = moveIn.get("residents").get(2).get("atenabango").asString();
        created(
                api.token(tenant, "resident-registry:support-measures"),
                "/residents/" + mother + "/support-measures",
                "{\"kubun\":\"DV\",\"kaishi_ymd\":\"2026-04-10\"}");
    }

    @Test
    void aRunReadsManyPersonsInBatchesAsOneAuditEntry() {
        // 2,400 宛名番号 no one has, sorted before the family's, so that the family is read in the third batch.
        List<String> asked = new ArrayList<>(IntStream.range(1, 2_401)
                .mapToObj(i -> String.format("%015d", i))
                .toList());
        asked.addAll(List.of(grandmother, son, mother, son));
        List<ResidentSnapshot> read = new ArrayList<>();
        int count = TenantContext.callAs(
                tenant,
                () -> registry.forEachAsOf(asked, LocalDate.of(2026, 4, 15), Instant.now(), "当初課税（試験）", read::add));

        assertThat(count).isEqualTo(3);
        assertThat(read)
                .extracting(ResidentSnapshot::atenabango)
                .isSorted()
                .containsExactlyInAnyOrder(mother, son, grandmother);
        ResidentSnapshot restricted = read.stream()
                .filter(r -> r.atenabango().equals(mother))
                .findFirst()
                .orElseThrow();
        assertThat(restricted.restricted()).isTrue();
        assertThat(restricted.address())
                .as("the address of a person under a support measure is withheld")
                .isNull();
        assertThat(read.stream()
                        .filter(r -> r.atenabango().equals(son))
                        .findFirst()
                        .orElseThrow()
                        .address())
                .isNotNull();

        // Before the move-in no one of them is on the registry: nothing is handed over.
        assertThat(TenantContext.callAs(
                        tenant,
                        () -> registry.forEachAsOf(
                                asked, LocalDate.of(2026, 3, 31), Instant.now(), "当初課税（試験）", r -> {})))
                .isZero();

        audit.sealPending();
        List<String> entries = jdbc.queryForList(
                "SELECT coalesce(string_agg(s.subject, ',' ORDER BY s.position), '') FROM platform.audit_record r"
                        + " LEFT JOIN platform.audit_subject s ON s.tenant_code = r.tenant_code AND s.sequence = r.sequence"
                        + " WHERE r.tenant_code = ? AND r.purpose = '当初課税（試験）' GROUP BY r.sequence ORDER BY r.sequence",
                String.class,
                tenant);
        assertThat(entries).hasSize(2);
        assertThat(List.of(entries.get(0).split(","))).containsExactlyInAnyOrder(mother, son, grandmother);
        assertThat(entries.get(1)).isEmpty();
    }

    @Test
    void theAsOfAnswerNamesTheHeadOfTheHousehold() {
        ApiClient.Response r = api.get(base + "/residents/" + son + "?kijunbi=2026-04-15", clerk);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("setainushi_shimei").asString()).isEqualTo("一括　花子");
    }

    @Test
    void aSingleReadIsAuditedByItsOwnStatementOnlyWhenFoundAndNotWhenItsTransactionRollsBack() {
        // the facade outside any transaction: one statement in autocommit, its record committed with it
        assertThat(TenantContext.callAs(tenant, () -> registry.find(son, LocalDate.of(2026, 4, 15), Instant.now())))
                .hasValueSatisfying(r -> assertThat(r.address()).isNotNull());
        assertThat(TenantContext.callAs(tenant, () -> registry.find(mother, LocalDate.of(2026, 4, 15), Instant.now())))
                .hasValueSatisfying(r -> {
                    assertThat(r.restricted()).isTrue();
                    assertThat(r.address()).isNull();
                });
        // not on the registry that day: nothing read, nothing recorded
        assertThat(TenantContext.callAs(tenant, () -> registry.find(son, LocalDate.of(2026, 3, 31), Instant.now())))
                .isEmpty();
        // inside a caller's transaction that rolls back: the read did not happen for the log
        TransactionTemplate tx = new TransactionTemplate(transactions);
        TenantContext.runAs(
                tenant,
                () -> tx.executeWithoutResult(status -> {
                    assertThat(registry.find(grandmother, LocalDate.of(2026, 4, 15), Instant.now()))
                            .isPresent();
                    status.setRollbackOnly();
                }));
        // through the API: the as-of endpoint's record, with who read
        assertThat(api.get(base + "/residents/" + grandmother + "?kijunbi=2026-04-15", clerk)
                        .status())
                .isEqualTo(200);
        assertThat(api.get(base + "/residents/" + grandmother + "?kijunbi=2026-03-31", clerk)
                        .status())
                .isEqualTo(404);

        audit.sealPending();
        List<String> records = jdbc.queryForList(
                "SELECT purpose || ' ' || subject || ' ' || operation || ' ' || outcome FROM platform.audit_record"
                        + " WHERE tenant_code = ? AND purpose IN ('業務間照会', '住民の照会') ORDER BY sequence",
                String.class,
                tenant);
        assertThat(records)
                .containsExactly(
                        "業務間照会 " + son + " READ SUCCESS",
                        "業務間照会 " + mother + " READ SUCCESS",
                        "住民の照会 " + grandmother + " READ SUCCESS");
        assertThat(jdbc.queryForObject(
                        "SELECT actor FROM platform.audit_record WHERE tenant_code = ? AND purpose = '住民の照会'",
                        String.class,
                        tenant))
                .isNotBlank()
                .isNotEqualTo("system");
        // the chain still verifies over the records written by reading statements
        ApiClient.Response verified = api.get(
                "/api/platform/v1/tenants/" + tenant + "/audit-chain-verification", api.token(tenant, "auditor"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("valid").asBoolean()).as(verified.body()).isTrue();
    }

    private JsonNode created(String token, String path, String body) {
        ApiClient.Response r = api.post(
                base + path, token, body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
