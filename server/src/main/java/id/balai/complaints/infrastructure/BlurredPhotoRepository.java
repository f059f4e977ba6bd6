package id.balai.complaints.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.application.BlurredPhotos;
import id.balai.complaints.domain.BlurredPhoto;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The blurred versions of a report's photos, in the caller's tenant-scoped transaction. */
@ApplicationScoped
public class BlurredPhotoRepository implements BlurredPhotos {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<BlurredPhoto> list(TenantId tenant, UUID complaint) {
        return Sql.of(em, """
                select position, media_type, size_bytes, sha256, made_at, made_by from complaint_blurred_photo
                where tenant_id = :tenant and complaint_id = :complaint order by position
                """).set("tenant", tenant.value()).set("complaint", complaint).list(BlurredPhotoRepository::photo);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<File> read(TenantId tenant, UUID complaint, int position) {
        return Sql.of(em, """
                select position, media_type, size_bytes, sha256, made_at, made_by, content
                from complaint_blurred_photo where tenant_id = :tenant and complaint_id = :complaint
                    and position = :position
                """).set("tenant", tenant.value()).set("complaint", complaint).set("position", position)
                .first(r -> new File(photo(r), (byte[]) r.raw(6)));
    }

    /** Stores the version of its photo, taking the place of the one there was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(TenantId tenant, UUID complaint, BlurredPhoto p, byte[] content) {
        Sql.of(em, """
                insert into complaint_blurred_photo (tenant_id, complaint_id, position, media_type, size_bytes,
                    sha256, content, made_at, made_by)
                values (:tenant, :complaint, :position, :mediaType, :size, :sha256, :content, :at, :by)
                on conflict (tenant_id, complaint_id, position) do update set media_type = excluded.media_type,
                    size_bytes = excluded.size_bytes, sha256 = excluded.sha256, content = excluded.content,
                    made_at = excluded.made_at, made_by = excluded.made_by
                """).set("tenant", tenant.value()).set("complaint", complaint).set("position", p.position())
                .set("mediaType", p.type().mediaType()).set("size", (int) p.sizeBytes()).set("sha256", p.sha256())
                .set("content", content).set("at", p.madeAt()).set("by", p.madeBy()).execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(TenantId tenant, UUID complaint, int position) {
        Sql.of(em, """
                delete from complaint_blurred_photo where tenant_id = :tenant and complaint_id = :complaint
                    and position = :position
                """).set("tenant", tenant.value()).set("complaint", complaint).set("position", position).execute();
    }

    private static BlurredPhoto photo(Sql.Row r) {
        return new BlurredPhoto(r.integer(0), FileType.ofStored(r.text(1)), r.count(2), r.text(3).strip(),
                r.instant(4), r.text(5));
    }
}
