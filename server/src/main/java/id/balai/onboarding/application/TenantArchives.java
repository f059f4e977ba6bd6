package id.balai.onboarding.application;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The port to a regency's archive: all of one tenant's rows written to one file, and read back into another Balai
 * database. The adapter opens its own connections; it is {@code onboarding.infrastructure.TenantArchive}.
 */
public interface TenantArchives {
    String FORMAT = "balai-tenant-archive/1";

    /** What an archive says about itself. */
    record Manifest(String format, String tenant, String schemaVersion, Instant exportedAt,
            Map<String, Long> rows) {
    }

    /** A refusal of an archive, with a stable code. */
    final class Refused extends RuntimeException {
        private final String code;
        private final String messageId;

        /** @param messageId the reason in Bahasa Indonesia; {@code messageEn} the same in English */
        public Refused(String code, String messageId, String messageEn) {
            super(messageEn);
            this.code = code;
            this.messageId = messageId;
        }

        public String code() {
            return code;
        }

        public String messageId() {
            return messageId;
        }
    }

    /**
     * What an archive holds before anything is written: its tenant, that tenant's definition (JSON) and its
     * boundaries (GeoJSON) when it has them, to be checked together as a regency's folder is.
     */
    record Contents(Manifest manifest, String definition, Optional<String> boundaries) {
    }

    /** Writes the tenant's archive to {@code out}. */
    Manifest export(String tenant, OutputStream out) throws SQLException, IOException;

    /** Reads an archive's manifest and definition, to check them before the import writes anything. */
    Contents peek(Path archive) throws IOException;

    /** Imports the archive in one transaction of its own: all of it, or nothing. */
    Manifest importInto(Path archive) throws SQLException, IOException;
}
