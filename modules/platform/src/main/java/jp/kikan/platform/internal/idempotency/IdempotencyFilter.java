package jp.kikan.platform.internal.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.kikan.platform.internal.web.ProblemRenderer;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotent POSTs for every module (the {@code Idempotency-Key} header): the first request with a key runs
 * and its response is stored; a repeat with the same key and the same body gets the stored response
 * (header {@code Idempotent-Replayed: true}) without acting again; the same key with another body is refused
 * with 422, and a repeat while the first is still running with 409. Keys are scoped to tenant and staff member
 * and kept for {@link #RETENTION}. Failed requests (5xx) are forgotten, so they can be retried.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final JdbcTemplate jdbc;
    private final ProblemRenderer problems;

    IdempotencyFilter(JdbcTemplate jdbc, ProblemRenderer problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tenant = TenantContext.current().orElse(null);
        if (tenant == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(
                    ProblemException.invalid(
                            "Idempotency-Key は 1〜128 文字の表示可能な ASCII 文字で指定してください。",
                            new InvalidParam(HEADER, "format", "形式が正しくありません。")),
                    request,
                    response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        String principal = CurrentStaff.actor();

        jdbc.update(
                "DELETE FROM platform.idempotency_record WHERE tenant_code = ? AND principal = ? AND idempotency_key = ? "
                        + "AND created_at < now() - make_interval(secs => ?)",
                tenant,
                principal,
                key,
                RETENTION.toSeconds());
        int inserted = jdbc.update(
                "INSERT INTO platform.idempotency_record (tenant_code, principal, idempotency_key, request_hash, state) "
                        + "VALUES (?, ?, ?, ?, 'IN_PROGRESS') ON CONFLICT DO NOTHING",
                tenant,
                principal,
                key,
                fingerprint);
        if (inserted == 0) {
            replayOrRefuse(tenant, principal, key, fingerprint, request, response);
            return;
        }

        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), captured);
            if (captured.getStatus() < 500) {
                jdbc.update(
                        "UPDATE platform.idempotency_record SET state = 'DONE', response_status = ?, "
                                + "response_content_type = ?, response_location = ?, response_etag = ?, response_body = ? "
                                + "WHERE tenant_code = ? AND principal = ? AND idempotency_key = ?",
                        captured.getStatus(),
                        captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION),
                        captured.getHeader(HttpHeaders.ETAG),
                        captured.getContentAsByteArray(),
                        tenant,
                        principal,
                        key);
                stored = true;
            }
        } finally {
            if (!stored) {
                jdbc.update(
                        "DELETE FROM platform.idempotency_record WHERE tenant_code = ? AND principal = ? AND idempotency_key = ?",
                        tenant,
                        principal,
                        key);
            }
            captured.copyBodyToResponse();
        }
    }

    private void replayOrRefuse(
            String tenant,
            String principal,
            String key,
            String fingerprint,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM platform.idempotency_record WHERE tenant_code = ? AND principal = ? AND idempotency_key = ?",
                tenant,
                principal,
                key);
        @Nullable Map<String, Object> row = rows.isEmpty() ? null : rows.get(0);
        if (row != null && !fingerprint.equals(row.get("request_hash"))) {
            problems.write(
                    ProblemException.unprocessable(
                            "idempotency-key-reused",
                            "この冪等キーは別の内容の要求で使用済みです。新しいキーを指定してください。",
                            new InvalidParam(HEADER, "reused", "別の要求で使用済みです。")),
                    request,
                    response);
            return;
        }
        if (row == null || !"DONE".equals(row.get("state"))) {
            // Still running, or the first request just failed and was forgotten: the client should retry later.
            problems.write(
                    ProblemException.conflict("idempotency-key-in-use", "同じ冪等キーの要求を処理中です。しばらくして再度お試しください。"),
                    request,
                    response);
            return;
        }
        response.setStatus(((Number) java.util.Objects.requireNonNull(row.get("response_status"))).intValue());
        setIfPresent(response, HttpHeaders.CONTENT_TYPE, row.get("response_content_type"));
        setIfPresent(response, HttpHeaders.LOCATION, row.get("response_location"));
        setIfPresent(response, HttpHeaders.ETAG, row.get("response_etag"));
        response.setHeader("Idempotent-Replayed", "true");
        byte[] stored = (byte[]) row.get("response_body");
        if (stored != null) {
            response.getOutputStream().write(stored);
        }
    }

    private static void setIfPresent(HttpServletResponse response, String header, @Nullable Object value) {
        if (value != null) {
            response.setHeader(header, value.toString());
        }
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) ' ');
            sha.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
