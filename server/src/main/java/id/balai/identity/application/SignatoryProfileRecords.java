package id.balai.identity.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import id.balai.identity.domain.SignatoryProfile;
import id.balai.platform.domain.TenantId;

/**
 * The port to an officer's position and NIP, for the letters they sign. The adapter is
 * {@code identity.infrastructure.SignatoryProfileRepository}.
 */
public interface SignatoryProfileRecords {

    Optional<SignatoryProfile> find(TenantId tenant, UUID officer);

    void save(TenantId tenant, UUID officer, SignatoryProfile p, Instant now);
}
