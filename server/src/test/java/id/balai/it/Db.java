package id.balai.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Tables that requests add rows to and no background job does (the clocks add events, so those are left out). */
    static final List<String> WRITTEN_BY_REQUESTS = List.of("complaint", "complaint_attachment",
            "person", "information_request", "information_file", "information_objection", "information_dispute",
            "register_entry", "register_document", "register_delivery", "consequence_test", "officer",
            "idempotency_key");

    /** Rows per table of {@link #WRITTEN_BY_REQUESTS}, every tenant, in one statement. */
    static Map<String, Long> rowCounts() {
        try (Connection c = asSuperuser()) {
            return rowCounts(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same over a connection the caller keeps (a test that counts after every request). */
    static Map<String, Long> rowCounts(Connection c) {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < WRITTEN_BY_REQUESTS.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(WRITTEN_BY_REQUESTS.get(i))
                    .append(')');
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            rs.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < WRITTEN_BY_REQUESTS.size(); i++) {
                counts.put(WRITTEN_BY_REQUESTS.get(i), rs.getLong(i + 1));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
