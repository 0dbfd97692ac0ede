package jp.kikan.benefit.kitfixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.kikan.benefit.entitlement.EntitlementLifecycle;
import jp.kikan.benefit.entitlement.Phase;
import jp.kikan.benefit.entitlement.RevisionRecord;
import jp.kikan.benefit.kitfixture.FixtureParts.Child;
import jp.kikan.benefit.kitfixture.FixtureParts.Entitlement;
import jp.kikan.benefit.kitfixture.FixtureParts.Revision;
import jp.kikan.platform.http.EntityTags;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.tenant.TenantContext;
import jp.kikan.residentregistry.ResidentSnapshot;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The entitlement kit proven by a law built from its parts alone ({@link FixtureLaw}): a mother of one child is
 * granted; the registry's birth of a second child proposes a 額改定 the clerk confirms on a 額改定請求; the first
 * child's death stops counting it; the family's 転出 ends the 受給資格 — each step with its history, its audit and its
 * event, and the aggregate refusing what its state does not allow.
 */
@TestPropertySource(properties = "spring.liquibase.change-log=classpath:kitfixture/changelog.yaml")
class EntitlementKitTest extends ModuleIntegrationTest {

    @Autowired
    EntitlementLifecycle<Entitlement, Child, Revision> lifecycle;

