package id.balai.platform.infrastructure;

import java.util.List;
import java.util.Optional;

import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Remembers public submissions by their {@code Idempotency-Key}, in the same transaction as what they create:
 * a key is claimed first (a concurrent duplicate waits on the row lock, then sees the first answer), and the
 * answer is stored before commit. A repeat with the same body gets the first answer; with another body, a
 * conflict. Call inside the tenant's scope.
 */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** The answer given the first time. */
    public record Stored(String requestSha256, int status, String body) {
    }

    /** Whether a request with this key was stored (its transaction committed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean exists(TenantId tenant, String key) {
        return !em.createNativeQuery("select 1 from idempotency_key where tenant_id = ?1 and key = ?2")
                .setParameter(1, tenant.value()).setParameter(2, key).getResultList().isEmpty();
    }

    /**
     * Claims the key for this request.
     *
     * @return empty when the key is new (the caller goes on and then calls {@link #complete}), or what was stored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Stored> claim(TenantId tenant, String key, String requestSha256) {
        int inserted = em.createNativeQuery("insert into idempotency_key (tenant_id, key, request_sha256) "
                + "values (?1, ?2, ?3) on conflict (tenant_id, key) do nothing")
                .setParameter(1, tenant.value()).setParameter(2, key).setParameter(3, requestSha256)
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_sha256, response_status, response_body "
                + "from idempotency_key where tenant_id = ?1 and key = ?2")
                .setParameter(1, tenant.value()).setParameter(2, key).getResultList();
        Object[] r = rows.get(0);
        return Optional.of(new Stored((String) r[0], r[1] == null ? 0 : ((Number) r[1]).intValue(), (String) r[2]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(TenantId tenant, String key, int status, String body) {
        em.createNativeQuery("update idempotency_key set response_status = ?3, response_body = ?4 "
                + "where tenant_id = ?1 and key = ?2")
                .setParameter(1, tenant.value()).setParameter(2, key).setParameter(3, status).setParameter(4, body)
                .executeUpdate();
    }
}
