package id.balai.tenancy.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import id.balai.platform.infrastructure.SchemaValidator;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TenantStatus;
import id.balai.tenancy.domain.geography.Boundaries;
import id.balai.tenancy.infrastructure.TenantFileReader;
import id.balai.tenancy.infrastructure.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads the tenant folders at start: each valid {@code <slug>/tenant.yaml}, with its {@code boundaries.geojson}
 * when the folder has one (checked together), is written to the database (when it changed), each broken one is rejected with its file, field and problem, and the registry is then filled from
 * the database, so that every tenant that ever loaded keeps working even if its file breaks later.
 */
@ApplicationScoped
public class TenantCatalog {
    private static final Logger LOG = Logger.getLogger(TenantCatalog.class.getName());

    /** A tenant file that was not loaded, and why. */
    public record Rejected(String file, List<DefinitionProblem> problems) {
        @Override
        public String toString() {
            return file + ": " + String.join("; ", problems.stream().map(DefinitionProblem::toString).toList());
        }
    }

    /** What the last load did. */
    public record LoadReport(List<String> loaded, List<Rejected> rejected) {
    }

    @Inject
    TenantStore store;

    @Inject
    TenantRegistry registry;

    private volatile LoadReport lastReport = new LoadReport(List.of(), List.of());
    private volatile TenantFileReader reader;

    /** The reader with the tenant schema, for definitions that come by the API rather than as files. */
    public TenantFileReader reader() {
        if (reader == null) {
            throw new IllegalStateException("The tenant schema is not loaded yet (start-up has not finished)");
        }
        return reader;
    }

    public LoadReport loadFromDirectory(Path tenantsDir) {
        TenantFileReader reader = new TenantFileReader(
                SchemaValidator.load(tenantsDir.resolve("schema").resolve("tenant.schema.json")));
        this.reader = reader;
        List<String> loaded = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        // What must be unique is unique across every regency: those stored (a file's or the operator's) and the
        // files read so far in this start.
        Map<String, TenantDefinition> known = new LinkedHashMap<>();
        store.findAll().forEach(s -> known.put(s.tenant().id().value(), s.tenant().definition()));
        for (Path folder : tenantFolders(tenantsDir)) {
            Path file = folder.resolve(TenantFileReader.FILE_NAME);
            String shown = tenantsDir.relativize(file).toString();
            TenantFileReader.Result result = reader.readFolder(folder, TenantFileReader.Context.among(known.values())
                    .withSlug(folder.getFileName().toString(), "the folder name", "nama folder"));
            if (!result.valid()) {
                Rejected r = new Rejected(shown, result.problems());
                LOG.severe(() -> "Tenant file rejected, the other tenants still start: " + r);
                rejected.add(r);
                continue;
            }
            TenantDefinition d = result.definition().get();
            try {
                TenantStore.Applied applied = store.applyFile(d, result.json(), result.sha256(),
                        file.toAbsolutePath().toString(), result.boundariesJson()
                                .map(b -> new TenantStore.StoredBoundaries(b, result.boundariesSha256())).orElse(null));
                TenantStore.FileOutcome outcome = applied.outcome();
                if (outcome != TenantStore.FileOutcome.KEPT_LIVE_EDIT) {
                    known.put(d.slug(), d);
                }
                loaded.add(d.slug());
                String boundaries = !applied.boundariesChanged() ? ""
                        : result.boundariesJson().isPresent() ? "; boundaries stored from " + Boundaries.FILE_NAME
                        : "; boundaries removed (no " + Boundaries.FILE_NAME + " in the folder)";
                LOG.info(() -> "Tenant " + d.slug() + " " + switch (outcome) {
                    case CREATED -> "created from ";
                    case UPDATED -> "updated from ";
                    case UNCHANGED -> "unchanged in ";
                    case KEPT_LIVE_EDIT -> "keeps its live changes; unchanged since last applied: ";
                } + shown + boundaries);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Tenant file " + shown + " could not be stored", e);
                rejected.add(new Rejected(shown, List.of(DefinitionProblem.of("$", rootMessage(e), rootMessage(e)))));
            }
        }
        refreshFromStore();
        lastReport = new LoadReport(List.copyOf(loaded), List.copyOf(rejected));
        return lastReport;
    }

    public LoadReport lastReport() {
        return lastReport;
    }

    /**
     * Suspends or reactivates a regency in the database, in the caller's transaction; every instance's registry
     * follows at its next refresh ({@link #refreshFromStore}, {@code TenantRegistryRefresh}).
     */
    public void setStatus(String slug, TenantStatus status) {
        store.setStatus(slug, status);
    }

    /** Reloads the registry from the database: after onboarding, a suspension, or another instance's change. */
    public void refreshFromStore() {
        registry.replaceAll(store.findAll().stream().map(TenantStore.Stored::tenant).toList());
    }

    /** Folders holding a tenant: not {@code _national}, {@code schema} or hidden ones. */
    private static List<Path> tenantFolders(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return !n.startsWith("_") && !n.startsWith(".") && !n.equals("schema");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the tenants folder " + dir, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
