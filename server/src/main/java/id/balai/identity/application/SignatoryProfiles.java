package id.balai.identity.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.identity.domain.SignatoryProfile;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * An officer's signatory profile (position and NIP): the officer keeps their own; the letters they sign print it.
 * A change is audited, because it changes what official letters say.
 */
@ApplicationScoped
public class SignatoryProfiles {

    @Inject
    TenantTransactions scope;

    @Inject
    SignatoryProfileRecords profiles;

    @Inject
    AuditLog audit;

    @Transactional
    public Optional<SignatoryProfile> of(TenantId tenant, UUID officer) {
        return scope.call(tenant, () -> profiles.find(tenant, officer));
    }

    @Transactional
    public SignatoryProfile save(TenantId tenant, Actor officer, SignatoryProfile p, Instant now) {
        scope.run(tenant, () -> {
            profiles.save(tenant, UUID.fromString(officer.id()), p, now);
            audit.record(tenant, officer, "SIGNATORY_PROFILE_SAVED", "officer", officer.id(),
                    Map.of("position", p.position(), "nip", p.nip().orElse("")));
        });
        return p;
    }
}
