package id.balai.complaints.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.domain.BlurredPhoto;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The blurred versions of a report's photos, in the caller's tenant-scoped transaction. */
@ApplicationScoped
public class BlurredPhotoRepository {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** A stored blurred version with its picture. */
    public record File(BlurredPhoto photo, byte[] content) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<BlurredPhoto> list(TenantId tenant, UUID complaint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select position, media_type, size_bytes, sha256, made_at, made_by from complaint_blurred_photo
                where tenant_id = ?1 and complaint_id = ?2 order by position
                """).setParameter(1, tenant.value()).setParameter(2, complaint).getResultList();
        return rows.stream().map(BlurredPhotoRepository::photo).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<File> read(TenantId tenant, UUID complaint, int position) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select position, media_type, size_bytes, sha256, made_at, made_by, content
                from complaint_blurred_photo where tenant_id = ?1 and complaint_id = ?2 and position = ?3
                """).setParameter(1, tenant.value()).setParameter(2, complaint).setParameter(3, position)
                .getResultList();
        return rows.stream().findFirst().map(r -> new File(photo(r), (byte[]) r[6]));
    }

    /** Stores the version of its photo, taking the place of the one there was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void save(TenantId tenant, UUID complaint, BlurredPhoto p, byte[] content) {
        em.createNativeQuery("""
                insert into complaint_blurred_photo (tenant_id, complaint_id, position, media_type, size_bytes,
                    sha256, content, made_at, made_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                on conflict (tenant_id, complaint_id, position) do update set media_type = excluded.media_type,
                    size_bytes = excluded.size_bytes, sha256 = excluded.sha256, content = excluded.content,
                    made_at = excluded.made_at, made_by = excluded.made_by
                """).setParameter(1, tenant.value()).setParameter(2, complaint).setParameter(3, p.position())
                .setParameter(4, p.type().mediaType()).setParameter(5, (int) p.sizeBytes())
                .setParameter(6, p.sha256()).setParameter(7, content).setParameter(8, Timestamp.from(p.madeAt()))
                .setParameter(9, p.madeBy()).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(TenantId tenant, UUID complaint, int position) {
        em.createNativeQuery("""
                delete from complaint_blurred_photo where tenant_id = ?1 and complaint_id = ?2 and position = ?3
                """).setParameter(1, tenant.value()).setParameter(2, complaint).setParameter(3, position)
                .executeUpdate();
    }

    private static BlurredPhoto photo(Object[] r) {
        String mediaType = (String) r[1];
        FileType type = Arrays.stream(FileType.values()).filter(t -> t.mediaType().equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown stored media type " + mediaType));
        return new BlurredPhoto(((Number) r[0]).intValue(), type, ((Number) r[2]).longValue(),
                ((String) r[3]).strip(), instant(r[4]), (String) r[5]);
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
