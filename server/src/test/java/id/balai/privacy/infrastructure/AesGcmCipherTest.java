package id.balai.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;

class AesGcmCipherTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TenantId MUARA_ENIM = new TenantId("muara-enim");
    private static final TenantId LUWU_TIMUR = new TenantId("luwu-timur");
    private static final UUID ROW = UUID.randomUUID();
    private static final FieldAddress NAME = new FieldAddress(MUARA_ENIM, "person.name_enc", ROW);

    private static String key() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    private static AesGcmCipher cipher(String spec) {
        return new AesGcmCipher(PiiKeys.parse(spec), RANDOM);
    }

    @Test
    void aValueComesBackAsItWent() {
        AesGcmCipher c = cipher("1:" + key());
        byte[] sealed = c.encrypt("Siti Aminah binti Ahmad", NAME);
        assertThat(c.decrypt(sealed, NAME)).isEqualTo("Siti Aminah binti Ahmad");
        assertThat(c.decrypt(c.encrypt("", NAME), NAME)).isEmpty();
    }

    @Test
    void aFileComesBackAsItWentAndOnlyAtItsOwnAddress() {
        AesGcmCipher c = cipher("1:" + key());
        byte[] scan = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 3};
        FieldAddress here = new FieldAddress(MUARA_ENIM, "information_file.content", ROW);
        byte[] sealed = c.encryptBytes(scan, here);
        assertThat(c.decryptBytes(sealed, here)).isEqualTo(scan);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("PNG");
        FieldAddress elsewhere = new FieldAddress(MUARA_ENIM, "information_file.content", java.util.UUID.randomUUID());
        assertThatThrownBy(() -> c.decryptBytes(sealed, elsewhere)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theStoredFormIsVersionKeyIdNonceThenCiphertextWithTag() {
        byte[] sealed = cipher("1:" + key()).encrypt("Siti", NAME);
        assertThat(sealed[0]).isEqualTo(AesGcmCipher.VERSION);
        assertThat(sealed[1]).isEqualTo((byte) 1);
        assertThat(sealed).hasSize(2 + 12 + "Siti".length() + 16);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        AesGcmCipher c = cipher("1:" + key());
        assertThat(c.encrypt("082374048333", NAME)).isNotEqualTo(c.encrypt("082374048333", NAME));
    }

    @Test
    void aChangedByteIsDetected() {
        AesGcmCipher c = cipher("1:" + key());
        byte[] sealed = c.encrypt("Siti", NAME);
        for (int i : new int[] {14, sealed.length - 1, 5}) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> c.decrypt(tampered, NAME)).as("byte " + i)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not authenticate");
        }
    }

    @Test
    void aValueMovedToAnotherTenantRowOrColumnDoesNotDecrypt() {
        AesGcmCipher c = cipher("1:" + key());
        byte[] sealed = c.encrypt("Siti", NAME);
        for (FieldAddress elsewhere : new FieldAddress[] {
                new FieldAddress(LUWU_TIMUR, "person.name_enc", ROW),
                new FieldAddress(MUARA_ENIM, "person.name_enc", UUID.randomUUID()),
                new FieldAddress(MUARA_ENIM, "person.occupation_enc", ROW)}) {
            assertThatThrownBy(() -> c.decrypt(sealed, elsewhere)).as(elsewhere.toString())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not authenticate");
        }
    }

    @Test
    void anotherKeyUnderTheSameIdDoesNotDecrypt() {
        byte[] sealed = cipher("1:" + key()).encrypt("Siti", NAME);
        assertThatThrownBy(() -> cipher("1:" + key()).decrypt(sealed, NAME))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterRotationOldValuesStillReadAndNewOnesUseTheNewestKey() {
        String first = "1:" + key();
        byte[] old = cipher(first).encrypt("Siti", NAME);

        AesGcmCipher rotated = cipher(first + ",2:" + key());
        assertThat(rotated.decrypt(old, NAME)).isEqualTo("Siti");
        byte[] fresh = rotated.encrypt("Siti", NAME);
        assertThat(fresh[1]).isEqualTo((byte) 2);
        assertThat(rotated.decrypt(fresh, NAME)).isEqualTo("Siti");

        assertThatThrownBy(() -> cipher(first).decrypt(fresh, NAME))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key 2, which is not configured");
    }

    @Test
    void whatWasNotWrittenByTheCipherIsRefused() {
        AesGcmCipher c = cipher("1:" + key());
        assertThatThrownBy(() -> c.decrypt("Siti".getBytes(), NAME)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.decrypt(new byte[40], NAME)).isInstanceOf(IllegalStateException.class);
    }
}
