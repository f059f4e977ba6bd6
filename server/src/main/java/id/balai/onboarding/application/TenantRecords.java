package id.balai.onboarding.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.balai.audit.application.AuditLog;
import id.balai.identity.application.InitialAccounts;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.application.OpenCasesAtUnit;
import id.balai.tenancy.application.TenantCatalog;
import id.balai.tenancy.application.TenantDefinitions;
import id.balai.tenancy.domain.DefinitionDiff;
import id.balai.tenancy.domain.DefinitionVersions.Current;
import id.balai.tenancy.domain.DefinitionVersions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TenantNotFoundException;
import id.balai.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The writes of onboarding and suspension, each in one transaction: all of it, or nothing. */
@ApplicationScoped
public class TenantRecords {

    @Inject
    TenantDefinitions definitions;

    @Inject
    TenantCatalog catalog;

    @Inject
    InitialAccounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    @Any
    Instance<OpenCasesAtUnit> openCases;

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

    /** A change of a regency's definition, as stored. */
    public record Changed(String slug, int version, String sha256, List<String> changes) {
    }

    /**
     * Changes a regency's definition in one transaction: its row locked, the change applied to the version in force
     * and checked as every definition is, no unit that holds open cases taken away, the next version kept and the
     * change recorded in the tenant's audit chain (and the platform's, for the operator's changes).
     *
     * @param change the new definition, made from the one in force; it throws when the change is refused
     */
    @Transactional
    public Changed change(String slug, Function<Current, TenantDefinitions.Accepted> change, DefinitionVersions.Way way,
            Actor actor, String action, Map<String, ?> detail) {
        Current current = definitions.lockCurrent(slug).orElseThrow(TenantNotFoundException::new);
        TenantDefinitions.Accepted next = change.apply(current);
        if (next.sha256().equals(current.sha256())) {
            return new Changed(slug, current.version(), current.sha256(), List.of("no change"));
        }
        refuseTakingBusyUnits(current.definition(), next.definition());
        List<String> changes = DefinitionDiff.between(current.definition(), next.definition());
        int version = definitions.replace(current, next, new DefinitionVersions.Author(actor.id(), actor.roles()),
                way, changes);
        Map<String, Object> entry = new LinkedHashMap<>(detail);
        entry.put("version", version);
        entry.put("sha256", next.sha256());
        entry.put("changes", changes);
        audit.record(new TenantId(slug), actor, action, "tenant", slug, entry);
        if (way == DefinitionVersions.Way.REPLACEMENT) {
            audit.recordPlatform(actor, action, "tenant", slug, entry);
        }
        return new Changed(slug, version, next.sha256(), changes);
    }

    /** A unit that is left out is deactivated: never one whose queue still holds open cases (they would be lost). */
    private void refuseTakingBusyUnits(TenantDefinition before, TenantDefinition after) {
        Set<String> kept = new HashSet<>();
        after.flattenedUnits().forEach(p -> kept.add(p.unit().code()));
        List<DomainException.Detail> busy = new ArrayList<>();
        for (TenantDefinition.PlacedUnit p : before.flattenedUnits()) {
            String code = p.unit().code();
            if (kept.contains(code)) {
                continue;
            }
            for (OpenCasesAtUnit counter : openCases) {
                OpenCasesAtUnit.Count n = counter.count(before.id(), code);
                if (n.open() > 0) {
                    busy.add(new DomainException.Detail(code, "unit " + code + " holds " + n.open() + " " + n.what(),
                            "unit " + code + " masih menangani " + n.open() + " " + n.whatId()));
                }
            }
        }
        if (!busy.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "ORG_UNIT_HAS_OPEN_CASES",
                    Message.of("Unit yang masih menangani kasus terbuka tidak dapat dinonaktifkan atau dihapus dari "
                            + "definisi; selesaikan atau alihkan kasusnya dulu. Lihat 'problems'.",
                            "A unit that still holds open cases cannot be deactivated or left out of the definition; "
                                    + "finish or move its cases first. See 'problems'."),
                    busy.get(0).path(), busy);
        }
    }

    /** An entry in the platform's audit chain. */
    @Transactional
    public void recordPlatform(Actor actor, String action, String tenant, Map<String, ?> detail) {
        audit.recordPlatform(actor, action, "tenant", tenant, detail);
    }

    @Transactional
    public void changeStatus(String slug, TenantStatus status, Actor actor) {
        catalog.setStatus(slug, status);
        audit.recordPlatform(actor, status == TenantStatus.SUSPENDED ? "TENANT_SUSPENDED" : "TENANT_REACTIVATED",
                "tenant", slug, Map.of());
    }
}
