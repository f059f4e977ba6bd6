package id.balai.privacy.infrastructure;

import java.util.UUID;

import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The sealer on the personal-data cipher (AES-256-GCM, the same keys and rotation as the vault). */
@ApplicationScoped
public class CipherSecretSealer implements SecretSealer {

    @Inject
    PersonalDataCrypto crypto;

    @Override
    public byte[] seal(TenantId tenant, String column, UUID row, byte[] secret) {
        return crypto.cipher().encryptBytes(secret, new FieldAddress(tenant, column, row));
    }

    @Override
    public byte[] open(TenantId tenant, String column, UUID row, byte[] sealed) {
        return crypto.cipher().decryptBytes(sealed, new FieldAddress(tenant, column, row));
    }
}
