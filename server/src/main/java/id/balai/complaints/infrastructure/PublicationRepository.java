package id.balai.complaints.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import id.balai.complaints.domain.Publication;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Stores a report's public version and appends its moderation log, in the caller's tenant-scoped transaction. An
 * update checks the version read, so that two administrators moderating at once cannot overwrite each other.
 */
@ApplicationScoped
public class PublicationRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Publication> find(TenantId tenant, UUID complaint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select status, public_title, public_text, array_to_string(public_attachments, ','), published_at,
                    published_by, updated_at, version,
                    (select count(*) from complaint_moderation_log l where l.tenant_id = p.tenant_id
                        and l.complaint_id = p.complaint_id), public_location
                from complaint_publication p where tenant_id = ?1 and complaint_id = ?2
                """).setParameter(1, tenant.value()).setParameter(2, complaint).getResultList();
        return rows.stream().findFirst().map(r -> map(tenant, complaint, r, 0));
    }

    /**
     * A row of status, title, text, attachments, published at/by, updated at, version, log count, public location
     * from {@code i}.
     */
    static Publication map(TenantId tenant, UUID complaint, Object[] r, int i) {
        return new Publication(tenant, complaint, Publication.Status.valueOf((String) r[i]),
                new Publication.Content((String) r[i + 1], (String) r[i + 2], positions((String) r[i + 3]),
                        (Boolean) r[i + 9]),
                instant(r[i + 4]), (String) r[i + 5], instant(r[i + 6]), ((Number) r[i + 7]).intValue(),
                ((Number) r[i + 8]).intValue(), true);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Publication p) {
        String photos = p.content().publicAttachments().stream().map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}"));
        if (!p.stored()) {
            em.createNativeQuery("""
                    insert into complaint_publication (tenant_id, complaint_id, status, public_title, public_text,
                        public_attachments, published_at, published_by, updated_at, public_location)
                    values (?1, ?2, ?3, ?4, ?5, cast(?6 as smallint[]), ?7, ?8, ?9, ?10)
                    """).setParameter(1, p.tenant().value()).setParameter(2, p.complaintId())
                    .setParameter(3, p.status().name()).setParameter(4, p.content().title())
                    .setParameter(5, p.content().text()).setParameter(6, photos)
                    .setParameter(7, Timestamp.from(p.publishedAt())).setParameter(8, p.publishedBy())
                    .setParameter(9, Timestamp.from(p.updatedAt()))
                    .setParameter(10, p.content().publicLocation()).executeUpdate();
        } else {
            int updated = em.createNativeQuery("""
                    update complaint_publication set status = ?3, public_title = ?4, public_text = ?5,
                        public_attachments = cast(?6 as smallint[]), published_at = ?7, published_by = ?8,
                        updated_at = ?9, public_location = ?11, version = version + 1
                    where tenant_id = ?1 and complaint_id = ?2 and version = ?10
                    """).setParameter(1, p.tenant().value()).setParameter(2, p.complaintId())
                    .setParameter(3, p.status().name()).setParameter(4, p.content().title())
                    .setParameter(5, p.content().text()).setParameter(6, photos)
                    .setParameter(7, Timestamp.from(p.publishedAt())).setParameter(8, p.publishedBy())
                    .setParameter(9, Timestamp.from(p.updatedAt())).setParameter(10, p.version())
                    .setParameter(11, p.content().publicLocation()).executeUpdate();
            if (updated != 1) {
                throw new DomainException(DomainException.Kind.CONFLICT, "PUBLICATION_CHANGED_MEANWHILE",
                        Message.of("Versi publik laporan ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                                "Someone else changed this report's public version just now. Reload and try again."));
            }
        }
        for (Publication.LogEntry e : p.newLog()) {
            em.createNativeQuery("""
                    insert into complaint_moderation_log (tenant_id, complaint_id, seq, at, actor, act, reason,
                        before_sha256, after_sha256)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                    """).setParameter(1, p.tenant().value()).setParameter(2, p.complaintId())
                    .setParameter(3, e.seq()).setParameter(4, Timestamp.from(e.at())).setParameter(5, e.actor())
                    .setParameter(6, e.act().name()).setParameter(7, e.reason()).setParameter(8, e.beforeSha256())
                    .setParameter(9, e.afterSha256()).executeUpdate();
        }
    }

    /** The moderation log of a report, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Publication.LogEntry> log(TenantId tenant, UUID complaint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select seq, at, actor, act, reason, before_sha256, after_sha256 from complaint_moderation_log
                where tenant_id = ?1 and complaint_id = ?2 order by seq
                """).setParameter(1, tenant.value()).setParameter(2, complaint).getResultList();
        return rows.stream().map(r -> new Publication.LogEntry(((Number) r[0]).intValue(), instant(r[1]),
                (String) r[2], Publication.Act.valueOf((String) r[3]), (String) r[4], (String) r[5],
                (String) r[6])).toList();
    }

    private static TreeSet<Integer> positions(String csv) {
        TreeSet<Integer> out = new TreeSet<>();
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).forEach(out::add);
        }
        return out;
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) o;
    }
}
