package id.balai.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.ds.PGSimpleDataSource;

import id.balai.platform.infrastructure.DatabaseMigrations;
import id.balai.platform.infrastructure.DatabaseSettings;
import id.balai.platform.infrastructure.EmbeddedDatabase;

/**
 * A real, migrated PostgreSQL for tests that need no server: the embedded one on a free port in a temporary
 * folder, with connections as the owner (superuser) or as the application role, under row-level security.
 */
public final class TestDatabase implements AutoCloseable {
    private final DatabaseSettings settings;
    private EmbeddedDatabase db;

    private TestDatabase(DatabaseSettings settings) {
        this.settings = settings;
        this.db = EmbeddedDatabase.start(settings);
    }

    /** Starts, migrates and registers the given tenants (minimal registry rows). */
    public static TestDatabase start(String name, String... tenants) throws IOException, SQLException {
        return startAt(MigrationVersion.LATEST, name, tenants);
    }

    /** Starts, migrates up to {@code version} only, and registers the given tenants. */
    public static TestDatabase startAt(MigrationVersion version, String name, String... tenants)
            throws IOException, SQLException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestDatabase t = new TestDatabase(new DatabaseSettings(Optional.empty(), "postgres", "", "balai_app", port,
                Files.createTempDirectory(name)));
        DatabaseMigrations.migrate(t.settings, version);
        try (Connection c = t.owner(); Statement s = c.createStatement()) {
            for (String tenant : tenants) {
                s.execute("insert into tenant (tenant_id, name, short_code, region_code, province_code, province_name,"
                        + " time_zone, source, definition, definition_sha256) values ('" + tenant + "', 'Kabupaten "
                        + tenant + "', '" + tenant.substring(0, 2).toUpperCase() + "', '99.01', '99', 'Uji', 'WIB', "
                        + "'FILE', '{}', repeat('0', 64))");
            }
        }
        return t;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Stops and starts the server on the same data. */
    public void restart() {
        db.close();
        db = EmbeddedDatabase.start(settings);
    }

    public Connection owner() throws SQLException {
        return DriverManager.getConnection(settings.ownerJdbcUrl(), "postgres", "");
    }

    public Connection app() throws SQLException {
        return DriverManager.getConnection(settings.ownerJdbcUrl(), "balai_app", "");
    }

    /** A data source for the application role, as the server's pool gives (row-level security applies). */
    public DataSource appDataSource() {
        PGSimpleDataSource app = new PGSimpleDataSource();
        app.setUrl(settings.ownerJdbcUrl());
        app.setUser("balai_app");
        return app;
    }

    /** Binds the connection's current transaction to a tenant, as TenantScope does. */
    public static void setTenant(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('balai.tenant_id', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
