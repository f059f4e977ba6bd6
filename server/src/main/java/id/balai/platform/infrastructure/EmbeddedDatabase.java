package id.balai.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the Maven registry (zonky's binaries), started by Balai itself when no external
 * database is configured. Its data directory is kept between runs, so that stopping and starting the platform
 * keeps every case; the server process lives and dies with this object.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on 127.0.0.1:{@code settings.embeddedPort()} with its data in {@code settings.pgData()},
     * creating the {@code balai} database on first start.
     */
    public static EmbeddedDatabase start(DatabaseSettings settings) {
        try {
            Files.createDirectories(settings.pgData());
            Files.createDirectories(settings.dataDirectory().resolve("pgwork"));
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(settings.embeddedPort())
                    .setDataDirectory(settings.pgData())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(settings.dataDirectory().resolve("pgwork").toFile())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky's defaults suit throwaway test databases (-F turns fsync off, commits are
                    // asynchronous); Balai's embedded database keeps citizens' submissions, so an acknowledged
                    // commit must be on disk. A later -c wins over -F.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(pg);
            db.createDatabaseIfMissing();
            LOG.info(() -> "Embedded PostgreSQL is running on 127.0.0.1:" + settings.embeddedPort() + ", data in "
                    + settings.pgData());
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + settings.pgData(), e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DatabaseSettings.EMBEDDED_DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database " + DatabaseSettings.EMBEDDED_DATABASE
                                + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
