package id.balai.platform.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

/**
 * Sets a transaction-local setting that row-level-security policies read ({@code balai.tenant_id},
 * {@code balai.province_code}). It is the statement {@code SET LOCAL}, not the function {@code set_config()}: Citus
 * forwards {@code SET LOCAL} to the worker nodes of the transaction ({@code citus.propagate_set_commands = 'local'},
 * see {@code infra/citus/distribute.sql}), while a {@code set_config()} call would stay on the coordinator and the
 * shards' policies would see no tenant. A statement cannot take bind parameters, so the value is checked against a
 * strict pattern (slugs, province codes, the platform chain's name) before it is written into the statement.
 */
public final class SessionSettings {
    private static final Pattern NAME = Pattern.compile("^balai\\.[a-z_]{1,40}$");
    private static final Pattern VALUE = Pattern.compile("^[A-Za-z0-9_.-]{1,64}$");

    private SessionSettings() {
    }

    /** The statement that sets {@code name} to {@code value} until the end of the transaction. */
    public static String setLocal(String name, String value) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a Balai setting: " + name);
        }
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("Refused value for " + name);
        }
        return "SET LOCAL " + name + " = '" + value + "'";
    }

    /** In the JPA transaction of {@code em}. */
    public static void setLocal(EntityManager em, String name, String value) {
        em.createNativeQuery(setLocal(name, value)).executeUpdate();
    }

    /** On a plain JDBC connection inside a transaction (autocommit off). */
    public static void setLocal(Connection c, String name, String value) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(setLocal(name, value));
        }
    }
}
