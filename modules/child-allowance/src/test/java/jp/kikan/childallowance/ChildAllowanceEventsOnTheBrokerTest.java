package jp.kikan.childallowance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import kikan.testsupport.CityApiTest;
import kikan.testsupport.EventContract;
import kikan.testsupport.RequiresBroker;
import kikan.testsupport.TestBroker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events on a broker, one exchange per business (issue 13, item 4; ADR 0024): the 認定 of a 児童手当 goes to {@code
 * kikan.child-allowance} with routing key {@code ChildAllowanceGranted} and the payload of {@code
 * specs/child-allowance/events.yaml}, while the 転入 it starts from goes to the registry's exchange, not this one.
 *
 * <p>Against the real broker ({@link TestBroker}), skipped with the reason when none answers; the module's one test
 * with the broker on, so its Spring context is its own.
 */
@RequiresBroker
@TestPropertySource(
        properties = "kikan.events.amqp.url=${" + TestBroker.URL_VARIABLE + ":" + TestBroker.DEFAULT_URL + "}")
class ChildAllowanceEventsOnTheBrokerTest extends CityApiTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Autowired
    JsonMapper json;

    @BeforeEach
    void newCity() {
        openCity("child-allowance", "resident-registry:clerk", "child-allowance:clerk");
    }

    @Test
    void aBenefitEventGoesToItsBusinessExchangeRoutedByItsTypeAndNotToTheRegistrys() {
        try (TestBroker allowanceVendor = TestBroker.subscribe("kikan.child-allowance", "#");
                TestBroker registryVendor = TestBroker.subscribe("kikan.resident-registry", "#")) {
            JsonNode household = created(registry + "/move-ins", """
                    {"idoymd":"2026-04-20","todokedeymd":"2026-04-22","tennyumae_jusho":"千葉県千葉市中央区中央1番1号",
                     "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"試験市",
                              "jusho_choaza":"本町一丁目","jusho_banchigohyoki":"2番3号"},
                     "members":[
                      {"shimei":{"shimei":"手当　一郎","shimei_furigana":"テアテ　イチロウ"},"seinengappi":"1984-02-02","seibetsu":"1","zokugara":"世帯主"},
                      {"shimei":{"shimei":"手当　三太","shimei_furigana":"テアテ　サンタ"},"seinengappi":"2024-09-15","seibetsu":"1","zokugara":"子"}]}""".formatted(tenant));
            String parent = household.get("residents").get(0).get("atenabango").asString();
            String child = household.get("residents").get(1).get("atenabango").asString();
            String path = allowance + "/entitlements/"
                    + created(allowance + "/entitlements", """
                                    {"jukyusha_atenabango":"%s","seikyu_ymd":"2026-05-01","jido":[{"atenabango":"%s"}]}""".formatted(parent, child))
                            .get("id")
                            .asString();
            changed(path + "/decisions", path, "{\"kekka\":\"nintei\",\"ketteiymd\":\"2026-05-10\"}");

            List<TestBroker.Received> granted = allowanceVendor.await(this::ofThisTenant, 1, LIMIT);
            assertThat(granted).singleElement().satisfies(m -> {
                assertThat(m.routingKey()).isEqualTo("ChildAllowanceGranted");
                assertThat(m.header("kikan-business")).isEqualTo("child-allowance");
                JsonNode body = json.readTree(m.body());
                assertThat(body.get("atenabango").asString()).isEqualTo(parent);
                assertThat(EventContract.violations("child-allowance", m.routingKey(), body))
                        .as(m.body())
                        .isEmpty();
            });
            assertThat(registryVendor.await(this::ofThisTenant, 2, LIMIT))
                    .extracting(TestBroker.Received::routingKey)
                    .containsOnly("ResidentMovedIn")
                    .hasSize(2);
        }
    }

    private boolean ofThisTenant(TestBroker.Received m) {
        return tenant.equals(m.header("kikan-tenant"));
    }
}
