package kikan.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the tests: real requests to the started application, JSON in and out. */
public final class ApiClient {

    public record Response(int status, Map<String, List<String>> headers, String body, JsonNode json) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public String token(String tenant, String... roles) {
        Response r = send(
                "POST",
                "/dev/token",
                null,
                json.writeValueAsString(
                        Map.of("subject", "tester-" + tenant, "tenant", tenant, "roles", List.of(roles))));
        return r.json().get("access_token").asString();
    }

    public Response get(String path, String token, String... headers) {
        return send("GET", path, token, null, headers);
    }

    public Response post(String path, String token, String body, String... headers) {
        return send("POST", path, token, body, headers);
    }

    public Response put(String path, String token, String body, String... headers) {
        return send("PUT", path, token, body, headers);
    }

    /** A binary response (a PDF certificate): the status, headers and bytes; the status is checked against the contract. */
    public record Binary(int status, Map<String, List<String>> headers, byte[] body) {}

    public Binary postForBytes(String path, String token, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf")
                    ? new String(r.body(), 0, Math.min(8, r.body().length), StandardCharsets.ISO_8859_1)
                    : new String(r.body(), StandardCharsets.UTF_8);
            List<String> violations = ContractValidator.violations(
                    "POST", path, r.statusCode(), r.headers().map(), text);
            if (!violations.isEmpty()) {
                throw new AssertionError("response breaks the OpenAPI contract: " + violations);
            }
            return new Binary(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node = r.body().isEmpty() || !r.body().trim().matches("(?s)^[\\[{].*")
                    ? json.nullNode()
                    : json.readTree(r.body());
            List<String> violations = ContractValidator.violations(
                    method, path, r.statusCode(), r.headers().map(), r.body());
            if (!violations.isEmpty()) {
                throw new AssertionError("response breaks the OpenAPI contract: " + violations);
            }
            return new Response(r.statusCode(), r.headers().map(), r.body(), node);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
