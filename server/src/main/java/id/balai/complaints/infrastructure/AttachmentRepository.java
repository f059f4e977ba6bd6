package id.balai.complaints.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.domain.Attachment;
import id.balai.complaints.domain.Attachments;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The files of a case, in the caller's tenant-scoped transaction. Added, listed and read; never changed. */
@ApplicationScoped
public class AttachmentRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** A stored file with its content. */
    public record File(Attachment attachment, byte[] content) {
    }

    /** Adds the files after those the case has, numbering on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> add(TenantId tenant, UUID complaint, List<Attachments.Upload> uploads, Instant at,
            String by) {
        int next = list(tenant, complaint).size() + 1;
        for (Attachments.Upload u : uploads) {
            em.createNativeQuery("""
                    insert into complaint_attachment (tenant_id, complaint_id, position, file_name, media_type,
                        size_bytes, sha256, content, uploaded_at, uploaded_by)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                    """)
                    .setParameter(1, tenant.value()).setParameter(2, complaint).setParameter(3, next++)
                    .setParameter(4, u.fileName()).setParameter(5, u.type().mediaType())
                    .setParameter(6, (int) u.size()).setParameter(7, u.sha256()).setParameter(8, u.content())
                    .setParameter(9, Timestamp.from(at)).setParameter(10, by).executeUpdate();
        }
        return list(tenant, complaint);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> list(TenantId tenant, UUID complaint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select position, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by
                from complaint_attachment where tenant_id = ?1 and complaint_id = ?2 order by position
                """).setParameter(1, tenant.value()).setParameter(2, complaint).getResultList();
        return rows.stream().map(AttachmentRepository::attachment).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<File> read(TenantId tenant, UUID complaint, int position) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select position, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by, content
                from complaint_attachment where tenant_id = ?1 and complaint_id = ?2 and position = ?3
                """).setParameter(1, tenant.value()).setParameter(2, complaint).setParameter(3, position)
                .getResultList();
        return rows.stream().findFirst().map(r -> new File(attachment(r), (byte[]) r[7]));
    }

    private static Attachment attachment(Object[] r) {
        String mediaType = (String) r[2];
        FileType type = Arrays.stream(FileType.values()).filter(t -> t.mediaType().equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown stored media type " + mediaType));
        return new Attachment(((Number) r[0]).intValue(), (String) r[1], type, ((Number) r[3]).longValue(),
                ((String) r[4]).strip(), instant(r[5]), (String) r[6]);
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
