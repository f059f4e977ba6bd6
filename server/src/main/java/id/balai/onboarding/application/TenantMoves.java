package id.balai.onboarding.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import id.balai.audit.application.AuditLog;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.TenantCatalog;
import id.balai.tenancy.application.TenantDefinitions;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.TenantNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Moving a regency between deployments or shards: its complete data out as an archive, and into another Balai
 * database (which must hold the same personal-data keys and schema version). The audit chain travels as it is, so
 * it verifies on the other side.
 */
@ApplicationScoped
public class TenantMoves {

    @Inject
    TenantArchives archives;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantCatalog catalog;

    @Inject
    AuditLog audit;

    @Inject
    TenantRecords records;

    @Inject
    TenantDefinitions definitions;

    /** Checks the tenant exists and records the export; the caller then streams {@link #export}. */
    @Transactional
    public void recordExport(String slug, Actor actor) {
        registry.find(slug).orElseThrow(TenantNotFoundException::new);
        audit.recordPlatform(actor, "TENANT_EXPORTED", "tenant", slug, Map.of());
    }

    public TenantArchives.Manifest export(String slug, OutputStream out) {
        try {
            return archives.export(slug, out);
        } catch (SQLException e) {
            throw new IllegalStateException("Export of " + slug + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports an archive. Its definition is checked first, as every definition is (schema, every cross-field rule,
     * nothing another regency here holds), with the regency's boundaries when the archive holds them: an archive from a deployment whose rules were looser, or edited by hand,
     * is refused with every problem (422 TENANT_DEFINITION_INVALID) and nothing is written.
     */
    public TenantArchives.Manifest importArchive(Path zip, Actor actor) {
        TenantArchives.Contents contents;
        try {
            contents = archives.peek(zip);
        } catch (TenantArchives.Refused e) {
            throw refusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A regency that is here already is refused as such by the import (TENANT_EXISTS).
        if (registry.find(contents.manifest().tenant()).isEmpty()) {
            definitions.checkArchived(contents.definition(), contents.boundaries().orElse(null),
                    contents.manifest().tenant());
        }
        TenantArchives.Manifest m;
        try {
            m = archives.importInto(zip);
        } catch (TenantArchives.Refused e) {
            throw refusal(e);
        } catch (SQLException e) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "ARCHIVE_NOT_IMPORTED",
                    Message.of("Arsip tidak dapat diimpor; tidak ada yang disimpan: " + e.getMessage(),
                            "The archive could not be imported; nothing was stored: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records.recordPlatform(actor, "TENANT_IMPORTED", m.tenant(), Map.of("rows", m.rows()));
        catalog.refreshFromStore();
        return m;
    }

    private static DomainException refusal(TenantArchives.Refused e) {
        DomainException.Kind kind = switch (e.code()) {
            case "TENANT_EXISTS" -> DomainException.Kind.CONFLICT;
            case "ARCHIVE_SCHEMA_MISMATCH" -> DomainException.Kind.UNPROCESSABLE;
            case "TENANT_NOT_FOUND" -> DomainException.Kind.NOT_FOUND;
            default -> DomainException.Kind.INVALID;
        };
        return new DomainException(kind, e.code(), Message.of("Arsip ditolak: " + e.messageId(),
                "The archive was refused: " + e.getMessage()), "archive");
    }
}
