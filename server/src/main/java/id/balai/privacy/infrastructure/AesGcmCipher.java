package id.balai.privacy.infrastructure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one field value with AES-256-GCM from the JDK: a fresh random 12-byte nonce per value, a 128-bit tag,
 * and the value's {@link FieldAddress} plus the header as associated data. The stored form is
 * {@code version (1) | key id | nonce (12) | ciphertext and tag}; the key id lets old rows decrypt after a new
 * key takes over (see {@link PiiKeys}). Thread-safe.
 */
public final class AesGcmCipher {
    static final byte VERSION = 1;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 2;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final PiiKeys keys;
    private final SecureRandom random;

    public AesGcmCipher(PiiKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    public byte[] encrypt(String plaintext, FieldAddress where) {
        return encryptBytes(plaintext.getBytes(StandardCharsets.UTF_8), where);
    }

    /** The same for a file (an ID card copy, say): bound to its tenant, row and column like every value. */
    public byte[] encryptBytes(byte[] plaintext, FieldAddress where) {
        int keyId = keys.currentId();
        SecretKey key = keys.key(keyId).orElseThrow();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] header = {VERSION, (byte) keyId};
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(header, where));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(HEADER_BYTES + NONCE_BYTES + sealed.length)
                    .put(header).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * @throws IllegalStateException when the value was not written here with a key we hold: another address
     *                               (tenant, row, column), another key, a changed byte, an unknown format
     */
    public String decrypt(byte[] stored, FieldAddress where) {
        return new String(decryptBytes(stored, where), StandardCharsets.UTF_8);
    }

    /** @see #decrypt(byte[], FieldAddress) */
    public byte[] decryptBytes(byte[] stored, FieldAddress where) {
        if (stored.length < HEADER_BYTES + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
            throw new IllegalStateException("Not an encrypted value of format " + VERSION + ": " + where.column());
        }
        int keyId = Byte.toUnsignedInt(stored[1]);
        SecretKey key = keys.key(keyId).orElseThrow(() -> new IllegalStateException("A value of " + where.column()
                + " is encrypted with personal-data key " + keyId + ", which is not configured (BALAI_PII_KEYS)"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, HEADER_BYTES, NONCE_BYTES));
            cipher.updateAAD(associatedData(new byte[] {stored[0], stored[1]}, where));
            int offset = HEADER_BYTES + NONCE_BYTES;
            return cipher.doFinal(stored, offset, stored.length - offset);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("A value of " + where.column() + " does not authenticate: it was "
                    + "changed, moved from another row or tenant, or key " + keyId + " is not the one that wrote it");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    private static byte[] associatedData(byte[] header, FieldAddress where) {
        byte[] address = where.bytes();
        return ByteBuffer.allocate(header.length + address.length).put(header).put(address).array();
    }
}
