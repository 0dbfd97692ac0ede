package jp.kikan.conformance.harness;

import java.net.http.HttpHeaders;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An HTTP response from the target: status, headers, raw body and the body parsed as JSON when it is JSON
 * ({@code application/json}, {@code application/problem+json}, ...).
 *
 * @param status  HTTP status code
 * @param headers response headers
 * @param body    the raw body, empty if none
 * @param json    the parsed body, {@code null} when the body is not JSON
 */
public record ApiResponse(
        int status,
        HttpHeaders headers,
        String body,
        @Nullable JsonNode json) {

    /** The parsed JSON body; fails with the status and raw body when the response is not JSON. */
    public JsonNode jsonBody() {
        if (json == null) {
            throw new IllegalStateException("response is not JSON: HTTP " + status + " "
                    + headers.firstValue("Content-Type").orElse("(no Content-Type)") + " " + abbreviated());
        }
        return json;
    }

    /** The first value of a header, e.g. {@code ETag} or {@code Location}. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type without parameters, e.g. {@code application/problem+json}. */
    public Optional<String> contentType() {
        return header("Content-Type").map(value -> value.split(";", 2)[0].strip());
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + abbreviated();
    }

    private String abbreviated() {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
