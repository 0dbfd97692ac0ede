package jp.kikan.residentregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kikan.testsupport.ApiClient;
import kikan.testsupport.Await;
import kikan.testsupport.ModuleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;

/**
 * Events on a broker are off unless configured (issue 13, item 4; ADR 0024): with neither {@code KIKAN_AMQP_URL} nor
 * {@code spring.rabbitmq.*} set, as in every other module test, no AMQP bean exists (so no connection is ever
 * attempted and health has no broker in it), and a registry change leaves no publication for an externalizer in the
 * outbox; the event reaches the event feed as before.
 */
class BrokerOffTest extends ModuleIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutABrokerConfiguredNoAmqpBeanExists() {
        assertThat(context.getBeanNamesForType(org.springframework.amqp.rabbit.connection.ConnectionFactory.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.amqp.core.AmqpTemplate.class))
                .isEmpty();
        assertThat(context.getBeanNamesForType(EventExternalizerModuleListener.class))
                .isEmpty();
        assertThat(context.getEnvironment().getProperty("kikan.events.amqp.enabled"))
                .isEqualTo("false");
    }

    @Test
    void withoutABrokerConfiguredAChangeIsInTheFeedAndNoEventIsHeldForAnExternalizer() {
        String tenant = newTenantCode();
        tenants.register(tenant, "試験市", "シケンシ");
        ApiClient api = api();
        String clerk = api.token(tenant, "resident-registry:clerk", "events:reader");
        ApiClient.Response r = api.post(
                "/api/resident-registry/v1/tenants/" + tenant + "/move-ins",
                clerk,
                """
                {"idoymd":"2026-04-01","todokedeymd":"2026-04-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"%s","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"試験市",
                          "jusho_choaza":"本町","jusho_banchigohyoki":"5番6号"},
                 "members":[{"shimei":{"shimei":"単独　花子","shimei_furigana":"タンドク　ハナコ"},"seinengappi":"1990-01-01",
                             "seibetsu":"2","zokugara":"世帯主"}]}""".formatted(tenant),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        Await.await(() -> api.get("/api/platform/v1/tenants/" + tenant + "/events", clerk)
                        .json()
                        .path("items")
                        .size()
                == 1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.event_publication
                         WHERE listener_id LIKE '%Externalizer%'
                           AND CAST(serialized_event AS jsonb) ->> 'tenantCode' = :tenant""").param("tenant", tenant).query(Long.class).single())
                .isZero();
    }
}
