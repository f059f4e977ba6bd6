package id.balai.tenancy.application;

import java.util.List;
import java.util.Optional;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.domain.DefinitionVersions.Author;
import id.balai.tenancy.domain.DefinitionVersions.Current;
import id.balai.tenancy.domain.DefinitionVersions.Version;
import id.balai.tenancy.domain.DefinitionVersions.Way;
import id.balai.tenancy.domain.StoredOrganisation;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.infrastructure.TenantFileReader;
import id.balai.tenancy.infrastructure.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A regency's definition for the other contexts: the one check every path applies (onboarding, archive import, a
 * replacement, an admin's edit; tenant files at start go through {@link TenantCatalog} with the same reader), the
 * refusal that lists every problem, and the kept versions. Nothing here records audit entries: the callers do, in
 * the same transaction.
 */
@ApplicationScoped
public class TenantDefinitions {

    @Inject
    TenantCatalog catalog;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantStore store;

    /** A definition that passed every check, with its stored form and digest. */
    public record Accepted(TenantDefinition definition, String json, String sha256) {
    }

    /** A definition for a new regency: it must not take anything another regency holds, its slug included. */
    public Accepted checkNew(String text) {
        return accept(catalog.reader().read(text, TenantFileReader.Context.among(others())));
    }

    /**
     * An archived regency's definition (the stored JSON of another deployment), which must carry this slug (the
     * archive names its tenant), with the boundaries the archive holds for it: checked together, as its folder's
     * files are. Stored definitions write what is absent as null; that is not a fault of theirs.
     *
     * @param boundaries the archived regency's boundaries (GeoJSON), or null when it has none
     */
    public Accepted checkArchived(String storedJson, String boundaries, String slug) {
        TenantFileReader.Context context = TenantFileReader.Context.among(others())
                .withSlug(slug, "the archive's tenant", "kabupaten/kota arsip");
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = TenantFileReader.document(storedJson);
        } catch (IllegalStateException notJson) {
            return accept(catalog.reader().read(storedJson, boundaries, context));
        }
        return accept(tree.isObject() ? catalog.reader().check(tree, boundaries, context)
                : catalog.reader().read(storedJson, boundaries, context));
    }

    /** A new definition for an existing regency: the slug cannot change. */
    public Accepted checkReplacement(String slug, String text) {
        return accept(catalog.reader().read(text, replacing(slug)));
    }

    /** An existing regency's definition as an edit left it (units, categories). */
    public Accepted checkReplacement(String slug, TenantDefinition changed) {
        return accept(catalog.reader().check(TenantFileReader.document(changed), replacing(slug)));
    }

    private TenantFileReader.Context replacing(String slug) {
        TenantFileReader.Context c = TenantFileReader.Context.among(others()).withSlug(slug,
                "the regency's slug, which cannot change", "slug kabupaten/kota, yang tidak dapat diubah");
        return registry.find(slug).map(Tenant::definition)
                .map(d -> c.withFixed(java.util.Map.of("shortCode", d.shortCode(), "timeZone", d.timeZone().name())))
                .orElse(c);
    }

    private List<TenantDefinition> others() {
        return registry.all().stream().map(Tenant::definition).toList();
    }

    private static Accepted accept(TenantFileReader.Result r) {
        if (!r.valid()) {
            throw rejection(r.problems());
        }
        return new Accepted(r.definition().get(), r.json(), r.sha256());
    }

    /**
     * Every problem, by path: 422 {@code TENANT_DEFINITION_INVALID} when anything is wrong with the definition
     * itself (the clashes listed too), 409 {@code TENANT_CLASHES} when its only fault is to take what another regency
     * holds.
     */
    public static DomainException rejection(List<DefinitionProblem> problems) {
        List<DomainException.Detail> details = problems.stream()
                .map(p -> new DomainException.Detail(p.path(), p.message(), p.messageId())).toList();
        if (problems.stream().allMatch(DefinitionProblem::clash)) {
            return new DomainException(DomainException.Kind.CONFLICT, "TENANT_CLASHES",
                    Message.of("Definisi bertabrakan dengan kabupaten/kota lain: " + problems.size()
                            + " masalah, lihat 'problems'.", "The definition clashes with another regency: "
                                    + problems.size() + " problem(s), see 'problems'."),
                    problems.get(0).path(), details);
        }
        return new DomainException(DomainException.Kind.UNPROCESSABLE, "TENANT_DEFINITION_INVALID",
                Message.of("Definisi kabupaten/kota tidak valid: " + problems.size() + " masalah, lihat 'problems'.",
                        "The regency definition is not valid: " + problems.size() + " problem(s), see 'problems'."),
                problems.get(0).path(), details);
    }

    /** Creates a regency from an accepted definition, as its first version (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean create(Accepted a, Author author) {
        return store.create(a.definition(), a.json(), a.sha256(), TenantStore.Source.API, null, author,
                Way.ONBOARDING);
    }

    /** The definition in force, locked for a change until the caller's transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Current> lockCurrent(String slug) {
        return store.lockCurrent(slug);
    }

    /** The definition in force, as stored. */
    public Optional<Current> current(String slug) {
        return TenantId.isValid(slug) ? store.current(slug) : Optional.empty();
    }

    /** A stored definition (JSON) as a document a tenant file could hold: absent values left out. */
    public static com.fasterxml.jackson.databind.JsonNode document(String storedJson) {
        return TenantFileReader.document(storedJson);
    }

    /** Stores an accepted definition as the next version (in the caller's transaction). @return its number */
    @Transactional(Transactional.TxType.MANDATORY)
    public int replace(Current current, Accepted a, Author author, Way way, List<String> changes) {
        return store.replace(current, a.definition(), a.json(), a.sha256(), author, way, changes);
    }

    public List<Version> versions(String slug) {
        return TenantId.isValid(slug) ? store.versions(slug) : List.of();
    }

    public Optional<String> versionDefinition(String slug, int version) {
        return TenantId.isValid(slug) ? store.versionDefinition(slug, version) : Optional.empty();
    }

    public List<StoredOrganisation.Unit> units(TenantId tenant) {
        return store.units(tenant);
    }

    public List<StoredOrganisation.Category> categories(TenantId tenant) {
        return store.categories(tenant);
    }

    /** After a change: this instance's registry at once (the others within seconds, by TenantRegistryRefresh). */
    public void refresh() {
        catalog.refreshFromStore();
    }
}
