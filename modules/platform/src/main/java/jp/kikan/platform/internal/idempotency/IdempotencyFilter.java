package jp.kikan.platform.internal.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.kikan.platform.http.CommitsInSteps;
import jp.kikan.platform.internal.web.ProblemRenderer;
import jp.kikan.platform.problem.InvalidParam;
import jp.kikan.platform.problem.ProblemException;
import jp.kikan.platform.security.CurrentStaff;
import jp.kikan.platform.security.StaffUser;
import jp.kikan.platform.tenant.TenantContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.ServletRequestPathUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotent POSTs for every module (the {@code Idempotency-Key} header): the first request with a key runs and its
 * response is stored; a repeat with the same key and the same request gets the stored response (header {@code
 * Idempotent-Replayed: true}) without acting again; the same key with another request is refused with 422. Keys are
 * scoped to tenant and staff member and kept for {@link #RETENTION}.
 *
 * <p>The request runs in one transaction that also holds its key's record: the business change, its audit records,
 * its events and the stored response commit together, and a crash at any point leaves the key either replayable (it
 * committed) or free (nothing of it did). A repeat that arrives while the first still runs waits for it, up to {@link
 * #WAIT_FOR_FIRST}, and then replays it; after that it gets 409. A request that failed (5xx) is forgotten, so it can be
 * retried; a refusal (4xx) rolls back and is stored, so a repeat gets the same refusal. A replay is given only to a
 * staff member who still holds every role the first request was made with. Operations marked {@link CommitsInSteps}
 * keep the key's record in transactions of their own.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Duration RETENTION = Duration.ofHours(24);
    static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(5);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private final JdbcTemplate jdbc;
    private final ProblemRenderer problems;
    private final TransactionTemplate transaction;
    private final RequestFingerprint fingerprints;
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;

    IdempotencyFilter(
            JdbcTemplate jdbc,
            ProblemRenderer problems,
            PlatformTransactionManager transactions,
            JsonMapper json,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        this.jdbc = jdbc;
        this.problems = problems;
        this.transaction = new TransactionTemplate(transactions);
        this.fingerprints = new RequestFingerprint(json);
        this.handlers = handlers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    /** The request as the key identifies it. */
    private record Keyed(String tenant, String principal, String key, String fingerprint, String roles) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tenant = TenantContext.current().orElse(null);
        if (tenant == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = Objects.requireNonNull(request.getHeader(HEADER));
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
        Keyed keyed = new Keyed(
                tenant,
                CurrentStaff.actor(),
                key,
                fingerprints.of(request.getMethod(), request.getRequestURI(), request.getContentType(), body),
                roles());
        HttpServletRequest replayable = new CachedBodyRequest(request, body);
        if (commitsInSteps(request)) {
            inSteps(keyed, replayable, response, chain);
        } else {
            inOneTransaction(keyed, replayable, response, chain);
        }
    }

    /** What became of a request run in one transaction with its key's record. */
    private enum Outcome {
        STORED,
        REFUSED,
        FAILED,
        SEEN_BEFORE
    }

    private void inOneTransaction(
            Keyed keyed, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = Objects.requireNonNull(transaction.execute(status -> {
                forgetExpired(keyed);
                if (!claim(keyed)) {
                    return Outcome.SEEN_BEFORE;
                }
                try {
                    chain.doFilter(request, captured);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (ServletException e) {
                    throw new WrappedServletException(e);
                }
                if (captured.getStatus() >= 500) {
                    status.setRollbackOnly();
                    return Outcome.FAILED;
                }
                if (status.isRollbackOnly() || captured.getStatus() >= 400) {
                    status.setRollbackOnly();
                    return Outcome.REFUSED;
                }
                complete(keyed, captured);
                return Outcome.STORED;
            }));
        } catch (PessimisticLockingFailureException e) {
            // The first request with this key still runs after WAIT_FOR_FIRST.
            refuseInUse(request, response);
            return;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (WrappedServletException e) {
            throw e.servletException();
        }
        switch (outcome) {
            case SEEN_BEFORE -> replayOrRefuse(keyed, request, response);
            case REFUSED -> {
                // The refusal rolled back with everything else; store it on its own, now that no connection is held.
                transaction.executeWithoutResult(s -> storeRefusal(keyed, captured));
                captured.copyBodyToResponse();
            }
            case STORED, FAILED -> captured.copyBodyToResponse();
        }
    }

    /**
     * Claims the key in the current transaction. A concurrent first request with the same key holds the row's unique
     * entry until it ends: this waits for it (bounded by {@link #WAIT_FOR_FIRST}) and then sees its outcome.
     */
    private boolean claim(Keyed keyed) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        if (inTransaction) {
            jdbc.execute("SET LOCAL lock_timeout = '" + WAIT_FOR_FIRST.toMillis() + "ms'");
        }
        int inserted = jdbc.update(
                "INSERT INTO platform.idempotency_record (tenant_code, principal, idempotency_key, request_hash, state, "
                        + "principal_roles) VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?) ON CONFLICT DO NOTHING",
                keyed.tenant(),
                keyed.principal(),
                keyed.key(),
                keyed.fingerprint(),
                keyed.roles());
        if (inTransaction) {
            jdbc.execute("SET LOCAL lock_timeout = 0");
        }
        return inserted == 1;
    }

    private void forgetExpired(Keyed keyed) {
        jdbc.update(
                "DELETE FROM platform.idempotency_record WHERE tenant_code = ? AND principal = ? AND idempotency_key = ? "
                        + "AND created_at < now() - make_interval(secs => ?)",
                keyed.tenant(),
                keyed.principal(),
                keyed.key(),
                RETENTION.toSeconds());
    }

    /** The stored response's columns, in the order both statements below take them. */
    private static Object[] response(ContentCachingResponseWrapper captured) {
        return new Object[] {
            captured.getStatus(),
            captured.getContentType(),
            captured.getHeader(HttpHeaders.LOCATION),
            captured.getHeader(HttpHeaders.ETAG),
            captured.getContentAsByteArray()
        };
    }

    /** Completes the claimed key with the response, in the request's transaction. */
    private void complete(Keyed keyed, ContentCachingResponseWrapper captured) {
        jdbc.update(
                "UPDATE platform.idempotency_record SET state = 'DONE', response_status = ?, "
                        + "response_content_type = ?, response_location = ?, response_etag = ?, response_body = ? "
                        + "WHERE tenant_code = ? AND principal = ? AND idempotency_key = ?",
                concat(response(captured), new Object[] {keyed.tenant(), keyed.principal(), keyed.key()}));
    }

    /** Stores a refusal after its transaction rolled back (the claim rolled back with it). */
    private void storeRefusal(Keyed keyed, ContentCachingResponseWrapper captured) {
        jdbc.update(
                "INSERT INTO platform.idempotency_record (response_status, response_content_type, "
                        + "response_location, response_etag, response_body, tenant_code, principal, "
                        + "idempotency_key, request_hash, principal_roles, state) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DONE') ON CONFLICT DO NOTHING",
                concat(response(captured), new Object[] {
                    keyed.tenant(), keyed.principal(), keyed.key(), keyed.fingerprint(), keyed.roles()
                }));
    }

    /**
     * The old protocol, for {@link CommitsInSteps}: the key is claimed and completed in transactions of their own.
     */
    private void inSteps(Keyed keyed, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        forgetExpired(keyed);
        if (!claim(keyed)) {
            replayOrRefuse(keyed, request, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, captured);
            if (captured.getStatus() < 500) {
                complete(keyed, captured);
                stored = true;
            }
        } finally {
            if (!stored) {
                jdbc.update(
                        "DELETE FROM platform.idempotency_record WHERE tenant_code = ? AND principal = ? AND idempotency_key = ?",
                        keyed.tenant(),
                        keyed.principal(),
                        keyed.key());
            }
            captured.copyBodyToResponse();
        }
    }

    private void replayOrRefuse(Keyed keyed, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT * FROM platform.idempotency_record WHERE tenant_code = ? AND principal = ? AND idempotency_key = ?",
                keyed.tenant(),
                keyed.principal(),
                keyed.key());
        @Nullable Map<String, Object> row = rows.isEmpty() ? null : rows.get(0);
        if (row != null && !keyed.fingerprint().equals(row.get("request_hash"))) {
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
            refuseInUse(request, response);
            return;
        }
        if (!holdsAll(keyed.roles(), String.valueOf(row.get("principal_roles")))) {
            problems.write(
                    ProblemException.forbidden(
                            "idempotency-roles-changed", "この冪等キーの要求を行った時点の権限を現在は持っていないため、保存された応答を返せません。"),
                    request,
                    response);
            return;
        }
        response.setStatus(((Number) Objects.requireNonNull(row.get("response_status"))).intValue());
        setIfPresent(response, HttpHeaders.CONTENT_TYPE, row.get("response_content_type"));
        setIfPresent(response, HttpHeaders.LOCATION, row.get("response_location"));
        setIfPresent(response, HttpHeaders.ETAG, row.get("response_etag"));
        response.setHeader("Idempotent-Replayed", "true");
        byte[] stored = (byte[]) row.get("response_body");
        if (stored != null) {
            response.getOutputStream().write(stored);
        }
    }

    private void refuseInUse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Still running, or the first request just failed and was forgotten: the client should retry later.
        problems.write(
                ProblemException.conflict("idempotency-key-in-use", "同じ冪等キーの要求を処理中です。しばらくして再度お試しください。"),
                request,
                response);
    }

    private boolean commitsInSteps(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = handlers.getIfAvailable();
        if (mapping == null) {
            return false;
        }
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            HandlerExecutionChain handler = mapping.getHandler(request);
            return handler != null
                    && handler.getHandler() instanceof HandlerMethod method
                    && (method.hasMethodAnnotation(CommitsInSteps.class)
                            || method.getBeanType().isAnnotationPresent(CommitsInSteps.class));
        } catch (Exception e) {
            return false; // no handler: the dispatcher answers it (404, 405) in one transaction like any other
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    /** The caller's roles, sorted, comma-separated. */
    private static String roles() {
        return String.join(
                ",", new TreeSet<>(CurrentStaff.find().map(StaffUser::roles).orElse(Set.of())));
    }

    private static boolean holdsAll(String current, String then) {
        Set<String> held = Set.of(current.split(","));
        return Arrays.stream(then.split(",")).filter(r -> !r.isEmpty()).allMatch(held::contains);
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void setIfPresent(HttpServletResponse response, String header, @Nullable Object value) {
        if (value != null) {
            response.setHeader(header, value.toString());
        }
    }

    /** Carries a servlet exception out of the transaction callback. */
    private static final class WrappedServletException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrappedServletException(ServletException cause) {
            super(cause);
        }

        ServletException servletException() {
            return (ServletException) Objects.requireNonNull(getCause());
        }
    }
}
