package id.balai.audit.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import id.balai.audit.application.AuditLog;
import id.balai.audit.domain.AuditEntry;
import id.balai.audit.domain.AuditHash;
import id.balai.audit.domain.ChainVerifier;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Json;
import id.balai.platform.infrastructure.Sql;
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
        Sql.of(em, """
                insert into audit_journal (tenant_id, at, actor_id, actor_roles, action, subject_type, subject_id,
                                           detail, request_id)
                values (:chain, :at, :actorId, :actorRoles, :action, :subjectType, :subjectId, :detail, :requestId)
                """).set("chain", chain).set("at", AuditHash.truncate(Instant.now())).set("actorId", actor.id())
                .set("actorRoles", actor.roles()).set("action", action).set("subjectType", subjectType)
                .set("subjectId", subjectId).set("detail", detailJson).set("requestId", actor.requestId(), String.class)
                .execute();
    }

    /** The chains with journal rows waiting to be linked. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> pendingChains() {
        return Sql.of(em, "select audit_journal_chains()").list(r -> r.text(0));
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

    /** A journal row waiting to be chained. */
    private record Journaled(long id, Instant at, String actorId, String actorRoles, String action, String subjectType,
            String subjectId, String detail, String requestId) {
    }

    private int linkBound(String chain) {
        Sql.of(em, "insert into audit_head (tenant_id, seq, hash) values (:chain, 0, :genesis) "
                + "on conflict (tenant_id) do nothing").set("chain", chain).set("genesis", AuditHash.GENESIS).execute();
        Head head = head(chain, true).orElseThrow();
        long seq = head.seq();
        String hash = head.hash();
        List<Journaled> pending = Sql.of(em, """
                select id, at, actor_id, actor_roles, action, subject_type, subject_id, detail, request_id
                from audit_journal where tenant_id = :chain order by id limit :page
                """).set("chain", chain).set("page", PAGE).list(r -> new Journaled(r.count(0), r.instant(1),
                r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7), r.text(8)));
        if (pending.isEmpty()) {
            return 0;
        }
        long upTo = 0;
        for (Journaled j : pending) {
            String prev = hash;
            seq++;
            hash = AuditHash.of(prev, chain, seq, j.at(), j.actorId(), j.actorRoles(), j.action(), j.subjectType(),
                    j.subjectId(), j.detail(), j.requestId());
            Sql.of(em, """
                    insert into audit_entry (tenant_id, seq, at, actor_id, actor_roles, action, subject_type,
                                             subject_id, detail, request_id, prev_hash, hash, journal_id)
                    values (:chain, :seq, :at, :actorId, :actorRoles, :action, :subjectType, :subjectId, :detail,
                            :requestId, :prev, :hash, :journalId)
                    """).set("chain", chain).set("seq", seq).set("at", j.at()).set("actorId", j.actorId())
                    .set("actorRoles", j.actorRoles()).set("action", j.action()).set("subjectType", j.subjectType())
                    .set("subjectId", j.subjectId()).set("detail", j.detail())
                    .set("requestId", j.requestId(), String.class).set("prev", prev).set("hash", hash)
                    .set("journalId", j.id()).execute();
            upTo = j.id();
        }
        Sql.of(em, "update audit_head set seq = :seq, hash = :hash where tenant_id = :chain").set("seq", seq)
                .set("hash", hash).set("chain", chain).execute();
        long released = Sql.of(em, "select audit_journal_release(:upTo)").set("upTo", upTo).count();
        if (released != pending.size()) {
            // Only rows whose exact content is now chained leave the journal: anything else is a bug, and nothing
            // of this link is kept.
            throw new IllegalStateException("Audit journal of " + chain + ": linked " + pending.size()
                    + " rows but released " + released);
        }
        return pending.size();
    }

    /** A chain's head: its last sequence number and hash. */
    private record Head(long seq, String hash) {
    }

    private Optional<Head> head(String chain, boolean forUpdate) {
        return Sql.of(em, "select seq, hash from audit_head where tenant_id = :chain"
                + (forUpdate ? " for update" : "")).set("chain", chain)
                .list(r -> new Head(r.count(0), r.text(1).strip())).stream().findFirst();
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
            return head(tenant.value(), false).map(h -> verifier.finish(h.seq(), h.hash()))
                    .orElseGet(() -> verifier.finish(0, AuditHash.GENESIS));
        });
    }

    private List<AuditEntry> page(String chain, long afterSeq) {
        return Sql.of(em, """
                select tenant_id, seq, at, actor_id, actor_roles, action, subject_type, subject_id, detail,
                       request_id, prev_hash, hash
                from audit_entry where tenant_id = :chain and seq > :after order by seq limit :page
                """).set("chain", chain).set("after", afterSeq).set("page", PAGE)
                .list(r -> new AuditEntry(r.text(0), r.count(1), r.instant(2), r.text(3), r.text(4), r.text(5),
                        r.text(6), r.text(7), r.text(8), r.text(9), r.text(10), r.text(11)));
    }
}
