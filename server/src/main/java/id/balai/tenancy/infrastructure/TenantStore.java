package id.balai.tenancy.infrastructure;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.balai.platform.infrastructure.Json;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TenantDefinition.PlacedUnit;
import id.balai.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The tenants in PostgreSQL: the registry row and, under the tenant's row-level-security scope, its org units
 * and complaint categories. The database is what every server instance reads; files and the operator's API
 * write to it.
 */
@ApplicationScoped
public class TenantStore {

    /** Where a definition came from; a file never overwrites a tenant that the operator's API created. */
    public enum Source {
        FILE, API
    }

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantScope scope;

    /** A stored tenant as the registry needs it. */
    public record Stored(Tenant tenant, Source source, String sha256) {
    }

    /**
     * Creates or updates a tenant and its organisation in one transaction: all of it is written, or none.
     *
     * @return false when nothing changed (same definition as stored)
     * @throws IllegalStateException when the slug belongs to a tenant from another source
     */
    @Transactional
    public boolean save(TenantDefinition d, String json, String sha256, Source source, String sourcePath) {
        Optional<Object[]> existing = rows(em.createNativeQuery(
                "select source, definition_sha256 from tenant where tenant_id = ?1 for update")
                .setParameter(1, d.slug())).stream().findFirst();
        if (existing.isPresent()) {
            if (!existing.get()[0].equals(source.name())) {
                throw new IllegalStateException("tenant " + d.slug() + " is managed by " + existing.get()[0]);
            }
            if (existing.get()[1].equals(sha256)) {
                return false;
            }
        }
        em.createNativeQuery("""
                insert into tenant (tenant_id, name, short_code, region_code, province_code, province_name,
                                    time_zone, source, source_path, definition, definition_sha256)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb), ?11)
                on conflict (tenant_id) do update set
                    name = excluded.name, short_code = excluded.short_code, region_code = excluded.region_code,
                    province_code = excluded.province_code, province_name = excluded.province_name,
                    time_zone = excluded.time_zone, source_path = excluded.source_path,
                    definition = excluded.definition, definition_sha256 = excluded.definition_sha256,
                    updated_at = clock_timestamp()
                """)
                .setParameter(1, d.slug()).setParameter(2, d.name()).setParameter(3, d.shortCode())
                .setParameter(4, d.regionCode()).setParameter(5, d.province().code())
                .setParameter(6, d.province().name()).setParameter(7, d.timeZone().name())
                .setParameter(8, source.name()).setParameter(9, sourcePath).setParameter(10, json)
                .setParameter(11, sha256)
                .executeUpdate();
        scope.run(d.id(), () -> saveOrganisation(d));
        return true;
    }

    private void saveOrganisation(TenantDefinition d) {
        List<PlacedUnit> units = d.flattenedUnits();
        for (PlacedUnit p : units) {
            em.createNativeQuery("""
                    insert into org_unit (tenant_id, code, parent_code, name, name_en, kind, hosts_spikm,
                                          hosts_ppid_utama, ppid_pembantu, active, position)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, true, ?10)
                    on conflict (tenant_id, code) do update set
                        parent_code = excluded.parent_code, name = excluded.name, name_en = excluded.name_en,
                        kind = excluded.kind, hosts_spikm = excluded.hosts_spikm,
                        hosts_ppid_utama = excluded.hosts_ppid_utama, ppid_pembantu = excluded.ppid_pembantu,
                        active = true, position = excluded.position
                    """)
                    .setParameter(1, d.slug()).setParameter(2, p.unit().code()).setParameter(3, p.parentCode())
                    .setParameter(4, p.unit().name()).setParameter(5, p.unit().nameEn())
                    .setParameter(6, p.unit().kind().name()).setParameter(7, p.unit().hostsSpikm())
                    .setParameter(8, p.unit().hostsPpidUtama()).setParameter(9, p.unit().ppidPembantu())
                    .setParameter(10, p.position())
                    .executeUpdate();
        }
        String unitCodes = String.join(",", units.stream().map(p -> p.unit().code()).toList());
        em.createNativeQuery("update org_unit set active = false where tenant_id = ?1 "
                + "and not (code = any (string_to_array(?2, ',')))")
                .setParameter(1, d.slug()).setParameter(2, unitCodes).executeUpdate();

        int position = 0;
        for (TenantDefinition.ComplaintCategory c : d.complaintCategories()) {
            em.createNativeQuery("""
                    insert into complaint_category (tenant_id, code, name, name_en, route_to, active, position)
                    values (?1, ?2, ?3, ?4, ?5, true, ?6)
                    on conflict (tenant_id, code) do update set
                        name = excluded.name, name_en = excluded.name_en, route_to = excluded.route_to,
                        active = true, position = excluded.position
                    """)
                    .setParameter(1, d.slug()).setParameter(2, c.code()).setParameter(3, c.name())
                    .setParameter(4, c.nameEn()).setParameter(5, c.routeTo()).setParameter(6, position++)
                    .executeUpdate();
        }
        String categoryCodes = String.join(",", d.complaintCategories().stream()
                .map(TenantDefinition.ComplaintCategory::code).toList());
        em.createNativeQuery("update complaint_category set active = false where tenant_id = ?1 "
                + "and not (code = any (string_to_array(?2, ',')))")
                .setParameter(1, d.slug()).setParameter(2, categoryCodes).executeUpdate();
    }

    /** Suspends or reactivates a tenant; its data is untouched. @return false when it does not exist */
    @Transactional
    public boolean setStatus(String slug, TenantStatus status) {
        return em.createNativeQuery("update tenant set status = ?2, updated_at = clock_timestamp() "
                + "where tenant_id = ?1").setParameter(1, slug).setParameter(2, status.name()).executeUpdate() == 1;
    }

    /**
     * What changes whenever any tenant is added, changed, suspended or reactivated: every server instance compares
     * it every few seconds and reloads its registry when it moved.
     */
    @Transactional
    public String version() {
        Object[] r = rows(em.createNativeQuery(
                "select count(*), coalesce(max(updated_at)::text, '') from tenant")).get(0);
        return r[0] + "@" + r[1];
    }

    /** Every tenant, active or suspended, from every source. */
    @Transactional
    public List<Stored> findAll() {
        return rows(em.createNativeQuery(
                "select definition::text, status, source, definition_sha256 from tenant order by tenant_id"))
                .stream().map(r -> new Stored(
                new Tenant(parse((String) r[0]), TenantStatus.valueOf((String) r[1])),
                Source.valueOf((String) r[2]), (String) r[3])).toList();
    }

    /** A native query with several columns answers one Object[] per row. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private static TenantDefinition parse(String json) {
        try {
            return Json.JSON.readValue(json, TenantDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored tenant definition no longer reads", e);
        }
    }
}
