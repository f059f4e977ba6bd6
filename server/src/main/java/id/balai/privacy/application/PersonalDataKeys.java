package id.balai.privacy.application;

import java.util.UUID;

import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.DatabaseSettings;

/**
 * The port to the personal-data keys: loaded once at start-up, before the database, and used by the contexts that
 * keep a personal document of their own (an information requester's identity copy) to seal it with the same keys
 * and the same address binding as the vault's fields. The adapter is {@code privacy.infrastructure.PersonalDataCrypto}.
 */
public interface PersonalDataKeys {

    /** Loads the keys (from {@code BALAI_PII_KEYS} or, with the embedded database, the data folder). */
    void load(DatabaseSettings settings);

    /** Seals {@code content} for one column of one row of one tenant: it opens only at that address. */
    byte[] seal(TenantId tenant, String column, UUID row, byte[] content);

    /** Opens what {@link #seal} sealed at the same address. */
    byte[] open(TenantId tenant, String column, UUID row, byte[] sealed);
}
