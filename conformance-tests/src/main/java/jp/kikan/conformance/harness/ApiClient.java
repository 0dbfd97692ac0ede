package jp.kikan.conformance.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON-over-HTTP client for one target, on {@link HttpClient}. Immutable: {@link #withHeader} returns a new
 * client. Paths are relative to the target's base URL ({@code /api/resident-registry/...}); a body is sent as JSON
 * (a {@code String} as given, anything else serialised with Jackson). Never throws on an HTTP status: suites assert
 * on {@link ApiResponse#status()}.
 */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI baseUrl;
    private final JsonMapper json;
    private final Map<String, String> headers;
    private final @Nullable Supplier<String> bearerToken;

    ApiClient(
            HttpClient http,
            URI baseUrl,
            JsonMapper json,
            Map<String, String> headers,
            @Nullable Supplier<String> bearerToken) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.json = json;
        this.headers = Map.copyOf(headers);
        this.bearerToken = bearerToken;
    }

    /** A client that also sends {@code name: value} on every request (e.g. {@code Idempotency-Key}). */
    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(http, baseUrl, json, more, bearerToken);
    }

    /** GET {@code path}. */
    public ApiResponse get(String path) {
        return get(path, Map.of());
    }

    /** GET {@code path} with extra headers. */
    public ApiResponse get(String path, Map<String, String> extraHeaders) {
        return send("GET", path, null, extraHeaders);
    }

    /** POST a JSON body. */
    public ApiResponse post(String path, @Nullable Object body) {
        return post(path, body, Map.of());
    }

    /** POST a JSON body with extra headers. */
    public ApiResponse post(String path, @Nullable Object body, Map<String, String> extraHeaders) {
        return send("POST", path, body, extraHeaders);
    }

    /** PUT a JSON body. */
    public ApiResponse put(String path, @Nullable Object body) {
        return put(path, body, Map.of());
    }

    /** PUT a JSON body with extra headers (e.g. {@code If-Match}). */
    public ApiResponse put(String path, @Nullable Object body, Map<String, String> extraHeaders) {
        return send("PUT", path, body, extraHeaders);
    }

    /** DELETE {@code path} with extra headers. */
    public ApiResponse delete(String path, Map<String, String> extraHeaders) {
        return send("DELETE", path, null, extraHeaders);
    }

    /** The absolute URI of {@code path} on this target. */
    public URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    /** Sends any method; the body, if not null, as JSON. */
    public ApiResponse send(String method, String path, @Nullable Object body, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken.get());
        }
        headers.forEach(request::header);
        extraHeaders.forEach(request::setHeader);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            String text = body instanceof String s ? s : json.writeValueAsString(body);
            request.setHeader("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + resolve(path) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
        return new ApiResponse(response.statusCode(), response.headers(), response.body(), parse(response));
    }

    private @Nullable JsonNode parse(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        boolean looksJson = type.contains("json") || (type.isEmpty() && (body.startsWith("{") || body.startsWith("[")));
        if (!looksJson || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
