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

import id.balai.complaints.application.Publications;
import id.balai.complaints.domain.Publication;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Stores a report's public version and appends its moderation log, in the caller's tenant-scoped transaction. An
 * update checks the version read, so that two administrators moderating at once cannot overwrite each other.
 */
@ApplicationScoped
public class PublicationRepository implements Publications {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Publication> find(TenantId tenant, UUID complaint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select status, public_title, public_text, array_to_string(public_attachments, ','), published_at,
                    published_by, updated_at, version,
                    (select count(*) from complaint_moderation_log l where l.tenant_id = p.tenant_id
                        and l.complaint_id = p.complaint_id), public_location,
                    array_to_string(blurred_attachments, ',')
                from complaint_publication p where tenant_id = ?1 and complaint_id = ?2
                """).setParameter(1, tenant.value()).setParameter(2, complaint).getResultList();
        return rows.stream().findFirst().map(r -> map(tenant, complaint, r, 0));
    }

    /**
     * A row of status, title, text, attachments, published at/by, updated at, version, log count, public location,
     * blurred attachments from {@code i}.
     */
    static Publication map(TenantId tenant, UUID complaint, Object[] r, int i) {
        return new Publication(tenant, complaint, Publication.Status.valueOf((String) r[i]),
                new Publication.Content((String) r[i + 1], (String) r[i + 2], positions((String) r[i + 3]),
                        positions((String) r[i + 10]), (Boolean) r[i + 9]),
                instant(r[i + 4]), (String) r[i + 5], instant(r[i + 6]), ((Number) r[i + 7]).intValue(),
                ((Number) r[i + 8]).intValue(), true);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Publication p) {
        String photos = array(p.content().publicAttachments());
        String blurred = array(p.content().blurredAttachments());
        if (!p.stored()) {
            em.createNativeQuery("""
                    insert into complaint_publication (tenant_id, complaint_id, status, public_title, public_text,
                        public_attachments, published_at, published_by, updated_at, public_location,
                        blurred_attachments)
                    values (?1, ?2, ?3, ?4, ?5, cast(?6 as smallint[]), ?7, ?8, ?9, ?10, cast(?11 as smallint[]))
                    """).setParameter(1, p.tenant().value()).setParameter(2, p.complaintId())
                    .setParameter(3, p.status().name()).setParameter(4, p.content().title())
                    .setParameter(5, p.content().text()).setParameter(6, photos)
                    .setParameter(7, Timestamp.from(p.publishedAt())).setParameter(8, p.publishedBy())
                    .setParameter(9, Timestamp.from(p.updatedAt()))
                    .setParameter(10, p.content().publicLocation()).setParameter(11, blurred).executeUpdate();
        } else {
            int updated = em.createNativeQuery("""
                    update complaint_publication set status = ?3, public_title = ?4, public_text = ?5,
                        public_attachments = cast(?6 as smallint[]), published_at = ?7, published_by = ?8,
                        updated_at = ?9, public_location = ?11, version = version + 1,
                        blurred_attachments = cast(?12 as smallint[])
                    where tenant_id = ?1 and complaint_id = ?2 and version = ?10
                    """).setParameter(1, p.tenant().value()).setParameter(2, p.complaintId())
                    .setParameter(3, p.status().name()).setParameter(4, p.content().title())
                    .setParameter(5, p.content().text()).setParameter(6, photos)
                    .setParameter(7, Timestamp.from(p.publishedAt())).setParameter(8, p.publishedBy())
                    .setParameter(9, Timestamp.from(p.updatedAt())).setParameter(10, p.version())
                    .setParameter(11, p.content().publicLocation()).setParameter(12, blurred).executeUpdate();
            if (updated != 1) {
                throw new DomainException(DomainException.Kind.CONFLICT, "PUBLICATION_CHANGED_MEANWHILE",
                        Message.of("Versi publik laporan ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                                "Someone else changed this report's public version just now. Reload and try again."));
            }
        }
        for (Publication.LogEntry e : p.newLog()) {
            appendLog(p.tenant(), p.complaintId(), e);
        }
    }

    /**
     * Appends a line to the report's moderation log as its next one. The caller holds the report's row
     * ({@code ComplaintRepository.lock} or an update of it), so two acts on one report cannot take the same number.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendLog(TenantId tenant, UUID complaint, Publication.LogEntry e) {
        em.createNativeQuery("""
                insert into complaint_moderation_log (tenant_id, complaint_id, seq, at, actor, act, reason,
                    before_sha256, after_sha256, photo_position)
                values (?1, ?2, (select coalesce(max(seq), 0) + 1 from complaint_moderation_log
                        where tenant_id = ?1 and complaint_id = ?2), ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as smallint))
                """).setParameter(1, tenant.value()).setParameter(2, complaint)
                .setParameter(3, Timestamp.from(e.at())).setParameter(4, e.actor())
                .setParameter(5, e.act().name()).setParameter(6, e.reason()).setParameter(7, e.beforeSha256())
                .setParameter(8, e.afterSha256())
                .setParameter(9, e.photo() == null ? null : String.valueOf(e.photo())).executeUpdate();
    }

    /** The moderation log of a report, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Publication.LogEntry> log(TenantId tenant, UUID complaint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select seq, at, actor, act, reason, before_sha256, after_sha256, photo_position
                from complaint_moderation_log where tenant_id = ?1 and complaint_id = ?2 order by seq
                """).setParameter(1, tenant.value()).setParameter(2, complaint).getResultList();
        return rows.stream().map(r -> new Publication.LogEntry(((Number) r[0]).intValue(), instant(r[1]),
                (String) r[2], Publication.Act.valueOf((String) r[3]), (String) r[4], (String) r[5],
                (String) r[6], r[7] == null ? null : ((Number) r[7]).intValue())).toList();
    }

    private static String array(java.util.Set<Integer> positions) {
        return positions.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
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
