package jp.kikan.platform.internal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders problem documents (RFC 9457, Kikan profile) the same way from filters and from controller advice.
 */
@Component
public class ProblemRenderer {

    /** The media type of problem documents. */
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final ProblemCatalog catalog;
    private final JsonMapper json;

    ProblemRenderer(ProblemCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    /** The problem document as an ordered map. */
    public Map<String, Object> body(ProblemException p, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:kikan:problem:" + p.code());
        body.put("title", catalog.title(p.code(), p.status()));
        body.put("status", p.status());
        body.put("detail", p.detail());
        String instance = instance(request);
        if (instance != null) {
            body.put("instance", instance);
        }
        body.put("code", p.code());
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        List<InvalidParam> params = p.invalidParams();
        if (!params.isEmpty()) {
            body.put("invalidParams", params);
        }
        p.extensions().forEach(body::putIfAbsent);
        return body;
    }

    /**
     * The path the client asked for: on an error dispatch ({@code /error}) the original one; none when the container
     * could not even read the request line.
     */
    private static @Nullable String instance(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
            return original;
        }
        String uri = request.getRequestURI();
        return uri == null || uri.isEmpty() ? null : uri;
    }

    /** For controller advice. */
    public ResponseEntity<Object> entity(ProblemException p, HttpServletRequest request) {
        return ResponseEntity.status(p.status()).contentType(PROBLEM_JSON).body(body(p, request));
    }

    /** The problem document as JSON text (for Tomcat's error report, outside any servlet). */
    String text(ProblemException p, HttpServletRequest request) {
        return json.writeValueAsString(body(p, request));
    }

    /** For servlet filters, which run outside Spring MVC's exception handling. */
    public void write(ProblemException p, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(p.status());
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON.toString());
        json.writeValue(response.getOutputStream(), body(p, request));
    }
}
