package id.balai.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct connections to the `it` server's embedded PostgreSQL, as the application role or as the superuser. */
final class Db {
    private Db() {
    }

    private static String url() {
        return "jdbc:postgresql://127.0.0.1:" + System.getProperty("balai.it.db.port", "15433") + "/balai";
    }

    /** The role the application connects as: row-level security applies. */
    static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(url(), "balai_app", "");
    }

    /** The superuser, standing in for someone with direct access to the database server. */
    static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }
}
