package id.balai.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL and the migrations, on a real server: data survives a restart, and the application
 * role is walled in by row-level security.
 */
class DatabaseTest {
    private static DatabaseSettings settings;
    private static EmbeddedDatabase db;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Files.createTempDirectory("balai-db-test");
        settings = new DatabaseSettings(Optional.empty(), "postgres", "", "balai_app", freePort(), dir);
        db = EmbeddedDatabase.start(settings);
        DatabaseMigrations.migrate(settings);
        try (Connection c = owner(); Statement s = c.createStatement()) {
            for (String t : new String[] {"alpha", "beta"}) {
                s.execute("insert into tenant (tenant_id, name, short_code, region_code, province_code, province_name,"
                        + " time_zone, source, definition, definition_sha256) values ('" + t + "', 'Kabupaten " + t
                        + "', '" + t.substring(0, 2).toUpperCase() + "', '99.01', '99', 'Uji', 'WIB', 'FILE', '{}',"
                        + " repeat('0', 64))");
                s.execute("insert into org_unit (tenant_id, code, name, kind, position) values ('" + t
                        + "', 'KOMINFO', 'Kominfo " + t + "', 'AGENCY', 0)");
                s.execute("insert into complaint_category (tenant_id, code, name, route_to, position) values ('" + t
                        + "', 'JALAN', 'Jalan', 'KOMINFO', 0)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void dataSurvivesARestartOfTheEmbeddedServer() throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            s.execute("create table if not exists restart_probe (v text)");
            s.execute("insert into restart_probe values ('masih ada')");
        }
        db.close();
        db = EmbeddedDatabase.start(settings);
        try (Connection c = owner(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from restart_probe")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("masih ada");
        }
    }

    @Test
    void anAcknowledgedCommitIsOnDisk() throws SQLException {
        try (Connection c = owner(); Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void migrationsAreNotAppliedTwice() {
        assertThat(DatabaseMigrations.migrate(settings).migrationsExecuted).isZero();
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorOwner() throws SQLException {
        try (Connection c = app(); Statement s = c.createStatement();
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
        try (Connection c = app()) {
            assertThat(count(c, "org_unit")).isZero();
            assertThat(count(c, "complaint_category")).isZero();
        }
    }

    @Test
    void withATenantSetTheApplicationRoleSeesOnlyThatTenantsRows() throws SQLException {
        try (Connection c = app()) {
            c.setAutoCommit(false);
            setTenant(c, "alpha");
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
        try (Connection c = app()) {
            c.setAutoCommit(false);
            setTenant(c, "alpha");
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
        try (Connection c = app(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("delete from tenant where tenant_id = 'alpha'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> s.execute("delete from org_unit"))
                    .hasMessageContaining("permission denied");
        }
    }

    private static void setTenant(Connection c, String tenant) throws SQLException {
        try (var ps = c.prepareStatement("select set_config('balai.tenant_id', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(settings.ownerJdbcUrl(), "postgres", "");
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(settings.ownerJdbcUrl(), "balai_app", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
