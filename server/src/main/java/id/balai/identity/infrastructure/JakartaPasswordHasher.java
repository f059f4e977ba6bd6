package id.balai.identity.infrastructure;

import java.util.Map;

import id.balai.identity.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * PBKDF2-HMAC-SHA512 with 210 000 iterations and a 32-byte salt (OWASP's 2023 figure for this algorithm), through
 * Jakarta Security's built-in {@link Pbkdf2PasswordHash}. The parameters are stored in each hash, so raising them
 * later keeps old hashes verifiable.
 */
@ApplicationScoped
public class JakartaPasswordHasher implements PasswordHasher {
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    Instance<Pbkdf2PasswordHash> hashes;

    private Pbkdf2PasswordHash hasher() {
        Pbkdf2PasswordHash h = hashes.get();
        h.initialize(PARAMETERS);
        return h;
    }

    @Override
    public String hash(char[] password) {
        return hasher().generate(password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        return hasher().verify(password, hash);
    }
}
