package id.balai.complaints.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.application.LaporLinkRecords;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The {@code lapor_link} and {@code lapor_state} tables: which cases SP4N-LAPOR! knows, under which tracking id, and
 * how far each case's public history has reached it. Every statement runs in the caller's tenant-scoped
 * transaction; due links are taken with {@code FOR UPDATE SKIP LOCKED}, so that two instances never send the same
 * step at once.
 */
@ApplicationScoped
public class LaporLinkRepository implements LaporLinkRecords {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Starts the link (reports received from now on are shared) unless it started earlier. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(TenantId tenant, Instant now) {
        em.createNativeQuery("insert into lapor_state (tenant_id, linked_since) values (?1, ?2) "
                + "on conflict (tenant_id) do nothing")
                .setParameter(1, tenant.value()).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<State> state(TenantId tenant) {
        List<Object[]> rows = em.createNativeQuery("select linked_since, pull_cursor, last_pull_at, last_pull_error "
                + "from lapor_state where tenant_id = ?1").setParameter(1, tenant.value()).getResultList();
        return rows.stream().findFirst().map(r -> new State(instant(r[0]), (String) r[1], instant(r[2]),
                (String) r[3]));
    }

    /**
     * Enlists the regency's own reports received since the link started and not yet linked: each gets a link row
     * without a LAPOR! id, which the sender shares first. Reports that came from LAPOR! are linked when pulled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enlistNew(TenantId tenant) {
        return em.createNativeQuery("""
                insert into lapor_link (tenant_id, complaint_id, origin)
                select c.tenant_id, c.id, 'BALAI' from complaint c
                join lapor_state s on s.tenant_id = c.tenant_id
                where c.tenant_id = ?1 and c.received_at >= s.linked_since and c.channel <> 'SP4N_LAPOR'
                  and not exists (select 1 from lapor_link l where l.tenant_id = c.tenant_id and l.complaint_id = c.id)
                on conflict do nothing
                """).setParameter(1, tenant.value()).executeUpdate();
    }

    /**
     * Up to {@code limit} links with something to send now (not yet shared, or public events after the last sent),
     * oldest first, locked until the transaction ends.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Pending> lockDue(TenantId tenant, Instant now, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select l.complaint_id, l.lapor_id, l.sent_seq, l.attempts from lapor_link l
                where l.tenant_id = ?1 and l.given_up_at is null and l.next_attempt_at <= ?2
                  and (l.lapor_id is null or exists (select 1 from complaint_event e where e.tenant_id = l.tenant_id
                      and e.complaint_id = l.complaint_id and e.seq > l.sent_seq and e.public_event))
                order by l.next_attempt_at, l.created_at limit ?3 for update of l skip locked
                """).setParameter(1, tenant.value()).setParameter(2, Timestamp.from(now)).setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new Pending((UUID) r[0], (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue())).toList();
    }

    /** LAPOR! accepted the shared report under {@code laporId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shared(TenantId tenant, UUID complaintId, String laporId) {
        em.createNativeQuery("update lapor_link set lapor_id = ?3 where tenant_id = ?1 and complaint_id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, complaintId).setParameter(3, laporId)
                .executeUpdate();
    }

    /** LAPOR! took the step {@code seq}: it is never sent again (unless this transaction is lost). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sent(TenantId tenant, UUID complaintId, int seq) {
        em.createNativeQuery("update lapor_link set sent_seq = ?3, attempts = 0, last_error = null "
                + "where tenant_id = ?1 and complaint_id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, complaintId).setParameter(3, seq).executeUpdate();
    }

    /** A send failed: tried again at {@code retryAt}, or given up when that is empty. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(TenantId tenant, UUID complaintId, String error, Instant now, Instant retryAt) {
        em.createNativeQuery("""
                update lapor_link set attempts = attempts + 1, last_error = ?3,
                    next_attempt_at = coalesce(cast(?4 as timestamptz), next_attempt_at),
                    given_up_at = cast(?5 as timestamptz)
                where tenant_id = ?1 and complaint_id = ?2
                """)
                .setParameter(1, tenant.value()).setParameter(2, complaintId)
                .setParameter(3, error.substring(0, Math.min(500, error.length())))
                .setParameter(4, retryAt == null ? null : retryAt.toString())
                .setParameter(5, retryAt == null ? now.toString() : null).executeUpdate();
    }

    /** Whether a report LAPOR! dispatched under {@code laporId} is already a case here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean knows(TenantId tenant, String laporId) {
        return !em.createNativeQuery("select 1 from lapor_link where tenant_id = ?1 and lapor_id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, laporId).getResultList().isEmpty();
    }

    /**
     * Links a case made from a report LAPOR! dispatched; false when that report is already linked (pulled twice, or
     * by another instance at once: the unique key decides).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean linkDispatched(TenantId tenant, UUID complaintId, String laporId, String agency, String unit) {
        return em.createNativeQuery("""
                insert into lapor_link (tenant_id, complaint_id, origin, lapor_id, lapor_agency, suggested_unit)
                values (?1, ?2, 'LAPOR', ?3, ?4, ?5) on conflict do nothing
                """).setParameter(1, tenant.value()).setParameter(2, complaintId).setParameter(3, laporId)
                .setParameter(4, agency == null ? null : agency.substring(0, Math.min(200, agency.length())))
                .setParameter(5, unit).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void pulled(TenantId tenant, String cursor, Instant at, String error) {
        em.createNativeQuery("update lapor_state set pull_cursor = coalesce(cast(?2 as varchar), pull_cursor), "
                + "last_pull_at = ?3, last_pull_error = cast(?4 as varchar) where tenant_id = ?1")
                .setParameter(1, tenant.value()).setParameter(2, cursor).setParameter(3, Timestamp.from(at))
                .setParameter(4, error == null ? null : error.substring(0, Math.min(500, error.length())))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Link> find(TenantId tenant, UUID complaintId) {
        return links(tenant, "l.complaint_id = ?2", complaintId).stream().findFirst();
    }

    /** The LAPOR! ids of these cases, for a queue page. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, String> laporIds(TenantId tenant, Collection<UUID> complaintIds) {
        Map<UUID, String> out = new HashMap<>();
        if (complaintIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select complaint_id, lapor_id from lapor_link "
                + "where tenant_id = ?1 and lapor_id is not null and complaint_id = any(cast(?2 as uuid[]))")
                .setParameter(1, tenant.value())
                .setParameter(2, "{" + String.join(",", complaintIds.stream().map(UUID::toString).toList()) + "}")
                .getResultList();
        rows.forEach(r -> out.put((UUID) r[0], (String) r[1]));
        return out;
    }

    /** Links whose sending failed, the given-up ones first, at most {@code limit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Link> failing(TenantId tenant, int limit) {
        return links(tenant, "l.last_error is not null order by l.given_up_at nulls last, l.created_at limit "
                + limit, null);
    }

    @SuppressWarnings("unchecked")
    private List<Link> links(TenantId tenant, String where, UUID complaintId) {
        var q = em.createNativeQuery("select l.complaint_id, l.origin, l.lapor_id, l.lapor_agency, l.suggested_unit, "
                + "l.sent_seq, l.attempts, l.last_error, l.given_up_at from lapor_link l where l.tenant_id = ?1 and "
                + where).setParameter(1, tenant.value());
        if (complaintId != null) {
            q.setParameter(2, complaintId);
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new Link((UUID) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                (String) r[7], instant(r[8]))).toList();
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) o;
    }
}
