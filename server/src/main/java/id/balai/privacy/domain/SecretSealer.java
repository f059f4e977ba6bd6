package id.balai.privacy.domain;

import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * Seals a small secret that another context must keep but never show (an officer's TOTP key) with the personal-data
 * keys: encrypted and bound to its tenant, column and row, so a value copied elsewhere no longer opens.
 */
public interface SecretSealer {

    /** @param column the table and column that keeps the sealed value, e.g. {@code officer.totp_secret_enc} */
    byte[] seal(TenantId tenant, String column, UUID row, byte[] secret);

    /** @throws IllegalStateException when the value was not sealed for this tenant, column and row */
    byte[] open(TenantId tenant, String column, UUID row, byte[] sealed);
}
