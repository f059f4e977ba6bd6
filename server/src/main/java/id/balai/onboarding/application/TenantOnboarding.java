package id.balai.onboarding.application;

import id.balai.platform.domain.Actor;
import id.balai.tenancy.application.TenantCatalog;
import id.balai.tenancy.application.TenantDefinitions;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Onboards a regency from a definition (the tenant file's schema, as YAML or JSON) without a restart: checked as a
 * tenant file is (schema, domain rules) and against every other tenant (slug, short code, hosts, SMS hotline),
 * with every problem listed by path; then the tenant, its organisation, its categories and its first admin are
 * written in one transaction. Every instance's registry follows within seconds ({@code TenantRegistryRefresh});
 * the calendar is built from the definition on first use.
 */
@ApplicationScoped
public class TenantOnboarding {

    @Inject
    TenantCatalog catalog;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantRecords records;

    @Inject
    TenantDefinitions definitions;

    /** A new tenant and its first admin's one-time password (shown once). */
    public record Onboarded(Tenant tenant, String adminUsername, String adminPassword) {
    }

    public Onboarded onboard(String definition, Actor actor) {
        TenantDefinitions.Accepted accepted = definitions.checkNew(definition);
        Onboarded done = records.create(accepted, actor);
        definitions.refresh();
        return done;
    }

    /** Suspends (portal and API closed, data kept) or reactivates a tenant. */
    public Tenant setStatus(String slug, TenantStatus status, Actor actor) {
        Tenant t = registry.find(slug).orElseThrow(id.balai.tenancy.domain.TenantNotFoundException::new);
        records.changeStatus(slug, status, actor);
        catalog.refreshFromStore();
        return registry.find(slug).orElse(t);
    }
}
