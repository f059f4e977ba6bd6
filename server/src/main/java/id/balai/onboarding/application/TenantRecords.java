package id.balai.onboarding.application;

import java.util.Map;

import id.balai.audit.domain.Actor;
import id.balai.audit.infrastructure.AuditTrail;
import id.balai.identity.application.InitialAccounts;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.TenantDefinitions;
import id.balai.tenancy.domain.DefinitionVersions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TenantStatus;
import id.balai.tenancy.infrastructure.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The writes of onboarding and suspension, each in one transaction: all of it, or nothing. */
@ApplicationScoped
public class TenantRecords {

    @Inject
    TenantDefinitions definitions;

    @Inject
    TenantStore store;

    @Inject
    InitialAccounts accounts;

    @Inject
    AuditTrail audit;

    /** The tenant, its organisation and categories, its first version, its first admin and the audit entry. */
    @Transactional
    public TenantOnboarding.Onboarded create(TenantDefinitions.Accepted a, Actor actor) {
        TenantDefinition d = a.definition();
        if (!definitions.create(a, new DefinitionVersions.Author(actor.id(), actor.roles()))) {
            throw new DomainException(DomainException.Kind.CONFLICT, "TENANT_CLASHES",
                    Message.of("Kabupaten/kota ini sudah ada.", "This regency already exists."), "$.slug");
        }
        Tenant tenant = new Tenant(d, TenantStatus.ACTIVE);
        String password = accounts.createTenantAdmin(tenant, actor);
        audit.recordPlatform(actor, "TENANT_ONBOARDED", "tenant", d.slug(),
                Map.of("name", d.name(), "timeZone", d.timeZone().name(), "province", d.province().code(),
                        "sha256", a.sha256()));
        return new TenantOnboarding.Onboarded(tenant, "admin", password);
    }

    /** An entry in the platform's audit chain. */
    @Transactional
    public void recordPlatform(Actor actor, String action, String tenant, Map<String, ?> detail) {
        audit.recordPlatform(actor, action, "tenant", tenant, detail);
    }

    @Transactional
    public void changeStatus(String slug, TenantStatus status, Actor actor) {
        store.setStatus(slug, status);
        audit.recordPlatform(actor, status == TenantStatus.SUSPENDED ? "TENANT_SUSPENDED" : "TENANT_REACTIVATED",
                "tenant", slug, Map.of());
    }
}
