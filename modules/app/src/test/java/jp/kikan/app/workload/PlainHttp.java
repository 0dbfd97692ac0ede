package jp.kikan.app.workload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP for the load benchmark and the fault suite: real requests on loopback with a time limit, and every outcome
 * kept, a transport failure (refused connection, reset, time-out) included, with the time it took. Unlike the tests'
 * {@code ApiClient} it does not check responses against the contracts: under load and under faults the harness
 * judges the status itself.
 */
public final class PlainHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One request and what came back.
     *
     * @param status  the HTTP status, or -1 after a transport failure
     * @param failure the transport failure ({@code null} when a response arrived)
     * @param nanos   from sending to the end of the response body (or the failure)
     */
    public record Exchange(int status, HttpHeaders headers, byte[] body, long nanos, Exception failure) {

        public boolean answered() {
            return failure == null;
        }

        public double millis() {
            return nanos / 1e6;
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body as JSON, or a missing node when it is not JSON. */
        public JsonNode json() {
            String text = text().trim();
            if (!text.startsWith("{") && !text.startsWith("[")) {
                return JSON.missingNode();
            }
            try {
                return JSON.readTree(text);
            } catch (RuntimeException e) {
                return JSON.missingNode();
            }
        }

        /** For messages: the status (or the failure) and the beginning of the body. */
        public String describe() {
            if (failure != null) {
                return (failure instanceof HttpTimeoutException
                                ? "time-out"
                                : failure.getClass().getSimpleName()) + " after " + Math.round(millis()) + " ms";
            }
            String text = text();
            return status + " after " + Math.round(millis()) + " ms"
                    + (text.isEmpty() ? "" : ": " + text.substring(0, Math.min(200, text.length())));
        }
    }

    private final HttpClient http;
    private final String base;
    private final Duration timeout;

    /**
     * @param base    e.g. {@code http://localhost:8080}
     * @param timeout the longest a request may take before it counts as failed
     */
    public PlainHttp(String base, Duration timeout) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.base = base;
        this.timeout = timeout;
    }

    public Exchange get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Exchange post(String path, String token, String body, String... headers) {
        return send("POST", path, token, body, headers);
    }

    /** {@code headers} are name, value, name, value, …; {@code token} and {@code body} may be null. */
    public Exchange send(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Exchange(
                    response.statusCode(), response.headers(), response.body(), System.nanoTime() - start, null);
        } catch (IOException e) {
            return failed(start, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(start, e);
        }
    }

    private static Exchange failed(long start, Exception e) {
        return new Exchange(-1, HttpHeaders.of(Map.of(), (a, b) -> true), new byte[0], System.nanoTime() - start, e);
    }

    /** A token from the development token issuer (enabled by the {@code dev} and {@code test} profiles). */
    public String token(String tenant, String subject, String... roles) {
        Exchange r = post(
                "/dev/token",
                null,
                JSON.writeValueAsString(Map.of("subject", subject, "tenant", tenant, "roles", List.of(roles))));
        if (r.status() != 200) {
            throw new IllegalStateException("no development token: " + r.describe());
        }
        return r.json().get("access_token").asString();
    }
}
