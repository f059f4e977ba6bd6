package id.balai.platform.infrastructure;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

/**
 * Where the database is and who owns it, from MicroProfile Config (environment variables first).
 * <ul>
 * <li>No {@code DB_URL}: Balai starts an embedded PostgreSQL on {@code BALAI_EMBEDDED_DB_PORT} with its data in
 * {@code BALAI_DATA_DIR/pgdata}; the superuser owns the schema, and the server's dataSource connects as the
 * application role over loopback.</li>
 * <li>{@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}: an external PostgreSQL; that user owns the schema and
 * runs the migrations, and the server's dataSource connects as {@code DB_APP_USER}/{@code DB_APP_PASSWORD}.</li>
 * </ul>
 *
 * @param externalUrl the external database's JDBC URL, empty for the embedded one
 * @param ownerUser   the role that owns the schema and runs migrations
 * @param appUser     the role the application connects as (not the owner, not a superuser)
 */
public record DatabaseSettings(Optional<String> externalUrl, String ownerUser, String ownerPassword, String appUser,
        int embeddedPort, Path dataDirectory) {

    static final String EMBEDDED_DATABASE = "balai";
    static final String EMBEDDED_SUPERUSER = "postgres";

    public static DatabaseSettings from(Config config) {
        Optional<String> url = config.getOptionalValue("DB_URL", String.class)
                .filter(u -> !u.isBlank())
                .filter(u -> !u.equals(embeddedUrl(config.getOptionalValue("BALAI_EMBEDDED_DB_PORT", Integer.class)
                        .orElse(15432))));
        int port = config.getOptionalValue("BALAI_EMBEDDED_DB_PORT", Integer.class).orElse(15432);
        Path dataDir = config.getOptionalValue("BALAI_DATA_DIR", String.class)
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".balai"));
        return new DatabaseSettings(url,
                url.isPresent() ? config.getValue("DB_USER", String.class) : EMBEDDED_SUPERUSER,
                url.isPresent() ? config.getOptionalValue("DB_PASSWORD", String.class).orElse("") : "",
                config.getOptionalValue("DB_APP_USER", String.class).orElse("balai_app"),
                port, dataDir);
    }

    /**
     * The URL the server's dataSource uses when no DB_URL is given (server.xml's default); a DB_URL equal to it
     * still means "embedded".
     */
    static String embeddedUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + EMBEDDED_DATABASE;
    }

    public boolean embedded() {
        return externalUrl.isEmpty();
    }

    public String ownerJdbcUrl() {
        return externalUrl.orElseGet(() -> embeddedUrl(embeddedPort));
    }

    public Path pgData() {
        return dataDirectory.resolve("pgdata");
    }
}
