package id.balai.complaints.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.application.TemplateRecords;
import id.balai.complaints.domain.ResponseTemplate;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores response templates (issue 17 item 5), in the caller's tenant-scoped transaction. */
@ApplicationScoped
public class ResponseTemplateRepository implements TemplateRecords {
    private static final String COLUMNS = "id, org_unit_code, purpose, name, body, updated_at, updated_by";

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Regency-wide templates and, when {@code unit} is given, that agency's; all of them without. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ResponseTemplate> list(TenantId tenant, Optional<String> unit) {
        return Sql.of(em, "select " + COLUMNS + " from response_template where tenant_id = :tenant"
                + " and (:unit is null or org_unit_code is null or org_unit_code = :unit)"
                + " order by purpose, org_unit_code nulls first, name").set("tenant", tenant.value())
                .set("unit", unit.orElse(null), String.class).list(r -> map(tenant, r));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ResponseTemplate> find(TenantId tenant, UUID id) {
        return Sql.of(em, "select " + COLUMNS + " from response_template where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", id).first(r -> map(tenant, r));
    }

    /** Whether another template of the same owner and purpose already has this name. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean nameTaken(TenantId tenant, Optional<String> unit, ResponseTemplate.Purpose purpose, String name,
            UUID except) {
        return Sql.of(em, "select 1 from response_template where tenant_id = :tenant"
                + " and org_unit_code is not distinct from :unit and purpose = :purpose and name = :name"
                + " and id <> :except").set("tenant", tenant.value()).set("unit", unit.orElse(null), String.class)
                .set("purpose", purpose).set("name", name).set("except", except).exists();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(ResponseTemplate t) {
        Sql.of(em, """
                insert into response_template (tenant_id, id, org_unit_code, purpose, name, body, updated_at,
                    updated_by)
                values (:tenant, :id, :unit, :purpose, :name, :body, :at, :by)
                on conflict (tenant_id, id) do update set purpose = excluded.purpose, name = excluded.name,
                    body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """).set("tenant", t.tenant().value()).set("id", t.id())
                .set("unit", t.orgUnit().orElse(null), String.class)
                .set("purpose", t.purpose()).set("name", t.name()).set("body", t.body()).set("at", t.updatedAt())
                .set("by", t.updatedBy()).execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(TenantId tenant, UUID id) {
        Sql.of(em, "delete from response_template where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", id).execute();
    }

    private static ResponseTemplate map(TenantId tenant, Sql.Row r) {
        return new ResponseTemplate(tenant, r.uuid(0), Optional.ofNullable(r.text(1)),
                r.enumOf(2, ResponseTemplate.Purpose.class), r.text(3), r.text(4), r.instant(5), r.text(6));
    }
}
