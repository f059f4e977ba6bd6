package id.balai.complaints.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.application.ComplaintFiles;
import id.balai.complaints.domain.Attachment;
import id.balai.complaints.domain.Attachments;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The files of a case, in the caller's tenant-scoped transaction. Added, listed and read; never changed. */
@ApplicationScoped
public class AttachmentRepository implements ComplaintFiles {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Adds the files after those the case has, numbering on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> add(TenantId tenant, UUID complaint, List<Attachments.Upload> uploads, Instant at,
            String by) {
        int next = list(tenant, complaint).size() + 1;
        for (Attachments.Upload u : uploads) {
            Sql.of(em, """
                    insert into complaint_attachment (tenant_id, complaint_id, position, file_name, media_type,
                        size_bytes, sha256, content, uploaded_at, uploaded_by)
                    values (:tenant, :complaint, :position, :fileName, :mediaType, :size, :sha256, :content, :at, :by)
                    """).set("tenant", tenant.value()).set("complaint", complaint).set("position", next++)
                    .set("fileName", u.fileName()).set("mediaType", u.type().mediaType()).set("size", (int) u.size())
                    .set("sha256", u.sha256()).set("content", u.content()).set("at", at).set("by", by).execute();
        }
        return list(tenant, complaint);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Attachment> list(TenantId tenant, UUID complaint) {
        return Sql.of(em, """
                select position, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by
                from complaint_attachment where tenant_id = :tenant and complaint_id = :complaint order by position
                """).set("tenant", tenant.value()).set("complaint", complaint).list(AttachmentRepository::attachment);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<File> read(TenantId tenant, UUID complaint, int position) {
        return Sql.of(em, """
                select position, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by, content
                from complaint_attachment where tenant_id = :tenant and complaint_id = :complaint
                    and position = :position
                """).set("tenant", tenant.value()).set("complaint", complaint).set("position", position)
                .first(r -> new File(attachment(r), (byte[]) r.raw(7)));
    }

    private static Attachment attachment(Sql.Row r) {
        return new Attachment(r.integer(0), r.text(1), FileType.ofStored(r.text(2)), r.count(3), r.text(4).strip(),
                r.instant(5), r.text(6));
    }
}
