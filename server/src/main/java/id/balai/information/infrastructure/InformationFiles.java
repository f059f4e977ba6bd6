package id.balai.information.infrastructure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.information.application.RequestFiles;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
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
public class InformationFiles implements RequestFiles {
    private static final String ID_COPY_COLUMN = "information_file.content";

    @Inject
    PersonalDataKeys crypto;

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public FileInfo store(TenantId tenant, UUID requestId, Kind kind, String fileName, String mediaType,
            byte[] content, Instant now) {
        FileInfo info = new FileInfo(UUID.randomUUID(), kind, fileName, mediaType, content.length, sha256(content),
                now);
        Sql.of(em, """
                insert into information_file (tenant_id, id, request_id, kind, file_name, media_type, size_bytes,
                    sha256, content, uploaded_at)
                values (:tenant, :id, :request, :kind, :fileName, :mediaType, :size, :sha256, :content, :at)
                """).set("tenant", tenant.value()).set("id", info.id()).set("request", requestId).set("kind", kind)
                .set("fileName", fileName).set("mediaType", mediaType).set("size", content.length)
                .set("sha256", info.sha256())
                .set("content", kind == Kind.ID_COPY ? crypto.seal(tenant, ID_COPY_COLUMN, info.id(), content) : content)
                .set("at", now).execute();
        return info;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<FileInfo> list(TenantId tenant, UUID requestId, Kind kind) {
        return Sql.of(em, """
                select id, kind, file_name, media_type, size_bytes, sha256, uploaded_at from information_file
                where tenant_id = :tenant and request_id = :request and kind = :kind order by uploaded_at, id
                """).set("tenant", tenant.value()).set("request", requestId).set("kind", kind)
                .list(InformationFiles::info);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FileContent> read(TenantId tenant, UUID requestId, UUID fileId, Kind kind) {
        return Sql.of(em, """
                select id, kind, file_name, media_type, size_bytes, sha256, uploaded_at, content from information_file
                where tenant_id = :tenant and request_id = :request and id = :id and kind = :kind
                """).set("tenant", tenant.value()).set("request", requestId).set("id", fileId).set("kind", kind)
                .first(o -> {
                    FileInfo info = info(o);
                    byte[] stored = (byte[]) o.raw(7);
                    return new FileContent(info, info.kind() == Kind.ID_COPY
                            ? crypto.open(tenant, ID_COPY_COLUMN, info.id(), stored)
                            : stored);
                });
    }

    private static FileInfo info(Sql.Row o) {
        return new FileInfo(o.uuid(0), o.enumOf(1, Kind.class), o.text(2), o.text(3), o.integer(4),
                o.text(5).trim(), o.instant(6));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
