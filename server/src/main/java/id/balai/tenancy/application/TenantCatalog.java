package id.balai.tenancy.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import id.balai.platform.infrastructure.SchemaValidator;
import id.balai.privacy.domain.PhoneNumber;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.infrastructure.TenantFileReader;
import id.balai.tenancy.infrastructure.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads the tenant folders at start: each valid {@code <slug>/tenant.yaml} is written to the database (when it
 * changed), each broken one is rejected with its file, field and problem, and the registry is then filled from
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
        Map<String, String> shortCodes = new HashMap<>();
        Map<String, String> hosts = new HashMap<>();
        Map<PhoneNumber, String> smsNumbers = new HashMap<>();
        for (Path folder : tenantFolders(tenantsDir)) {
            Path file = folder.resolve(TenantFileReader.FILE_NAME);
            String shown = tenantsDir.relativize(file).toString();
            TenantFileReader.Result result = reader.readFile(file);
            List<DefinitionProblem> problems = new ArrayList<>(result.problems());
            if (result.valid()) {
                problems.addAll(crossTenantProblems(result.definition().get(), folder, shortCodes, hosts,
                        smsNumbers));
            }
            if (!problems.isEmpty()) {
                Rejected r = new Rejected(shown, problems);
                LOG.severe(() -> "Tenant file rejected, the other tenants still start: " + r);
                rejected.add(r);
                continue;
            }
            TenantDefinition d = result.definition().get();
            try {
                boolean changed = store.save(d, result.json(), result.sha256(), TenantStore.Source.FILE,
                        file.toAbsolutePath().toString());
                loaded.add(d.slug());
                LOG.info(() -> "Tenant " + d.slug() + (changed ? " loaded from " : " unchanged in ") + shown);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Tenant file " + shown + " could not be stored", e);
                rejected.add(new Rejected(shown, List.of(new DefinitionProblem("$", rootMessage(e)))));
            }
        }
        refreshFromStore();
        lastReport = new LoadReport(List.copyOf(loaded), List.copyOf(rejected));
        return lastReport;
    }

    public LoadReport lastReport() {
        return lastReport;
    }

    /** Reloads the registry from the database: after onboarding, a suspension, or another instance's change. */
    public void refreshFromStore() {
        registry.replaceAll(store.findAll().stream().map(TenantStore.Stored::tenant).toList());
    }

    /**
     * What a definition clashes with among {@code others}: the slug, short code, hosts and SMS hotline are unique
     * across the platform.
     */
    public static List<DefinitionProblem> clashesWith(TenantDefinition d, java.util.Collection<TenantDefinition> others) {
        Map<String, String> shortCodes = new HashMap<>();
        Map<String, String> hosts = new HashMap<>();
        Map<PhoneNumber, String> smsNumbers = new HashMap<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        for (TenantDefinition o : others) {
            if (o.slug().equals(d.slug())) {
                problems.add(new DefinitionProblem("$.slug", "tenant " + d.slug() + " already exists"));
            }
            crossTenantProblems(o, null, shortCodes, hosts, smsNumbers);
        }
        problems.addAll(crossTenantProblems(d, null, shortCodes, hosts, smsNumbers));
        return problems;
    }

    private static List<DefinitionProblem> crossTenantProblems(TenantDefinition d, Path folder,
            Map<String, String> shortCodes, Map<String, String> hosts, Map<PhoneNumber, String> smsNumbers) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (folder != null && !d.slug().equals(folder.getFileName().toString())) {
            problems.add(new DefinitionProblem("$.slug",
                    "must equal the folder name " + folder.getFileName() + ", is " + d.slug()));
        }
        String other = shortCodes.putIfAbsent(d.shortCode(), d.slug());
        if (other != null) {
            problems.add(new DefinitionProblem("$.shortCode", "already used by tenant " + other));
        }
        for (String host : d.hosts()) {
            String owner = hosts.putIfAbsent(host, d.slug());
            if (owner != null) {
                problems.add(new DefinitionProblem("$.hosts", host + " is already declared by tenant " + owner));
            }
        }
        // SPIKM Pasal 8: the receiver of an SMS selects the tenant, so one hotline serves one tenant.
        if (d.channels() != null) {
            PhoneNumber.parse(d.channels().smsNumber()).ifPresent(n -> {
                String owner = smsNumbers.putIfAbsent(n, d.slug());
                if (owner != null) {
                    problems.add(new DefinitionProblem("$.channels.smsNumber",
                            d.channels().smsNumber() + " is already the SMS number of tenant " + owner));
                }
            });
        }
        return problems;
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
