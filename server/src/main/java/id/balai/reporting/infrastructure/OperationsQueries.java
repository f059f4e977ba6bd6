package id.balai.reporting.infrastructure;

import java.util.List;

import id.balai.complaints.domain.ComplaintStatus;
import id.balai.information.domain.RequestStatus;
import id.balai.platform.domain.TenantId;
import id.balai.reporting.application.OperationsFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What an operator watches of one regency, counted in the caller's tenant-scoped transaction: its complaints and
 * information requests by status (every status, 0 where there is none; counts on their status indexes) and the messages waiting in each outbox.
 */
@ApplicationScoped
public class OperationsQueries implements OperationsFigures {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Figure> figures(TenantId t) {
        // Every status is listed, with 0 where a regency has none, so that a dashboard sees the series from the start.
        List<Object[]> rows = em.createNativeQuery("""
                select 'complaint', s, (select count(*) from complaint c where c.tenant_id = ?1 and c.status = s)
                    from unnest(cast(?2 as varchar[])) s
                union all
                select 'information_request', s,
                    (select count(*) from information_request r where r.tenant_id = ?1 and r.status = s)
                    from unnest(cast(?3 as varchar[])) s
                union all
                select 'outbox', 'sms', count(*) from sms_outbox
                    where tenant_id = ?1 and sent_at is null and given_up_at is null
                union all
                select 'outbox', 'mail', count(*) from mail_outbox
                    where tenant_id = ?1 and sent_at is null and given_up_at is null
                union all
                select 'outbox', 'whatsapp', count(*) from whatsapp_outbox
                    where tenant_id = ?1 and sent_at is null and given_up_at is null
                """).setParameter(1, t.value()).setParameter(2, array(ComplaintStatus.values()))
                .setParameter(3, array(RequestStatus.values())).getResultList();
        return rows.stream().map(o -> new Figure((String) o[0], (String) o[1], ((Number) o[2]).longValue()))
                .toList();
    }

    /** A PostgreSQL array literal of the enum's names, e.g. {RECEIVED,VERIFIED}. */
    private static String array(Enum<?>[] values) {
        return "{" + String.join(",", java.util.Arrays.stream(values).map(Enum::name).toList()) + "}";
    }
}
