package id.balai.information.infrastructure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;
import id.balai.privacy.application.PersonalDataKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The ID copies and released documents of requests, in PostgreSQL, with their SHA-256 (of the content as sent). An
 * ID (KTP) copy is personal data like the requester's NIK (UU 27/2022): it is stored encrypted with the personal-data
 * keys, bound to its tenant, row and column, as the vault's fields are; released documents are public information
 * and stored as they are.
 */
@ApplicationScoped
public class InformationFiles {
    private static final String ID_COPY_COLUMN = "information_file.content";

    @Inject
    PersonalDataKeys crypto;

    public enum Kind {
        ID_COPY, RELEASED
    }

    /** A stored file's description, without its content. */
    public record FileInfo(UUID id, Kind kind, String fileName, String mediaType, int sizeBytes, String sha256,
            Instant uploadedAt) {
    }

    public record FileContent(FileInfo info, byte[] content) {
    }

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public FileInfo store(TenantId tenant, UUID requestId, Kind kind, String fileName, String mediaType,
            byte[] content, Instant now) {
        FileInfo info = new FileInfo(UUID.randomUUID(), kind, fileName, mediaType, content.length, sha256(content),
                now);
        em.createNativeQuery("""
                insert into information_file (tenant_id, id, request_id, kind, file_name, media_type, size_bytes,
                    sha256, content, uploaded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                """).setParameter(1, tenant.value()).setParameter(2, info.id()).setParameter(3, requestId)
                .setParameter(4, kind.name()).setParameter(5, fileName).setParameter(6, mediaType)
                .setParameter(7, content.length).setParameter(8, info.sha256())
                .setParameter(9, kind == Kind.ID_COPY
                        ? crypto.seal(tenant, ID_COPY_COLUMN, info.id(), content)
                        : content)
                .setParameter(10, Timestamp.from(now)).executeUpdate();
        return info;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<FileInfo> list(TenantId tenant, UUID requestId, Kind kind) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, file_name, media_type, size_bytes, sha256, uploaded_at from information_file
                where tenant_id = ?1 and request_id = ?2 and kind = ?3 order by uploaded_at, id
                """).setParameter(1, tenant.value()).setParameter(2, requestId).setParameter(3, kind.name())
                .getResultList();
        return rows.stream().map(InformationFiles::info).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<FileContent> read(TenantId tenant, UUID requestId, UUID fileId, Kind kind) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, file_name, media_type, size_bytes, sha256, uploaded_at, content from information_file
                where tenant_id = ?1 and request_id = ?2 and id = ?3 and kind = ?4
                """).setParameter(1, tenant.value()).setParameter(2, requestId).setParameter(3, fileId)
                .setParameter(4, kind.name()).getResultList();
        return rows.stream().findFirst().map(o -> {
            FileInfo info = info(o);
            byte[] stored = (byte[]) o[7];
            return new FileContent(info, info.kind() == Kind.ID_COPY
                    ? crypto.open(tenant, ID_COPY_COLUMN, info.id(), stored)
                    : stored);
        });
    }

    private static FileInfo info(Object[] o) {
        return new FileInfo((UUID) o[0], Kind.valueOf((String) o[1]), (String) o[2], (String) o[3],
                ((Number) o[4]).intValue(), ((String) o[5]).trim(), InformationRequestRepository.instant(o[6]));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
