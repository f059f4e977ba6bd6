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
 * Appends to and verifies the per-tenant audit chains. An act is journaled in the same transaction as the change
 * it records: both are kept, or neither. Linking the journal into the hash chain is done afterwards, in order, one
 * chain at a time under the row lock on its head ({@link #link}: the job every second, and before every
 * verification), so that acts never wait for each other on the chain.
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

    /**
     * One row in the journal: the act's own transaction takes no lock that another act waits for. The job links
     * it into the chain within about a second ({@link #link}).
     */
    private void append(String chain, Actor actor, String action, String subjectType, String subjectId,
            Map<String, ?> detail) {
        String detailJson;
        try {
            detailJson = Json.JSON.writeValueAsString(detail == null ? Map.of() : detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit detail must be JSON-serialisable", e);
        }
        em.createNativeQuery("""
                insert into audit_journal (tenant_id, at, actor_id, actor_roles, action, subject_type, subject_id,
                                           detail, request_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                """)
                .setParameter(1, chain).setParameter(2, Timestamp.from(AuditHash.truncate(Instant.now())))
                .setParameter(3, actor.id()).setParameter(4, actor.roles()).setParameter(5, action)
                .setParameter(6, subjectType).setParameter(7, subjectId).setParameter(8, detailJson)
                .setParameter(9, actor.requestId())
                .executeUpdate();
    }

    /** The chains with journal rows waiting to be linked. */
    @Override
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> pendingChains() {
        return em.createNativeQuery("select audit_journal_chains()").getResultList();
    }

    /**
     * Links the chain's journal rows into the chain, in the order they were journaled, in one transaction: the
     * head's row lock first (so that two instances linking the same chain take turns), then the rows, their
     * hashes, the entries, the new head, and the release of the linked rows from the journal.
     *
     * @return how many rows were linked
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int link(String chain) {
        if (PLATFORM_CHAIN.equals(chain)) {
            scope.bindPlatform(PLATFORM_CHAIN);
            return linkBound(chain);
        }
        return scope.call(new TenantId(chain), () -> linkBound(chain));
    }

    @SuppressWarnings("unchecked")
    private int linkBound(String chain) {
        em.createNativeQuery("insert into audit_head (tenant_id, seq, hash) values (?1, 0, ?2) "
                + "on conflict (tenant_id) do nothing")
                .setParameter(1, chain).setParameter(2, AuditHash.GENESIS).executeUpdate();
        Object[] head = (Object[]) em.createNativeQuery(
                "select seq, hash from audit_head where tenant_id = ?1 for update")
                .setParameter(1, chain).getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String hash = ((String) head[1]).strip();
        List<Object[]> pending = em.createNativeQuery("""
                select id, at, actor_id, actor_roles, action, subject_type, subject_id, detail, request_id
                from audit_journal where tenant_id = ?1 order by id limit ?2
                """).setParameter(1, chain).setParameter(2, PAGE).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        long upTo = 0;
        for (Object[] r : pending) {
            long journalId = ((Number) r[0]).longValue();
            Instant at = instant(r[1]);
            String prev = hash;
            seq++;
            hash = AuditHash.of(prev, chain, seq, at, (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], (String) r[8]);
            em.createNativeQuery("""
                    insert into audit_entry (tenant_id, seq, at, actor_id, actor_roles, action, subject_type,
                                             subject_id, detail, request_id, prev_hash, hash, journal_id)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
                    """)
                    .setParameter(1, chain).setParameter(2, seq).setParameter(3, Timestamp.from(at))
                    .setParameter(4, r[2]).setParameter(5, r[3]).setParameter(6, r[4]).setParameter(7, r[5])
                    .setParameter(8, r[6]).setParameter(9, r[7]).setParameter(10, r[8]).setParameter(11, prev)
                    .setParameter(12, hash).setParameter(13, journalId)
                    .executeUpdate();
            upTo = journalId;
        }
        em.createNativeQuery("update audit_head set seq = ?1, hash = ?2 where tenant_id = ?3")
                .setParameter(1, seq).setParameter(2, hash).setParameter(3, chain).executeUpdate();
        Number released = (Number) em.createNativeQuery("select audit_journal_release(?1)").setParameter(1, upTo)
                .getSingleResult();
        if (released.intValue() != pending.size()) {
            // Only rows whose exact content is now chained leave the journal: anything else is a bug, and nothing
            // of this link is kept.
            throw new IllegalStateException("Audit journal of " + chain + ": linked " + pending.size()
                    + " rows but released " + released);
        }
        return pending.size();
    }

    /** Walks the tenant's whole chain and reports the first break. */
    @Override
    @Transactional
    public ChainVerifier.Result verify(TenantId tenant) {
        return scope.call(tenant, () -> {
            // What is still in the journal is chained first: a verification covers every act recorded so far.
            while (linkBound(tenant.value()) == PAGE) {
                continue;
            }
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
