package id.balai.platform.infrastructure;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure to reach the database (PostgreSQL restarting or down, the pool unable to connect or to hand out a
 * connection in time) from every other failure, by walking the exception's causes. Such a failure is not the
 * client's fault and is temporary: it is answered with 503 and a {@code Retry-After}, and the transaction that met
 * it was rolled back, so the client may send the same request again (public submissions carry an idempotency key,
 * so a retry after an acknowledged-but-unanswered commit returns the first answer and stores nothing new).
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (shutdown, crash, cannot connect now), 53300. */
    static boolean isOutageState(String sqlState) {
        if (sqlState == null) {
            return false;
        }
        return sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03") || sqlState.equals("53300");
    }

    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return walk(failure, seen);
    }

    private static boolean walk(Throwable t, Set<Throwable> seen) {
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException sql) {
                if (isOutageState(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null && walk(sql.getNextException(), seen)) {
                    return true;
                }
            }
            // The connection manager's refusals (jakarta.resource.ResourceException and its subclasses, such as a
            // pool that cannot create a connection) are matched by name: the API is not on the compile path.
            String name = c.getClass().getName();
            if (name.startsWith("jakarta.resource.") || name.startsWith("javax.resource.")
                    || name.endsWith("ConnectionWaitTimeoutException")) {
                return true;
            }
            // EclipseLink keeps the driver's exception as its "internal exception".
            Throwable internal = internalException(c);
            if (internal != null && walk(internal, seen)) {
                return true;
            }
            for (Throwable s : c.getSuppressed()) {
                if (walk(s, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable internalException(Throwable t) {
        try {
            Object inner = t.getClass().getMethod("getInternalException").invoke(t);
            return inner instanceof Throwable th ? th : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
