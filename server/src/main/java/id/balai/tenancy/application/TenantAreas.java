package id.balai.tenancy.application;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.balai.platform.infrastructure.Json;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.geography.Area;
import id.balai.tenancy.domain.geography.Boundaries;
import id.balai.tenancy.infrastructure.TenantFileReader;
import id.balai.tenancy.infrastructure.TenantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Each regency's districts and villages as shapes, for the other contexts: which units hold a point (a report's, at
 * intake), and the shapes themselves (the public map). Kept in memory per regency, built on first use from the
 * stored boundaries and the definition in force, and built again once the registry holds a newer snapshot of the
 * regency: the registry is reloaded whenever a regency's row changes (a live edit of its definition, new boundaries
 * from its folder; on every instance within seconds, {@code TenantRegistryRefresh}), so the shapes follow the units'
 * names, kinds and parents as they are now.
 */
@ApplicationScoped
public class TenantAreas {
    private static final Logger LOG = Logger.getLogger(TenantAreas.class.getName());

    @Inject
    TenantStore store;

    /**
     * A regency's shapes and a version that changes whenever what is drawn changes (the boundaries or the names,
     * kinds and parents of the drawn units): the public map's ETag.
     */
    public record Areas(Boundaries boundaries, String version) {
    }

    /** The shapes as built for one snapshot of a regency (the registry's {@link Tenant} object). */
    private record Built(Tenant tenant, Areas areas) {
    }

    private final Map<String, Built> built = new ConcurrentHashMap<>();

    /**
     * The regency's shapes ({@link Boundaries#NONE} when it has none). Call outside a transaction of another
     * regency: the first use after a change reads the stored boundaries in the regency's own scope.
     *
     * @param tenant the regency as the registry resolved it for this request
     */
    public Areas of(Tenant tenant) {
        return built.compute(tenant.id().value(), (slug, before) -> before != null && before.tenant() == tenant
                ? before : new Built(tenant, build(tenant))).areas();
    }

    /** The kecamatan and desa/kelurahan holding the point, if the regency's boundaries draw one there. */
    public Optional<Area> locate(Tenant tenant, double latitude, double longitude) {
        return of(tenant).boundaries().locate(latitude, longitude);
    }

    private Areas build(Tenant tenant) {
        Optional<TenantStore.StoredBoundaries> stored = store.boundaries(tenant.id());
        if (stored.isEmpty()) {
            return new Areas(Boundaries.NONE, TenantFileReader.sha256("none"));
        }
        Boundaries b;
        try {
            b = Boundaries.of(Json.JSON.readTree(stored.get().geojson()), tenant.definition());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored boundaries of " + tenant.id().value() + " no longer read", e);
        }
        StringBuilder drawn = new StringBuilder(stored.get().sha256());
        b.features().forEach(f -> drawn.append('\n').append(f.orgUnit()).append('|').append(f.name()).append('|')
                .append(f.kind()).append('|').append(f.parent()));
        LOG.fine(() -> "Boundaries of " + tenant.id().value() + ": " + b.features().size() + " units drawn");
        return new Areas(b, TenantFileReader.sha256(drawn.toString()));
    }
}
