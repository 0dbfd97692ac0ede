package jp.kikan.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import kikan.testsupport.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal is a problem document (RFC 9457, {@code application/problem+json}) in Japanese naming the parameter
 * where there is one, whoever refuses: a contract constraint, Tomcat before any filter, Spring Security's firewall,
 * Spring Boot's error dispatch, Spring MVC. A client's mistake is never a 5xx and never an ERROR in the log (issue 21,
 * defect 5).
 */
class ProblemDocumentsTest extends IntegrationTest {

    private static final String RESIDENTS = "/api/resident-registry/v1/tenants/" + DEMO + "/residents";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void watchTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void nothingWasLoggedAsAnError() {
        root.detachAppender(log);
        // the deployment's scheduled jobs log from their own threads: the audit anchorer rightly reports, as an
        // ERROR, the chains AuditTamperingTest broke on purpose, whenever its turn falls within one of these tests
        assertThat(log.list)
                .as("ERROR lines logged while answering client mistakes")
                .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)
                        && !e.getThreadName().startsWith("scheduling-"));
    }

    // --- contract constraints on query and path parameters (checked against the contract by ApiClient) ---

    @Test
    void aPageSizeAboveTheContractsMaximumNamesSize() {
        ApiClient api = api();
        ApiClient.Response r = api.get(RESIDENTS + "?size=500", api.token(DEMO, "resident-registry:clerk"));
        assertInvalidParameter(r, "size", "max");
    }

    @Test
    void aNegativePageNamesPage() {
        ApiClient api = api();
        ApiClient.Response r = api.get(RESIDENTS + "?page=-1", api.token(DEMO, "resident-registry:clerk"));
        assertInvalidParameter(r, "page", "min");
    }

    @Test
    void aJuminhyocodeThatIsNotElevenDigitsNamesJuminhyocode() {
        ApiClient api = api();
        ApiClient.Response r = api.get(RESIDENTS + "?juminhyocode=abc", api.token(DEMO, "resident-registry:clerk"));
        assertInvalidParameter(r, "juminhyocode", "pattern");
    }

    @Test
    void anAtenabangoOfSixteenDigitsInThePathNamesAtenabango() {
        ApiClient api = api();
        ApiClient.Response r = api.get(RESIDENTS + "/1234567890123456", api.token(DEMO, "resident-registry:clerk"));
        assertInvalidParameter(r, "atenabango", "pattern");
    }

    @Test
    void anEventFeedLimitAboveTheContractsMaximumNamesLimit() {
        ApiClient api = api();
        ApiClient.Response r =
                api.get("/api/platform/v1/tenants/" + DEMO + "/events?limit=100000", api.token(DEMO, "events:reader"));
        assertInvalidParameter(r, "limit", "max");
    }

    // --- refused by Tomcat before any filter or servlet ---

    @Test
    void rawUtf8InTheQueryAsCurlSendsItIsAProblemNotTomcatsHtmlPage() {
        ApiClient api = api();
        RawHttp.Response r = RawHttp.get(
                port,
                RESIDENTS + "?shimei=たかはし",
                "Authorization",
                "Bearer " + api.token(DEMO, "resident-registry:clerk"));
        assertProblem(r, 400, "malformed-request");
        assertThat(r.json().get("detail").asString()).contains("パーセントエンコード");
        assertThat(r.json().get("requestId").asString()).isEqualTo(r.header("X-Request-Id"));
    }

    @Test
    void anEncodedSlashInThePathIsAProblem() {
        ApiClient api = api();
        RawHttp.Response r = RawHttp.get(
                port, RESIDENTS + "/12%2F34", "Authorization", "Bearer " + api.token(DEMO, "resident-registry:clerk"));
        assertProblem(r, 400, "malformed-request");
    }

    @Test
    void anEncodedNulInThePathIsAProblem() {
        ApiClient api = api();
        RawHttp.Response r = RawHttp.get(
                port, RESIDENTS + "/12%0034", "Authorization", "Bearer " + api.token(DEMO, "resident-registry:clerk"));
        assertProblem(r, 400, "malformed-request");
    }

    // --- refused by Spring Security's firewall ---

    @Test
    void aDotDotSegmentIsAProblemNotSpringBootsErrorJson() {
        ApiClient api = api();
        RawHttp.Response r = RawHttp.get(
                port,
                RESIDENTS + "/../../../../platform/v1/tenants/" + DEMO + "/audit-records",
                "Authorization",
                "Bearer " + api.token(DEMO, "auditor"));
        assertProblem(r, 400, "invalid-url");
        assertThat(r.json().get("instance").asString()).contains("/../");
    }

    // --- Spring Boot's error path, Spring Security's entry points, Spring MVC ---

    @Test
    void springBootsErrorPathIsAProblem() {
        assertProblem(RawHttp.get(port, "/error"), 404, "not-found");
    }

    @Test
    void withoutATokenAndWithoutTheRoleTheRefusalsAreProblems() {
        ApiClient api = api();
        assertProblem(RawHttp.get(port, RESIDENTS), 401, "unauthorized");
        assertProblem(
                RawHttp.get(port, RESIDENTS, "Authorization", "Bearer " + api.token(DEMO, "child-allowance:clerk")),
                403,
                "forbidden");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        ApiClient api = api();
        RawHttp.Response r = RawHttp.get(
                port,
                "/api/resident-registry/v1/tenants/" + DEMO + "/no-such-resource",
                "Authorization",
                "Bearer " + api.token(DEMO, "resident-registry:clerk"));
        assertProblem(r, 404, "not-found");
    }

    @Test
    void anUnsupportedMethodIsAProblem() {
        ApiClient api = api();
        RawHttp.Response r = RawHttp.send(
                port,
                "DELETE",
                RESIDENTS,
                null,
                "Authorization",
                "Bearer " + api.token(DEMO, "resident-registry:clerk"));
        assertProblem(r, 405, "method-not-allowed");
    }

    @Test
    void anUnacceptableMediaTypeIsAProblemAnyway() {
        ApiClient api = api();
        RawHttp.Response r = RawHttp.get(
                port,
                RESIDENTS,
                "Authorization",
                "Bearer " + api.token(DEMO, "resident-registry:clerk"),
                "Accept",
                "text/csv");
        assertProblem(r, 406, "not-acceptable");
    }

    @Test
    void anUnsupportedContentTypeIsAProblem() {
        ApiClient api = api();
        RawHttp.Response r = RawHttp.send(
                port,
                "POST",
                "/api/resident-registry/v1/tenants/" + DEMO + "/move-ins",
                "idoymd=2026-11-01",
                "Authorization",
                "Bearer " + api.token(DEMO, "resident-registry:clerk"),
                "Content-Type",
                "text/plain");
        assertProblem(r, 415, "unsupported-media-type");
    }

    // --- unknown fields in a request body ---

    @Test
    void anUnknownFieldInABodyIsRefusedNamingIt() {
        ApiClient api = api();
        ApiClient.Response r = api.post(
                "/api/platform/v1/tenants/" + DEMO + "/parameter-overrides",
                api.token(DEMO, "platform:admin"),
                "{\"module\":\"kikan-test\",\"key\":\"none\",\"effectiveFrom\":\"2025-04-01\",\"value\":\"1\","
                        + "\"source\":\"x\",\"sorce_note\":\"typo\"}",
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString());
        assertInvalidParameter(r, "sorce_note", "unknown-field");
    }

    @Test
    void aMisspelledOptionalItemOfAMoveInIsRefusedNamingItsPath() {
        ApiClient api = api();
        ApiClient.Response r = api.post(
                "/api/resident-registry/v1/tenants/" + DEMO + "/move-ins",
                api.token(DEMO, "resident-registry:clerk"),
                """
                {"idoymd":"2026-11-01","tennyumae_jusho":"大阪府大阪市北区梅田一丁目1番1号",
                 "jusho":{"jusho_shikuchosonkodo":"139998","jusho_todofuken":"東京都","jusho_shikugunchosonmei":"若葉市",
                          "jusho_choaza":"緑町","jusho_banchigohyoki":"1番1号"},
                 "members":[{"shimei":{"shimei":"見本　花子","shimei_furigana":"ミホン　ハナコ"},"seinengappi":"1990-01-01",
                             "seibetsu":"2","zokugara":"世帯主","honseki_hitto":"東京都千代田区"}]}
                """,
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString());
        assertInvalidParameter(r, "members[0].honseki_hitto", "unknown-field");
    }

    private static void assertInvalidParameter(ApiClient.Response r, String name, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("validation-failed");
        assertThat(r.json().get("detail").asString()).contains("「" + name + "」");
        JsonNode param = r.json().get("invalidParams").get(0);
        assertThat(param.get("name").asString()).isEqualTo(name);
        assertThat(param.get("code").asString()).isEqualTo(code);
        assertThat(param.get("reason").asString()).matches(JAPANESE);
    }

    private static void assertProblem(RawHttp.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/problem+json");
        JsonNode json = r.json();
        assertThat(json.get("type").asString()).isEqualTo("urn:kikan:problem:" + code);
        assertThat(json.get("code").asString()).isEqualTo(code);
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("title").asString()).matches(JAPANESE);
        assertThat(json.get("detail").asString()).matches(JAPANESE).doesNotContain("Exception");
    }

    private static final String JAPANESE = "(?s).*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*";
}
