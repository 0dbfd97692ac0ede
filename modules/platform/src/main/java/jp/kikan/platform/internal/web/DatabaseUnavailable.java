package jp.kikan.platform.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import jp.kikan.platform.problem.ProblemException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database is away (stopped, restarting, unreachable, or the pool found no connection within its timeout): the
 * request is answered at once with 503 and {@code Retry-After}, as a problem document, never with a hang or a 500.
 * The pool reconnects by itself when the database is back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {}

    /** Whether {@code e} or one of its causes says the database cannot be reached. */
    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P01–57P03 (shutdown, crash, cannot connect now). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    private static ProblemException problem() {
        return new ProblemException(
                503,
                "database-unavailable",
                "データベースに接続できないため、現在この要求を処理できません。" + RETRY_AFTER_SECONDS + " 秒ほどおいて再度お試しください。");
    }

    static ResponseEntity<Object> entity(ProblemRenderer renderer, HttpServletRequest request) {
        return ResponseEntity.status(503)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .contentType(ProblemRenderer.PROBLEM_JSON)
                .body(renderer.body(problem(), request));
    }

    /** For servlet filters, which run outside Spring MVC's exception handling. */
    public static void write(ProblemRenderer renderer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        renderer.write(problem(), request, response);
    }
}
