package id.balai.onboarding.application;

import java.util.List;
import java.util.Map;

import id.balai.platform.domain.Actor;
import id.balai.tenancy.application.TenantDefinitions;
import id.balai.tenancy.domain.DefinitionVersions;
import id.balai.tenancy.domain.TenantNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The platform operator replaces a running regency's definition (issue 14: a regency is changed while it runs, a
 * file-based one without an edit and a restart, an onboarded one at all). The new definition is checked as every
 * definition is, its slug cannot change, a unit that holds open cases cannot disappear; it becomes the next version,
 * is recorded in the tenant's and the platform's audit chains, and is live at once here and within seconds on every
 * other instance (the registry refresh that onboarding uses).
 */
@ApplicationScoped
public class DefinitionChanges {

    @Inject
    TenantDefinitions definitions;

    @Inject
    TenantRecords records;

    public TenantRecords.Changed replace(String slug, String definition, Actor actor) {
        definitions.current(slug).orElseThrow(TenantNotFoundException::new);
        TenantRecords.Changed changed = records.change(slug,
                current -> definitions.checkReplacement(slug, definition == null ? "" : definition),
                DefinitionVersions.Way.REPLACEMENT, actor, "TENANT_DEFINITION_REPLACED", Map.of());
        definitions.refresh();
        return changed;
    }

    /** The definition in force, as a document (exported as YAML or JSON). */
    public com.fasterxml.jackson.databind.JsonNode current(String slug) {
        return TenantDefinitions.document(definitions.current(slug).orElseThrow(TenantNotFoundException::new).json());
    }

    public List<DefinitionVersions.Version> versions(String slug) {
        definitions.current(slug).orElseThrow(TenantNotFoundException::new);
        return definitions.versions(slug);
    }

    public com.fasterxml.jackson.databind.JsonNode version(String slug, int version) {
        definitions.current(slug).orElseThrow(TenantNotFoundException::new);
        return TenantDefinitions.document(definitions.versionDefinition(slug, version)
                .orElseThrow(() -> new id.balai.platform.domain.DomainException(
                        id.balai.platform.domain.DomainException.Kind.NOT_FOUND, "DEFINITION_VERSION_NOT_FOUND",
                        id.balai.platform.domain.Message.of("Versi definisi " + version + " tidak ada.",
                                "There is no version " + version + " of the definition."), "version")));
    }
}
