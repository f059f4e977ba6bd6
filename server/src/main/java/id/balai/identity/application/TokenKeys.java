package id.balai.identity.application;

/**
 * The port start-up uses to load the keys that sign and verify Balai's access tokens. The adapter is
 * {@code identity.infrastructure.AccessTokens}.
 */
public interface TokenKeys {

    /** Loads or creates the key pair; afterwards tokens can be issued and verified. */
    void loadKeys();
}
