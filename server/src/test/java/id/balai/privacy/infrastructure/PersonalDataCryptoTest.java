package id.balai.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.balai.platform.infrastructure.DatabaseSettings;

class PersonalDataCryptoTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dataDir;

    private DatabaseSettings embedded() {
        return new DatabaseSettings(Optional.empty(), "postgres", "", "balai_app", 15432, dataDir);
    }

    private DatabaseSettings external() {
        return new DatabaseSettings(Optional.of("jdbc:postgresql://db.example:5432/balai"), "balai", "", "balai_app",
                15432, dataDir);
    }

    @Test
    void configuredKeysAreUsedWhateverTheDatabase() {
        String spec = "1:" + Base64.getEncoder().encodeToString(new byte[32]);
        assertThat(PersonalDataCrypto.resolve(Optional.of(spec), external(), RANDOM).all()).containsOnlyKeys(1);
        assertThat(PersonalDataCrypto.resolve(Optional.of(spec), embedded(), RANDOM).all()).containsOnlyKeys(1);
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void withTheEmbeddedDatabaseAKeyFileIsCreatedForTheOwnerOnlyAndReused() throws IOException {
        PiiKeys first = PersonalDataCrypto.resolve(Optional.empty(), embedded(), RANDOM);
        Path file = dataDir.resolve("keys/pii-keys");
        assertThat(file).isRegularFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(file.resolveSibling("pii-keys.new")).doesNotExist();

        PiiKeys again = PersonalDataCrypto.resolve(Optional.of(" "), embedded(), RANDOM);
        assertThat(again.key(1).orElseThrow().getEncoded()).isEqualTo(first.key(1).orElseThrow().getEncoded());
    }

    @Test
    void withAnExternalDatabaseMissingKeysStopTheStartWithTheWayToSetThem() {
        assertThatThrownBy(() -> PersonalDataCrypto.resolve(Optional.empty(), external(), RANDOM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BALAI_PII_KEYS is not set")
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(dataDir.resolve("keys")).doesNotExist();
    }

    @Test
    void malformedConfiguredKeysNameTheSetting() {
        assertThatThrownBy(() -> PersonalDataCrypto.resolve(Optional.of("1:kurang"), embedded(), RANDOM))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("BALAI_PII_KEYS: ");
    }
}
