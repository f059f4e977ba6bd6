package id.balai.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

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
        linked(admin);
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
        linked(admin);
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

    /** A verification links what is journaled first: afterwards the chain holds every act so far. */
    private void linked(String admin) {
        api().auth().oauth2(admin).get("/api/t/" + TENANT + "/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void anActIsOnTheChainWithinSecondsWithoutAnyoneAskingAndTheChainVerifies() throws Exception {
        String admin = admin();
        Map<String, String> bupati = officers().create(TENANT, admin, List.of("BUPATI"), null);
        // The job links on its own (every second by default); nobody verifies meanwhile.
        long deadline = System.currentTimeMillis() + 15_000;
        Long seq = null;
        while (seq == null && System.currentTimeMillis() < deadline) {
            try (Connection su = Db.asSuperuser(); PreparedStatement ps = su.prepareStatement("""
                    select e.seq from audit_entry e where e.tenant_id = ? and e.action = 'OFFICER_CREATED'
                        and e.subject_id = ? and not exists (select 1 from audit_journal j
                            where j.tenant_id = e.tenant_id and j.id = e.journal_id)""")) {
                ps.setString(1, TENANT);
                ps.setString(2, bupati.get("id"));
                try (ResultSet rs = ps.executeQuery()) {
                    seq = rs.next() ? rs.getLong(1) : null;
                }
            }
            if (seq == null) {
                Thread.sleep(200);
            }
        }
        org.assertj.core.api.Assertions.assertThat(seq).as("the new officer's act, chained and out of the journal")
                .isNotNull().isPositive();
        linked(admin);
    }

    @Test
    void aJournaledActCanBeNeitherAlteredNorDeletedNorReleasedUnchained() throws SQLException {
        admin();
        try (Connection app = Db.asApplication(); java.sql.Statement s = app.createStatement()) {
            app.setAutoCommit(false);
            s.execute("select set_config('balai.tenant_id', '" + TENANT + "', true)");
            s.executeUpdate("""
                    insert into audit_journal (tenant_id, at, actor_id, actor_roles, action, subject_type, subject_id,
                        detail) values ('%s', now(), 'x', 'CENTRAL_ADMIN', 'PROBE', 'probe', 'p1', '{}')
                    """.formatted(TENANT));
            // Not on the chain: the release leaves it where it is.
            try (ResultSet rs = s.executeQuery("select audit_journal_release(9223372036854775807)")) {
                rs.next();
                org.assertj.core.api.Assertions.assertThat(rs.getInt(1)).isZero();
            }
            try (ResultSet rs = s.executeQuery("select count(*) from audit_journal where action = 'PROBE'")) {
                rs.next();
                org.assertj.core.api.Assertions.assertThat(rs.getLong(1)).isEqualTo(1);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> s.executeUpdate("update audit_journal set actor_id = 'y'"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            s.execute("select set_config('balai.tenant_id', '" + TENANT + "', true)");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> s.executeUpdate("delete from audit_journal"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
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
