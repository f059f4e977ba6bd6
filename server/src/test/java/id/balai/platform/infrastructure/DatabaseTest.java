package id.balai.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import id.balai.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL and the migrations, on a real server: data survives a restart, and the application
 * role is walled in by row-level security.
 */
class DatabaseTest {
    private static TestDatabase database;

    @BeforeAll
    static void start() throws IOException, SQLException {
        database = TestDatabase.start("balai-db-test", "alpha", "beta");
        try (Connection c = database.owner(); Statement s = c.createStatement()) {
            for (String t : new String[] {"alpha", "beta"}) {
                s.execute("insert into org_unit (tenant_id, code, name, kind, position) values ('" + t
                        + "', 'KOMINFO', 'Kominfo " + t + "', 'AGENCY', 0)");
                s.execute("insert into complaint_category (tenant_id, code, name, route_to, position) values ('" + t
                        + "', 'JALAN', 'Jalan', 'KOMINFO', 0)");
            }
        }
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() throws SQLException {
        try (Connection c = database.owner(); Statement s = c.createStatement()) {
            s.execute("create table if not exists restart_probe (v text)");
            s.execute("insert into restart_probe values ('masih ada')");
        }
        database.restart();
        try (Connection c = database.owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from restart_probe")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("masih ada");
        }
    }

    @Test
    void anAcknowledgedCommitIsOnDisk() throws SQLException {
        try (Connection c = database.owner(); Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void theTenantSetWithSetLocalScopesRowLevelSecurityForOneTransactionOnly() throws SQLException {
        try (Connection c = database.app(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            SessionSettings.setLocal(c, "balai.tenant_id", "alpha");
            try (ResultSet rs = s.executeQuery("select tenant_id from org_unit")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("alpha");
                assertThat(rs.next()).isFalse();
            }
            c.commit();
            try (ResultSet rs = s.executeQuery("select count(*) from org_unit")) {
                rs.next();
                assertThat(rs.getInt(1)).as("no tenant after the transaction").isZero();
            }
            c.commit();
        }
    }

    @Test
    void aSettingValueThatCouldEscapeTheStatementIsRefused() {
        assertThatThrownBy(() -> SessionSettings.setLocal("balai.tenant_id", "alpha'; reset role; --"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionSettings.setLocal("search_path", "public"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SessionSettings.setLocal("balai.province_code", "16"))
                .isEqualTo("SET LOCAL balai.province_code = '16'");
    }

    @Test
    void migrationsAreNotAppliedTwice() {
        assertThat(DatabaseMigrations.migrate(database.settings()).migrationsExecuted).isZero();
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorOwner() throws SQLException {
        try (Connection c = database.app(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select r.rolsuper, r.rolbypassrls, "
                        + "(select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user) "
                        + "from pg_roles r where r.rolname = current_user")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
            assertThat(rs.getBoolean(2)).isFalse();
            assertThat(rs.getLong(3)).isZero();
        }
    }

    @Test
    void withoutATenantTheApplicationRoleSeesNoTenantRows() throws SQLException {
        try (Connection c = database.app()) {
            assertThat(count(c, "org_unit")).isZero();
            assertThat(count(c, "complaint_category")).isZero();
        }
    }

    @Test
    void withATenantSetTheApplicationRoleSeesOnlyThatTenantsRows() throws SQLException {
        try (Connection c = database.app()) {
            c.setAutoCommit(false);
            TestDatabase.setTenant(c, "alpha");
            assertThat(count(c, "org_unit")).isEqualTo(1);
            assertThat(count(c, "complaint_category")).isEqualTo(1);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from org_unit where tenant_id = 'beta'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("beta's rows through an explicit filter").isZero();
            }
            try (Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("update org_unit set name = 'diubah' where tenant_id = 'beta'")).isZero();
            }
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotWriteARowForAnotherTenant() throws SQLException {
        try (Connection c = database.app()) {
            c.setAutoCommit(false);
            TestDatabase.setTenant(c, "alpha");
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("insert into org_unit (tenant_id, code, name, kind, position) "
                        + "values ('beta', 'SELUNDUP', 'Selundupan', 'AGENCY', 9)"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
            c.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotDeleteTenantsOrOrgUnits() throws SQLException {
        try (Connection c = database.app(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("delete from tenant where tenant_id = 'alpha'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("delete from org_unit"))
                    .hasMessageContaining("permission denied");
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
