package id.balai.privacy.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.DatabaseSettings;
import id.balai.platform.infrastructure.SecretFiles;
import id.balai.privacy.application.PersonalDataKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The personal-data keys, loaded once at start (by {@code Bootstrap}, before the database), and the cipher and
 * lookup digests made from them.
 * <ul>
 * <li>{@code BALAI_PII_KEYS} set: those keys ({@link PiiKeys} describes the form).</li>
 * <li>Unset, embedded database: {@code BALAI_DATA_DIR/keys/pii-keys}, created with one random key on first start
 * (owner read/write only) and read on every later start. It must be backed up with {@code pgdata}, but stored
 * apart from database dumps: without it the personal data cannot be read.</li>
 * <li>Unset, external database ({@code DB_URL}): the start fails and says how to set the keys; a key generated on
 * one server's disk would leave the other instances unable to read what it wrote.</li>
 * </ul>
 */
@ApplicationScoped
public class PersonalDataCrypto implements PersonalDataKeys {
    private static final Logger LOG = Logger.getLogger(PersonalDataCrypto.class.getName());
    static final String CONFIG_KEY = "BALAI_PII_KEYS";

    private record Loaded(AesGcmCipher cipher, LookupDigests digests) {
    }

    @Inject
    Config config;

    private final SecureRandom random = new SecureRandom();
    private volatile Loaded loaded;

    @Override
    public void load(DatabaseSettings settings) {
        PiiKeys keys = resolve(config.getOptionalValue(CONFIG_KEY, String.class), settings, random);
        loaded = new Loaded(new AesGcmCipher(keys, random), new LookupDigests(keys));
        LOG.info(() -> "Personal-data keys " + keys.all().keySet() + " loaded; new values use key "
                + keys.currentId());
    }

    @Override
    public byte[] seal(TenantId tenant, String column, UUID row, byte[] content) {
        return cipher().encryptBytes(content, new FieldAddress(tenant, column, row));
    }

    @Override
    public byte[] open(TenantId tenant, String column, UUID row, byte[] sealed) {
        return cipher().decryptBytes(sealed, new FieldAddress(tenant, column, row));
    }

    public AesGcmCipher cipher() {
        return require().cipher();
    }

    public LookupDigests digests() {
        return require().digests();
    }

    private Loaded require() {
        Loaded l = loaded;
        if (l == null) {
            throw new IllegalStateException("The personal-data keys are not loaded: the platform has not started");
        }
        return l;
    }

    static PiiKeys resolve(Optional<String> configured, DatabaseSettings settings, SecureRandom random) {
        Optional<String> spec = configured.filter(s -> !s.isBlank());
        if (spec.isPresent()) {
            try {
                return PiiKeys.parse(spec.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(CONFIG_KEY + ": " + e.getMessage(), e);
            }
        }
        if (!settings.embedded()) {
            throw new IllegalStateException(CONFIG_KEY + " is not set. With an external database (DB_URL) the keys "
                    + "that encrypt personal data must come from configuration, the same on every instance: "
                    + CONFIG_KEY + "=1:<32 random bytes in base64, e.g. from `openssl rand -base64 32`>. "
                    + "Keep them apart from database backups.");
        }
        return readOrCreate(keyFile(settings), random);
    }

    static Path keyFile(DatabaseSettings settings) {
        return settings.dataDirectory().resolve("keys").resolve("pii-keys");
    }

    private static PiiKeys readOrCreate(Path file, SecureRandom random) {
        try {
            if (Files.exists(file)) {
                if (SecretFiles.readableByOthers(file)) {
                    LOG.warning(() -> file + " can be read by others than its owner; it should be mode 600");
                }
                return PiiKeys.parse(Files.readString(file));
            }
            PiiKeys keys = PiiKeys.generate(random);
            // Complete or absent, never half written: a torn key file would make every stored value unreadable.
            SecretFiles.write(file, keys.format());
            LOG.warning(() -> "Generated a personal-data key in " + file + ". Back it up with the database, apart "
                    + "from database dumps: without it the personal data cannot be read.");
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-data key file " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
