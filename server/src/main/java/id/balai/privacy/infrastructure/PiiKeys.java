package id.balai.privacy.infrastructure;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that protect personal data, each with a one-byte id that every ciphertext carries. The highest
 * id encrypts; every id decrypts. Rotating is adding a key with a higher id: new writes use it, old rows still
 * read, and a key can be dropped once no row carries its id any more.
 * <p>
 * Written as {@code id:base64key} pairs separated by commas or line breaks, e.g. {@code 1:q2Fz…=,2:Zm9v…=} (each
 * key 32 random bytes: {@code openssl rand -base64 32}). Key material never appears in a message or a log.
 */
public final class PiiKeys {
    static final int KEY_BYTES = 32;

    private final TreeMap<Integer, SecretKey> keys;

    private PiiKeys(TreeMap<Integer, SecretKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No personal-data key given");
        }
        this.keys = keys;
    }

    /** Reads keys written as {@code id:base64key} pairs; names the faulty entry by position, never its content. */
    public static PiiKeys parse(String spec) {
        TreeMap<Integer, SecretKey> keys = new TreeMap<>();
        String[] entries = spec.strip().split("\\s*[,\\n]\\s*");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i];
            int colon = entry.indexOf(':');
            int id;
            byte[] key;
            try {
                id = Integer.parseInt(entry.substring(0, Math.max(colon, 0)));
                key = Base64.getDecoder().decode(entry.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Personal-data key entry " + (i + 1)
                        + " is not id:base64key (id 1-255, key 32 bytes in base64)");
            }
            if (id < 1 || id > 255) {
                throw new IllegalArgumentException("Personal-data key entry " + (i + 1) + ": the id must be 1-255");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("Personal-data key " + id + " has " + key.length
                        + " bytes; AES-256 needs " + KEY_BYTES);
            }
            if (keys.put(id, new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException("Personal-data key id " + id + " is given twice");
            }
        }
        return new PiiKeys(keys);
    }

    /** One fresh random key with id 1. */
    public static PiiKeys generate(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        TreeMap<Integer, SecretKey> keys = new TreeMap<>();
        keys.put(1, new SecretKeySpec(key, "AES"));
        return new PiiKeys(keys);
    }

    /** The keys in the form {@link #parse} reads, one a line. */
    public String format() {
        return keys.entrySet().stream()
                .map(e -> e.getKey() + ":" + Base64.getEncoder().encodeToString(e.getValue().getEncoded()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** The id of the key that encrypts: the highest. */
    public int currentId() {
        return keys.lastKey();
    }

    public Optional<SecretKey> key(int id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** Every key by id, for lookups that must match rows written under any of them. */
    public Map<Integer, SecretKey> all() {
        return Collections.unmodifiableMap(keys);
    }

    @Override
    public String toString() {
        return "PiiKeys" + keys.keySet();
    }
}
