package id.balai.privacy.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import id.balai.platform.domain.TenantId;

/**
 * Keyed digests (HMAC-SHA256) of normalised phone numbers and e-mail addresses, stored beside the encrypted
 * values so that "the earlier cases of this SMS sender" is an indexed equality lookup, with nothing decrypted.
 * <p>
 * Each personal-data key has its own digest key, derived from it as HKDF-Expand (RFC 5869 §2.3, one block; the
 * extract step is skipped because the key is already uniformly random): {@code HMAC(key, label || 0x01)}. A row's
 * digest is made with the key that encrypted it; a lookup computes one digest per key, so rows written before a
 * rotation are still found. The tenant and the column are part of the digested message: the same number gives
 * unrelated digests in two tenants, and a table copy alone cannot tell that two tenants know the same person.
 * Without the key a digest cannot be tested against guessed numbers, unlike a plain hash of a phone number.
 */
public final class LookupDigests {
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] LABEL = "balai/pii/lookup-digest/v1".getBytes(StandardCharsets.UTF_8);

    private final TreeMap<Integer, SecretKey> digestKeys = new TreeMap<>();

    public LookupDigests(PiiKeys keys) {
        for (Map.Entry<Integer, SecretKey> e : keys.all().entrySet()) {
            byte[] info = new byte[LABEL.length + 1];
            System.arraycopy(LABEL, 0, info, 0, LABEL.length);
            info[LABEL.length] = 0x01;
            digestKeys.put(e.getKey(), new SecretKeySpec(hmac(e.getValue(), info), ALGORITHM));
        }
    }

    /** The digest to store with a new row: under the current (highest) key. */
    public byte[] current(TenantId tenant, String column, String normalisedValue) {
        return hmac(digestKeys.lastEntry().getValue(), message(tenant, column, normalisedValue));
    }

    /** The digests a stored row may carry, one per key, newest first. */
    public List<byte[]> candidates(TenantId tenant, String column, String normalisedValue) {
        byte[] message = message(tenant, column, normalisedValue);
        List<byte[]> out = new ArrayList<>();
        for (SecretKey key : digestKeys.descendingMap().values()) {
            out.add(hmac(key, message));
        }
        return out;
    }

    private static byte[] message(TenantId tenant, String column, String value) {
        return (tenant.value() + "\0" + column + "\0" + value).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(SecretKey key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }
}
