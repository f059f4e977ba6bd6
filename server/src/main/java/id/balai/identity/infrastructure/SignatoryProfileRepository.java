package id.balai.identity.infrastructure;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import id.balai.identity.application.SignatoryProfileRecords;
import id.balai.identity.domain.SignatoryProfile;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The {@code officer_signatory} table: an officer's position and NIP, for the letters they sign. */
@ApplicationScoped
public class SignatoryProfileRepository implements SignatoryProfileRecords {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SignatoryProfile> find(TenantId tenant, UUID officer) {
        return Sql.of(em, "select position, nip from officer_signatory where tenant_id = :tenant "
                + "and officer_id = :officer").set("tenant", tenant.value()).set("officer", officer)
                .first(r -> new SignatoryProfile(r.text(0), Optional.ofNullable(r.text(1))));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(TenantId tenant, UUID officer, SignatoryProfile p, Instant now) {
        Sql.of(em, """
                insert into officer_signatory (tenant_id, officer_id, position, nip, updated_at)
                values (:tenant, :officer, :position, :nip, :at)
                on conflict (tenant_id, officer_id) do update set position = excluded.position, nip = excluded.nip,
                    updated_at = excluded.updated_at
                """).set("tenant", tenant.value()).set("officer", officer).set("position", p.position())
                .set("nip", p.nip().orElse(null), String.class).set("at", now).execute();
    }
}
