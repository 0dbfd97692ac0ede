package jp.kikan.platform.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is away" (503 with Retry-After) and which are the request's own. */
class DatabaseUnavailableTest {

    @Test
    void aPoolThatFoundNoConnectionInTimeIsAnOutage() {
        // What Hikari throws after connection-timeout, as JPA's transaction manager wraps it.
        SQLTransientConnectionException timeout =
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out");
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection", timeout)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection", timeout)))
                .isTrue();
    }

    @Test
    void aConnectionThatBrokeOrAServerShuttingDownIsAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(
                        new RuntimeException(new SQLException("An I/O error occurred while sending", "08006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("closed")))
                .isTrue();
    }

    @Test
    void aConstraintViolationOrAProgrammingErrorIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug")))
                .isFalse();
    }
}
