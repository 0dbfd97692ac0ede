package jp.kikan.conformance.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP client and token provider against a JDK HttpServer on a free local port. */
class ConformanceTargetTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<JsonNode> tokenRequests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI baseUrl;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/dev/token", exchange -> {
            tokenRequests.add(json.readTree(exchange.getRequestBody().readAllBytes()));
            respond(
                    exchange,
                    200,
                    "application/json",
                    "{\"access_token\":\"dev-token-" + tokenRequests.size()
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
        server.createContext("/api/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Object> echo = new java.util.LinkedHashMap<>();
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", exchange.getRequestURI().toString());
            echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            echo.put("ifMatch", exchange.getRequestHeaders().getFirst("If-Match"));
            echo.put("contentType", exchange.getRequestHeaders().getFirst("Content-Type"));
            echo.put("body", body.isEmpty() ? null : json.readTree(body));
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            respond(exchange, 200, "application/json", json.writeValueAsString(echo));
        });
        server.createContext(
                "/api/problem",
                exchange -> respond(
                        exchange,
                        404,
                        "application/problem+json",
                        "{\"type\":\"urn:kikan:problem:not-found\",\"title\":\"見つかりません\",\"status\":404}"));
        server.createContext("/health", exchange -> respond(exchange, 200, "text/plain", "ok"));
        server.start();
        baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void a_role_client_fetches_a_dev_token_once_and_sends_it_as_bearer() {
        ApiClient clerk = ConformanceTarget.of(baseUrl, null).as("clerk-1", "131016", "resident-registry:clerk");

        ApiResponse first = clerk.get("/api/echo?x=1");
        ApiResponse second = clerk.get("/api/echo");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.jsonBody().path("authorization").asString()).isEqualTo("Bearer dev-token-1");
        assertThat(first.jsonBody().path("path").asString()).isEqualTo("/api/echo?x=1");
        assertThat(second.jsonBody().path("authorization").asString())
                .as("cached")
                .isEqualTo("Bearer dev-token-1");
        assertThat(tokenRequests).singleElement().satisfies(request -> {
            assertThat(request.path("subject").asString()).isEqualTo("clerk-1");
            assertThat(request.path("tenant").asString()).isEqualTo("131016");
            assertThat(request.path("roles").get(0).asString()).isEqualTo("resident-registry:clerk");
        });
    }

    @Test
    void a_fixed_token_replaces_the_token_endpoint() {
        ApiResponse response =
                ConformanceTarget.of(baseUrl, "from-env").as("any", "131016").get("/api/echo");

        assertThat(response.jsonBody().path("authorization").asString()).isEqualTo("Bearer from-env");
        assertThat(tokenRequests).isEmpty();
    }

    @Test
    void post_and_put_send_json_bodies_and_headers() {
        ApiClient client = ConformanceTarget.of(baseUrl, null).anonymous();

        ApiResponse posted = client.post("/api/echo", Map.of("氏名", "山田太郎"));
        ApiResponse put = client.put("api/echo", "{\"version\":2}", Map.of("If-Match", "\"v1\""));

        assertThat(posted.jsonBody().path("method").asString()).isEqualTo("POST");
        assertThat(posted.jsonBody().path("body").path("氏名").asString()).isEqualTo("山田太郎");
        assertThat(posted.jsonBody().path("contentType").asString()).isEqualTo("application/json");
        assertThat(posted.jsonBody().path("authorization").isNull()).isTrue();
        assertThat(posted.header("ETag")).contains("\"v1\"");
        assertThat(put.jsonBody().path("method").asString()).isEqualTo("PUT");
        assertThat(put.jsonBody().path("ifMatch").asString()).isEqualTo("\"v1\"");
        assertThat(put.jsonBody().path("body").path("version").asInt()).isEqualTo(2);
    }

    @Test
    void problem_documents_are_parsed_and_other_bodies_kept_raw() {
        ApiClient client = ConformanceTarget.of(baseUrl, null).anonymous();

        ApiResponse problem = client.get("/api/problem");
        ApiResponse text = client.get("/health");

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.contentType()).contains("application/problem+json");
        assertThat(problem.jsonBody().path("title").asString()).isEqualTo("見つかりません");
        assertThat(text.body()).isEqualTo("ok");
        assertThat(text.json()).isNull();
        assertThatThrownBy(text::jsonBody)
                .hasMessageContaining("response is not JSON: HTTP 200 text/plain; charset=utf-8 ok");
    }

    @Test
    void a_target_without_the_token_endpoint_explains_what_to_set() {
        server.removeContext("/dev/token");
        ApiClient clerk = ConformanceTarget.of(baseUrl, null).as("clerk-1", "131016", "resident-registry:clerk");

        assertThatThrownBy(() -> clerk.get("/api/echo"))
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("KIKAN_TOKEN");
    }

    @Test
    void the_base_url_comes_from_the_property_then_the_environment_then_the_default() {
        Map<String, String> none = Map.of();
        Map<String, String> env = Map.of(ConformanceTarget.BASE_URL_ENV, "http://env.example");
        Map<String, String> property = Map.of(ConformanceTarget.BASE_URL_PROPERTY, "http://property.example");

        assertThat(ConformanceTarget.configuredBaseUrl(property::get, env::get)).isEqualTo("http://property.example");
        assertThat(ConformanceTarget.configuredBaseUrl(none::get, env::get)).isEqualTo("http://env.example");
        assertThat(ConformanceTarget.configuredBaseUrl(none::get, none::get)).isEqualTo("http://localhost:8080");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + (type.contains("json") ? "" : "; charset=utf-8"));
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
