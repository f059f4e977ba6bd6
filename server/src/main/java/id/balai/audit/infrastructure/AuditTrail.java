package id.balai.audit.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.balai.audit.application.AuditLog;
import id.balai.audit.domain.AuditEntry;
import id.balai.audit.domain.AuditHash;
import id.balai.audit.domain.ChainVerifier;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Json;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Appends to and verifies the per-tenant audit chains. An entry is written in the same transaction as the change
 * it records: both are kept, or neither. Appends to one chain are serialised by the row lock on its head.
 */
@ApplicationScoped
public class AuditTrail implements AuditLog {
    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantTransactions scope;

    /**
     * Records a change in the tenant's chain, inside the caller's transaction.
     *
     * @param detail what changed (before/after, or digests of them); never clear personal data
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(TenantId tenant, Actor actor, String action, String subjectType, String subjectId,
            Map<String, ?> detail) {
        scope.run(tenant, () -> append(tenant.value(), actor, action, subjectType, subjectId, detail));
    }

    /** Records something done above tenants, in its own chain. */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordPlatform(Actor actor, String action, String subjectType, String subjectId,
            Map<String, ?> detail) {
        scope.bindPlatform(PLATFORM_CHAIN);
        append(PLATFORM_CHAIN, actor, action, subjectType, subjectId, detail);
    }

    private void append(String chain, Actor actor, String action, String subjectType, String subjectId,
            Map<String, ?> detail) {
        String detailJson;
        try {
            detailJson = Json.JSON.writeValueAsString(detail == null ? Map.of() : detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail must be JSON-serialisable", e);
        }
        em.createNativeQuery("insert into audit_head (tenant_id, seq, hash) values (?1, 0, ?2) "
                + "on conflict (tenant_id) do nothing")
                .setParameter(1, chain).setParameter(2, AuditHash.GENESIS).executeUpdate();
        // The UPDATE takes the head's row lock until commit: one append at a time per chain.
        Object[] head = (Object[]) em.createNativeQuery(
                "update audit_head set seq = seq + 1 where tenant_id = ?1 returning seq, hash")
                .setParameter(1, chain).getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String prev = (String) head[1];
        Instant at = AuditHash.truncate(Instant.now());
        String hash = AuditHash.of(prev, chain, seq, at, actor.id(), actor.roles(), action, subjectType, subjectId,
                detailJson, actor.requestId());
        em.createNativeQuery("update audit_head set hash = ?1 where tenant_id = ?2")
                .setParameter(1, hash).setParameter(2, chain).executeUpdate();
        em.createNativeQuery("""
                insert into audit_entry (tenant_id, seq, at, actor_id, actor_roles, action, subject_type, subject_id,
                                         detail, request_id, prev_hash, hash)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                """)
                .setParameter(1, chain).setParameter(2, seq).setParameter(3, Timestamp.from(at))
                .setParameter(4, actor.id()).setParameter(5, actor.roles()).setParameter(6, action)
                .setParameter(7, subjectType).setParameter(8, subjectId).setParameter(9, detailJson)
                .setParameter(10, actor.requestId()).setParameter(11, prev).setParameter(12, hash)
                .executeUpdate();
    }

    /** Walks the tenant's whole chain and reports the first break. */
    @Override
    @Transactional
    public ChainVerifier.Result verify(TenantId tenant) {
        return scope.call(tenant, () -> {
            ChainVerifier verifier = new ChainVerifier();
            long after = 0;
            boolean going = true;
            while (going) {
                List<AuditEntry> page = page(tenant.value(), after);
                for (AuditEntry e : page) {
                    if (!verifier.accept(e)) {
                        going = false;
                        break;
                    }
                    after = e.seq();
                }
                going = going && page.size() == PAGE;
            }
            List<?> head = em.createNativeQuery("select seq, hash from audit_head where tenant_id = ?1")
                    .setParameter(1, tenant.value()).getResultList();
            if (head.isEmpty()) {
                return verifier.finish(0, AuditHash.GENESIS);
            }
            Object[] h = (Object[]) head.get(0);
            return verifier.finish(((Number) h[0]).longValue(), (String) h[1]);
        });
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> page(String chain, long afterSeq) {
        List<Object[]> rows = em.createNativeQuery("""
                select tenant_id, seq, at, actor_id, actor_roles, action, subject_type, subject_id, detail,
                       request_id, prev_hash, hash
                from audit_entry where tenant_id = ?1 and seq > ?2 order by seq limit ?3
                """).setParameter(1, chain).setParameter(2, afterSeq).setParameter(3, PAGE).getResultList();
        return rows.stream().map(r -> new AuditEntry((String) r[0], ((Number) r[1]).longValue(), instant(r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], (String) r[10], (String) r[11])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
