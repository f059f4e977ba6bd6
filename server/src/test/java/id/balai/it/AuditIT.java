package id.balai.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The audit chain of a tenant verifies while untouched, and a row edited or deleted directly in the database is
 * reported where it happened. Uses Luwu Utara (the copied test tenant) so that other tests' chains stay whole.
 */
class AuditIT extends BalaiIT {
    private static final String TENANT = "luwu-utara";

    private String admin() {
        return officers().adminToken(TENANT);
    }

    @Test
    void anUntouchedChainVerifies() {
        String admin = admin();
        officers().create(TENANT, admin, List.of("CENTRAL_ADMIN"), null);
        api().auth().oauth2(admin).get("/api/t/" + TENANT + "/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", greaterThanOrEqualTo(3));
    }

    @Test
    void anEditedRowIsReported() throws SQLException {
        String admin = admin();
        officers().create(TENANT, admin, List.of("BUPATI"), null);
        try (Connection su = Db.asSuperuser()) {
            String original = actor(su, 2);
            update(su, 2, "penyusup");
            try {
                api().auth().oauth2(admin).get("/api/t/" + TENANT + "/audit/verify").then().statusCode(200)
                        .body("valid", equalTo(false)).body("firstBreakSeq", equalTo(2))
                        .body("reason", equalTo("its content does not match its hash (altered)"));
            } finally {
                update(su, 2, original);
            }
        }
        api().auth().oauth2(admin).get("/api/t/" + TENANT + "/audit/verify").then().body("valid", equalTo(true));
    }

    @Test
    void aDeletedRowIsReported() throws SQLException {
        String admin = admin();
        officers().create(TENANT, admin, List.of("BUPATI"), null);
        try (Connection su = Db.asSuperuser(); java.sql.Statement s = su.createStatement()) {
            // Keep a copy to put back, so that the other tests find the chain whole.
            s.execute("create temporary table saved as select * from audit_entry where tenant_id = '" + TENANT
                    + "' and seq = 3");
            s.executeUpdate("delete from audit_entry where tenant_id = '" + TENANT + "' and seq = 3");
            try {
                api().auth().oauth2(admin).get("/api/t/" + TENANT + "/audit/verify").then().statusCode(200)
                        .body("valid", equalTo(false)).body("firstBreakSeq", equalTo(3))
                        .body("reason", equalTo("entries 3 to 3 are missing"));
            } finally {
                s.executeUpdate("insert into audit_entry select * from saved");
            }
        }
        api().auth().oauth2(admin).get("/api/t/" + TENANT + "/audit/verify").then().body("valid", equalTo(true));
    }

    private static String actor(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select actor_id from audit_entry where tenant_id = ? and seq = ?")) {
            ps.setString(1, TENANT);
            ps.setLong(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void update(Connection c, long seq, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update audit_entry set actor_id = ? where tenant_id = ? and seq = ?")) {
            ps.setString(1, actor);
            ps.setString(2, TENANT);
            ps.setLong(3, seq);
            ps.executeUpdate();
        }
    }
}
