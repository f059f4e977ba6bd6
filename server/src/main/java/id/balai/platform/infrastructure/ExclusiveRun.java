package id.balai.platform.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a job on one server instance at a time: the run holds a PostgreSQL advisory lock (on its own connection,
 * for the whole run), and an instance that cannot take it skips its turn. Nothing to clean up after a crash:
 * the lock goes with the connection.
 */
@ApplicationScoped
public class ExclusiveRun {

    @Resource(lookup = "jdbc/balai")
    DataSource dataSource;

    /** @return false when another instance holds the job's lock (the work did not run here) */
    public boolean run(long lockKey, Runnable work) throws SQLException {
        try (Connection holder = dataSource.getConnection()) {
            if (!call(holder, "select pg_try_advisory_lock(?)", lockKey)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(holder, "select pg_advisory_unlock(?)", lockKey);
            }
        }
    }

    private static boolean call(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
