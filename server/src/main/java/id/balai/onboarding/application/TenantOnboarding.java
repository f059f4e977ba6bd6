package id.balai.onboarding.application;

import java.util.List;

import id.balai.audit.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.TenantCatalog;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TenantStatus;
import id.balai.tenancy.infrastructure.TenantFileReader;
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

    /** A new tenant and its first admin's one-time password (shown once). */
    public record Onboarded(Tenant tenant, String adminUsername, String adminPassword) {
    }

    public Onboarded onboard(String definition, Actor actor) {
        TenantFileReader.Result read = catalog.reader().read(definition == null ? "" : definition);
        if (!read.valid()) {
            throw invalid(read.problems());
        }
        TenantDefinition d = read.definition().get();
        List<DefinitionProblem> clashes = TenantCatalog.clashesWith(d,
                registry.all().stream().map(Tenant::definition).toList());
        if (!clashes.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "TENANT_CLASHES",
                    Message.of("Definisi bertabrakan dengan kabupaten/kota lain.",
                            "The definition clashes with another regency."),
                    clashes.get(0).path(), details(clashes));
        }
        Onboarded done = records.create(d, read.json(), read.sha256(), actor);
        catalog.refreshFromStore();
        return done;
    }

    /** Suspends (portal and API closed, data kept) or reactivates a tenant. */
    public Tenant setStatus(String slug, TenantStatus status, Actor actor) {
        Tenant t = registry.find(slug).orElseThrow(id.balai.tenancy.domain.TenantNotFoundException::new);
        records.changeStatus(slug, status, actor);
        catalog.refreshFromStore();
        return registry.find(slug).orElse(t);
    }

    private static DomainException invalid(List<DefinitionProblem> problems) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, "TENANT_DEFINITION_INVALID",
                Message.of("Definisi kabupaten/kota tidak valid: " + problems.size() + " masalah, lihat 'problems'.",
                        "The regency definition is not valid: " + problems.size() + " problem(s), see 'problems'."),
                problems.get(0).path(), details(problems));
    }

    private static List<DomainException.Detail> details(List<DefinitionProblem> problems) {
        return problems.stream().map(p -> new DomainException.Detail(p.path(), p.message())).toList();
    }
}