    @Autowired
    FixtureLaw law;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLawOfTheKitsPartsRunsTheLifeOfAnEntitlementWithTheRegistry() {
        String tenant = newTenantCode();
        tenants.register(tenant, "試験市", "シケンシ");
        ApiClient api = api();
        String clerk = api.token(tenant, "resident-registry:clerk");
        String registry = "/api/resident-registry/v1/tenants/" + tenant;
        JsonNode family = created(api, clerk, registry + "/move-ins", """
                {"idoymd":"2026-01-05","todokedeymd":"2026-01-05","tennyumae_jusho":"神奈川県横浜市中区本町1丁目1番地",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_choazakodo":"0001001","jusho_todofuken":"東京都",
                          "jusho_shikugunchosonmei":"試験市","jusho_choaza":"桜町","jusho_banchigohyoki":"5番6号"},
                 "members":[
                  {"shimei":{"shimei":"部品　母子","shimei_furigana":"ブヒン　ボシ"},"seinengappi":"1991-03-03","seibetsu":"2","zokugara":"世帯主"},
                  {"shimei":{"shimei":"部品　一子","shimei_furigana":"ブヒン　イチコ"},"seinengappi":"2018-04-04","seibetsu":"2","zokugara":"子"}]}""".formatted(tenant));
        String mother = family.get("residents").get(0).get("atenabango").asString();
        String first = family.get("residents").get(1).get("atenabango").asString();
        String household = family.get("residents").get(0).get("setaibango").asString();

        // 認定請求 and 認定: the law's own claim, the kit's decision.
        UUID id = TenantContext.callAs(
                tenant,
                () -> transactions.execute(tx -> {
                    Entitlement e = new Entitlement(
                            mother,
                            household,
                            LocalDate.of(2026, 2, 10),
                            FixtureLaw.nextMonth(LocalDate.of(2026, 2, 10), "請求の翌月から"),
                            Instant.now());
                    e.addChild(new Child(e.nextPosition(), first, LocalDate.of(2018, 4, 4), e.start()));
                    e.log("認定請求", e.claimDate(), "認定請求を受理。", "test", Instant.now());
                    return lifecycle.claimed(e).id();
                }));
        Entitlement granted = TenantContext.callAs(
                tenant,
                () -> lifecycle.decide(
                        id,
                        new EntitlementLifecycle.Decision(true, LocalDate.of(2026, 2, 20), null),
                        EntityTags.of(lifecycle.find(id).version()),
                        e -> ""));
        assertThat(granted.phase()).isEqualTo(Phase.GRANTED);
        assertThat(granted.statusCode()).isEqualTo("NINTEI");
        assertThat(granted.start()).isEqualTo(YearMonth.of(2026, 3));

        // A second 認定 is refused by the kit; the aggregate guards its state below it.
        assertThatThrownBy(() -> TenantContext.runAs(
                        tenant,
                        () -> lifecycle.decide(
                                id,
                                new EntitlementLifecycle.Decision(true, LocalDate.of(2026, 2, 21), null),
                                EntityTags.of(lifecycle.find(id).version()),
                                e -> "")))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("既に処理されています");
        assertThatThrownBy(() -> granted.grant(LocalDate.of(2026, 2, 22), "", "test", Instant.now()))
                .isInstanceOf(IllegalStateException.class);

        // The registry's 出生 in the household: the kit's reaction proposes a 額改定 under the law's consumer name.
        JsonNode birth = created(api, clerk, registry + "/births", """
                {"todokedeymd":"2026-04-12","setaibango":"%s",
                 "person":{"shimei":{"shimei":"部品　二子","shimei_furigana":"ブヒン　ニコ"},"seinengappi":"2026-04-10",
                           "seibetsu":"1","zokugara":"子"}}""".formatted(household));
        String second = birth.get("residents").get(0).get("atenabango").asString();
        Await.await(() -> TenantContext.callAs(tenant, () -> lifecycle.proposals(10)).stream()
                .anyMatch(p -> p.revision().child().equals(second)));
        Revision proposal = TenantContext.callAs(tenant, () -> lifecycle.proposals(10)).stream()
                .filter(p -> p.revision().child().equals(second))
                .findFirst()
                .orElseThrow()
                .revision();
        assertThat(proposal.state()).isEqualTo(RevisionRecord.State.TEIAN);
        assertThat(proposal.sourceEvent()).isNotNull();

        // Confirmed on the 額改定請求 of 2026-04-20: counted from May, by the law's month.
        Entitlement raised = TenantContext.callAs(
                tenant,
                () -> lifecycle.answer(
                        id,
                        proposal.id(),
                        new EntitlementLifecycle.ProposalAnswer(false, null, LocalDate.of(2026, 4, 20)),
                        EntityTags.of(lifecycle.find(id).version()),
                        "kekka",
                        new EntitlementLifecycle.ChildEntry<>() {
                            @Override
                            public Child enter(Entitlement e, String field, ResidentSnapshot child, YearMonth from) {
                                return new Child(e.nextPosition(), child.atenabango(), child.birthDate(), from);
                            }
                        }));
        assertThat(raised.openChildren()).extracting(Child::atenabango).containsExactly(first, second);
        assertThat(raised.openChild(second).orElseThrow().from()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(raised.revision(proposal.id()).orElseThrow().state()).isEqualTo(RevisionRecord.State.KAKUTEI);

        // The family moves out on 2026-06-30: the kit ends the 受給資格 through June under the law's name of an end.
        String members = "\"" + mother + "\",\"" + first + "\",\"" + second + "\"";
        created(api, clerk, registry + "/move-outs", """
                {"todokedeymd":"2026-06-15","tenshutsu_yotei_ymd":"2026-06-30",
                 "tenshutsusaki_jusho":"大阪府大阪市北区中之島一丁目3番20号","members":[%s]}""".formatted(members));
        created(
                api,
                clerk,
                registry + "/move-out-confirmations",
                "{\"idoymd\":\"2026-06-30\",\"members\":[" + members + "]}");
        Await.await(() -> TenantContext.callAs(tenant, () -> lifecycle.find(id)).is(Phase.ENDED));
        Entitlement ended = TenantContext.callAs(tenant, () -> lifecycle.find(id));
        assertThat(ended.statusCode()).isEqualTo("SOSHITSU");
        assertThat(ended.end()).isEqualTo(YearMonth.of(2026, 6));
        assertThat(ended.endReason()).isEqualTo("TENSHUTSU");
        List<String> steps = new ArrayList<>();
        ended.history().forEach(h -> steps.add(h.kind() + ":" + h.text()));
        assertThat(steps)
                .containsExactly(
                        "認定請求:認定請求を受理。",
                        "認定:受給資格を認定。2026-03分から支給。",
                        "額改定の提案:世帯に児童（" + second + "）が出生。額改定請求を受けて確定してください。",
                        "額改定（増額）:児童（" + second + "）を2026-05分から対象とする。請求の翌月から",
                        "資格喪失:受給資格を喪失（受給者の転出（住民記録による））。事由の月まで");

        // Each step published the law's event (through the outbox into the tenant's feed), and the registry's events
        // were handled once under the law's consumer name.
        Await.await(() -> feed(id).size() == 3);
        assertThat(feed(id)).containsExactly("Granted:kit-fixture", "Revised:kit-fixture", "Ended:kit-fixture");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM platform.event_inbox WHERE tenant_code = ? AND consumer = ?",
                        Long.class,
                        tenant,
                        law.consumer()))
                .isGreaterThanOrEqualTo(2L);
    }

    private List<String> feed(UUID entitlement) {
        return jdbc.queryForList(
                "SELECT type || ':' || business FROM platform.event_feed WHERE payload->>'entitlementId' = ?"
                        + " ORDER BY position",
                String.class,
                entitlement.toString());
    }

    private static JsonNode created(ApiClient api, String token, String path, String body) {
        ApiClient.Response r =
                api.post(path, token, body, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
