package id.balai.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** A database that cannot be reached is told apart from every other failure (503 instead of 500). */
class DatabaseOutageTest {

    @Test
    void aRefusedConnectionFromThePostgresDriverIsAnOutageEvenWhenWrapped() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/balai?connectTimeout=2", "balai_app", ""));
        assertThat(refused).isInstanceOf(SQLException.class);

        assertThat(DatabaseOutage.causedBy(refused)).isTrue();
        // As it reaches the REST layer: wrapped by the persistence provider and the transaction interceptor.
        RuntimeException wrapped = new IllegalStateException("transaction failed",
                new RuntimeException("persistence", refused));
        assertThat(DatabaseOutage.causedBy(wrapped)).isTrue();
    }

    @Test
    void anExceptionThatKeepsTheDriverErrorAsItsInternalExceptionIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new Internal(new SQLException("terminating connection", "57P01"))))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAndProgrammingErrorsAreNot() {
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
    }

    @Test
    void aCycleInTheCausesEnds() {
        SQLException first = new SQLException("a", "23505");
        SQLException second = new SQLException("b", "23505", first);
        first.setNextException(second);
        assertThat(DatabaseOutage.causedBy(second)).isFalse();
    }

    /** Like EclipseLink's DatabaseException: the driver's exception is not the cause but the internal exception. */
    static final class Internal extends RuntimeException {
        private final Throwable internal;

        Internal(Throwable internal) {
            super("Internal Exception: " + internal.getMessage());
            this.internal = internal;
        }

        public Throwable getInternalException() {
            return internal;
        }
    }
}
