package id.balai.tenancy.infrastructure;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Json;
import id.balai.tenancy.domain.DefinitionDiff;
import id.balai.tenancy.domain.DefinitionVersions.Author;
import id.balai.tenancy.domain.DefinitionVersions.Current;
import id.balai.tenancy.domain.DefinitionVersions.Version;
import id.balai.tenancy.domain.DefinitionVersions.Way;
import id.balai.tenancy.domain.OrgUnitKind;
import id.balai.tenancy.domain.StoredOrganisation;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition.PlacedUnit;
import id.balai.tenancy.domain.TenantDefinition;
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

    /** What a tenant file did at start. */
    public enum FileOutcome {
        /** A new tenant. */
        CREATED,
        /** The file changed since it was last applied: it wins over any live edit, as a new version. */
        UPDATED,
        /** The file is the one last applied: nothing to do. */
        UNCHANGED,
        /** The file is the one last applied, and the tenant was edited live since: the live edit stays. */
        KEPT_LIVE_EDIT
    }

    /**
     * Creates a tenant with its organisation and its first version, in one transaction.
     *
     * @return false when the slug exists already (nothing written)
     */
    @Transactional
    public boolean create(TenantDefinition d, String json, String sha256, Source source, String sourcePath,
            Author author, Way way) {
        int inserted = em.createNativeQuery("""
                insert into tenant (tenant_id, name, short_code, region_code, province_code, province_name,
                                    time_zone, source, source_path, definition, definition_sha256, file_sha256)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb), ?11, ?12)
                on conflict (tenant_id) do nothing
                """)
                .setParameter(1, d.slug()).setParameter(2, d.name()).setParameter(3, d.shortCode())
                .setParameter(4, d.regionCode()).setParameter(5, d.province().code())
                .setParameter(6, d.province().name()).setParameter(7, d.timeZone().name())
                .setParameter(8, source.name()).setParameter(9, sourcePath).setParameter(10, json)
                .setParameter(11, sha256).setParameter(12, source == Source.FILE ? sha256 : null)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        scope.run(d.id(), () -> {
            saveOrganisation(d);
            addVersion(d.slug(), 1, author, way, json, sha256, DefinitionDiff.between(null, d));
        });
        return true;
    }

    /** What applying a regency's folder did: to its definition, and whether its boundaries changed. */
    public record Applied(FileOutcome outcome, boolean boundariesChanged) {
    }

    /** A regency's boundaries as stored: the GeoJSON (compact) and its digest. */
    public record StoredBoundaries(String geojson, String sha256) {
    }

    /**
     * Applies a tenant file at start. The file's digest is remembered: a file whose digest is the one last applied
     * does not overwrite a live edit made since; a changed file wins and becomes a new version. The folder's
     * boundaries (none when it has no {@code boundaries.geojson}) replace the stored ones when they differ: they are
     * never edited live, so the folder always wins.
     *
     * @param boundaries the folder's boundaries as checked with this definition, or null when it has none
     * @throws IllegalStateException when the slug belongs to a tenant the operator's API manages
     */
    @Transactional
    public Applied applyFile(TenantDefinition d, String json, String sha256, String path,
            StoredBoundaries boundaries) {
        FileOutcome outcome = applyDefinitionFile(d, json, sha256, path);
        return new Applied(outcome, saveBoundaries(d.id(), boundaries));
    }

    private FileOutcome applyDefinitionFile(TenantDefinition d, String json, String sha256, String path) {
        Optional<Current> current = lockCurrent(d.slug());
        Author author = new Author("file:" + path, "");
        if (current.isEmpty()) {
            create(d, json, sha256, Source.FILE, path, author, Way.FILE);
            return FileOutcome.CREATED;
        }
        Current c = current.get();
        if (!c.fromFile()) {
            throw new IllegalStateException("tenant " + d.slug() + " is managed by the operator's API");
        }
        if (sha256.equals(c.fileSha256()) || (c.fileSha256() == null && sha256.equals(c.sha256()))) {
            em.createNativeQuery("update tenant set file_sha256 = ?2, source_path = ?3 where tenant_id = ?1 "
                    + "and (file_sha256 is distinct from ?2 or source_path is distinct from ?3)")
                    .setParameter(1, d.slug()).setParameter(2, sha256).setParameter(3, path).executeUpdate();
            return sha256.equals(c.sha256()) ? FileOutcome.UNCHANGED : FileOutcome.KEPT_LIVE_EDIT;
        }
        replace(c, d, json, sha256, author, Way.FILE, DefinitionDiff.between(c.definition(), d));
        em.createNativeQuery("update tenant set file_sha256 = ?2, source_path = ?3 where tenant_id = ?1")
                .setParameter(1, d.slug()).setParameter(2, sha256).setParameter(3, path).executeUpdate();
        return FileOutcome.UPDATED;
    }

    /**
     * Stores a regency's boundaries (null: it has none) unless the same are stored already. A change moves the
     * tenant's {@code updated_at}, so that every instance reloads its registry, and with it the shapes it looks
     * points up in, within seconds.
     *
     * @return whether anything changed
     */
    private boolean saveBoundaries(TenantId tenant, StoredBoundaries boundaries) {
        boolean changed = scope.call(tenant, () -> {
            Optional<String> stored = em.createNativeQuery(
                    "select sha256 from tenant_boundaries where tenant_id = ?1").setParameter(1, tenant.value())
                    .getResultList().stream().findFirst().map(v -> ((String) v).trim());
            if (boundaries == null) {
                return stored.isPresent() && em.createNativeQuery(
                        "delete from tenant_boundaries where tenant_id = ?1").setParameter(1, tenant.value())
                        .executeUpdate() > 0;
            }
            if (stored.filter(boundaries.sha256()::equals).isPresent()) {
                return false;
            }
            em.createNativeQuery("""
                    insert into tenant_boundaries (tenant_id, geojson, sha256) values (?1, cast(?2 as jsonb), ?3)
                    on conflict (tenant_id) do update set geojson = excluded.geojson, sha256 = excluded.sha256,
                        updated_at = clock_timestamp()
                    """).setParameter(1, tenant.value()).setParameter(2, boundaries.geojson())
                    .setParameter(3, boundaries.sha256()).executeUpdate();
            return true;
        });
        if (changed) {
            em.createNativeQuery("update tenant set updated_at = clock_timestamp() where tenant_id = ?1")
                    .setParameter(1, tenant.value()).executeUpdate();
        }
        return changed;
    }

    /** A regency's boundaries, if it has any. */
    @Transactional
    public Optional<StoredBoundaries> boundaries(TenantId tenant) {
        return scope.call(tenant, () -> rows(em.createNativeQuery(
                "select geojson::text, sha256 from tenant_boundaries where tenant_id = ?1")
                .setParameter(1, tenant.value())).stream().findFirst()
                .map(r -> new StoredBoundaries((String) r[0], ((String) r[1]).trim())));
    }

    /**
     * The tenant's current definition, its row locked until the transaction ends: changes to one tenant's
     * definition are applied one after the other, each to the version before it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Current> lockCurrent(String slug) {
        return read(slug, true);
    }

    /** The tenant's current definition as stored (what every instance serves within seconds). */
    @Transactional
    public Optional<Current> current(String slug) {
        return read(slug, false);
    }

    private Optional<Current> read(String slug, boolean lock) {
        Optional<Object[]> row = rows(em.createNativeQuery("""
                select definition::text, definition_sha256, source, file_sha256 from tenant
                where tenant_id = ?1""" + (lock ? " for update" : "")).setParameter(1, slug)).stream().findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = row.get();
        int version = scope.call(new TenantId(slug), () -> ((Number) em.createNativeQuery(
                "select coalesce(max(version), 0) from tenant_definition_version where tenant_id = ?1")
                .setParameter(1, slug).getSingleResult()).intValue());
        return Optional.of(new Current(parse((String) r[0]), (String) r[0], ((String) r[1]).trim(),
                Source.FILE.name().equals(r[2]), r[3] == null ? null : ((String) r[3]).trim(), version));
    }

    /**
     * Replaces a tenant's definition (its organisation and categories follow: a unit or category left out is
     * deactivated, never deleted) and keeps it as the next version. Every instance's registry follows within
     * seconds ({@code TenantRegistryRefresh} watches {@code updated_at}).
     *
     * @param current what {@link #lockCurrent} answered in this transaction
     * @return the new version's number
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int replace(Current current, TenantDefinition d, String json, String sha256, Author author, Way way,
            List<String> changes) {
        em.createNativeQuery("""
                update tenant set name = ?2, short_code = ?3, region_code = ?4, province_code = ?5,
                    province_name = ?6, time_zone = ?7, definition = cast(?8 as jsonb), definition_sha256 = ?9,
                    updated_at = clock_timestamp()
                where tenant_id = ?1
                """)
                .setParameter(1, d.slug()).setParameter(2, d.name()).setParameter(3, d.shortCode())
                .setParameter(4, d.regionCode()).setParameter(5, d.province().code())
                .setParameter(6, d.province().name()).setParameter(7, d.timeZone().name())
                .setParameter(8, json).setParameter(9, sha256)
                .executeUpdate();
        int version = current.version() + 1;
        scope.run(d.id(), () -> {
            saveOrganisation(d);
            addVersion(d.slug(), version, author, way, json, sha256, changes);
        });
        return version;
    }

    private void addVersion(String slug, int version, Author author, Way way, String json, String sha256,
            List<String> changes) {
        em.createNativeQuery("""
                insert into tenant_definition_version (tenant_id, version, changed_by, changed_roles, way,
                                                       definition, definition_sha256, changes)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, cast(?8 as jsonb))
                """)
                .setParameter(1, slug).setParameter(2, version).setParameter(3, author.by())
                .setParameter(4, author.roles()).setParameter(5, way.name()).setParameter(6, json)
                .setParameter(7, sha256).setParameter(8, Json.write(changes))
                .executeUpdate();
    }

    /** The tenant's versions, newest first. */
    @Transactional
    public List<Version> versions(String slug) {
        return scope.call(new TenantId(slug), () -> rows(em.createNativeQuery("""
                select version, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                       changed_by, changed_roles, way, definition_sha256, changes::text
                from tenant_definition_version where tenant_id = ?1 order by version desc""")
                .setParameter(1, slug)).stream().map(r -> new Version(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], ((String) r[5]).trim(),
                List.of(Json.read((String) r[6], String[].class)))).toList());
    }

    /** One kept version's definition, as stored (JSON). */
    @Transactional
    public Optional<String> versionDefinition(String slug, int version) {
        return scope.call(new TenantId(slug), () -> em.createNativeQuery(
                "select definition::text from tenant_definition_version where tenant_id = ?1 and version = ?2")
                .setParameter(1, slug).setParameter(2, version).getResultList().stream().findFirst()
                .map(String.class::cast));
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

    /** Every unit of the tenant, deactivated ones too, in the definition's order (deactivated ones last). */
    @Transactional
    public List<StoredOrganisation.Unit> units(TenantId tenant) {
        return scope.call(tenant, () -> rows(em.createNativeQuery("""
                select code, parent_code, name, name_en, kind, hosts_spikm, hosts_ppid_utama, ppid_pembantu, active
                from org_unit where tenant_id = ?1 order by active desc, position, code""")
                .setParameter(1, tenant.value())).stream().map(r -> new StoredOrganisation.Unit((String) r[0],
                (String) r[1], (String) r[2], (String) r[3], OrgUnitKind.valueOf((String) r[4]), (Boolean) r[5],
                (Boolean) r[6], (Boolean) r[7], (Boolean) r[8])).toList());
    }

    /** Every complaint category of the tenant, deactivated ones too. */
    @Transactional
    public List<StoredOrganisation.Category> categories(TenantId tenant) {
        return scope.call(tenant, () -> rows(em.createNativeQuery("""
                select code, name, name_en, route_to, active from complaint_category where tenant_id = ?1
                order by active desc, position, code""")
                .setParameter(1, tenant.value())).stream().map(r -> new StoredOrganisation.Category((String) r[0],
                (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4])).toList());
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
