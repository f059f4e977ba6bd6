package id.balai.platform.infrastructure;

import java.util.Map;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the numbered SQL migrations in {@code db/migration} as the schema owner. The application role named
 * in the settings gets exactly the privileges the migrations grant it.
 */
public final class DatabaseMigrations {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    private DatabaseMigrations() {
    }

    public static MigrateResult migrate(DatabaseSettings settings) {
        return migrate(settings, MigrationVersion.LATEST);
    }

    /** Migrates up to {@code target} only (tests of a migration over the data of the one before). */
    public static MigrateResult migrate(DatabaseSettings settings, MigrationVersion target) {
        Flyway flyway = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(settings.ownerJdbcUrl(), settings.ownerUser(), settings.ownerPassword())
                // Liberty's class loader finds a classpath folder only through a file in it, flyway.location;
                // db/callback (Flyway's default for SQL callbacks, which Balai has none of) carries one too, or
                // Flyway logs an error at every start.
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .placeholders(Map.of("appRole", settings.appUser()))
                .validateMigrationNaming(true)
                .target(target)
                .load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().toString();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result;
    }
}
