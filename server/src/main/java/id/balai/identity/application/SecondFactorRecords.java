package id.balai.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * The port to an officer's authenticator secret (sealed) and recovery codes (digests only). The adapter is
 * {@code identity.infrastructure.SecondFactorStore}.
 */
public interface SecondFactorRecords {

    /** A confirmed factor: its secret and the step of the last code accepted. */
    public record Factor(byte[] secret, Long lastStep) {
    }

    void savePending(TenantId tenant, UUID officer, byte[] secret);

    Optional<byte[]> pending(TenantId tenant, UUID officer);

    /** The pending secret becomes the factor (replacing any earlier one), with its first code's step. */
    void confirm(TenantId tenant, UUID officer, byte[] secret, long step, Instant at);

    Optional<Factor> factor(TenantId tenant, UUID officer);

    /** Records a code's step as used; false when a concurrent sign-in used it (or a later one) first. */
    boolean useStep(TenantId tenant, UUID officer, long step);

    void remove(TenantId tenant, UUID officer);

    void replaceRecoveryCodes(TenantId tenant, UUID officer, List<byte[]> digests);

    /** Spends a recovery code; false when it is unknown or already spent. */
    boolean useRecoveryCode(TenantId tenant, UUID officer, byte[] digest);

    long recoveryCodesLeft(TenantId tenant, UUID officer);
}
