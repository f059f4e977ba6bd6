package id.balai.information.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * The port to a request's files: the requester's ID copy and the documents released to them. The adapter is
 * {@code information.infrastructure.InformationFiles}.
 */
public interface RequestFiles {

    public enum Kind {
        ID_COPY, RELEASED
    }

    /** A stored file's description, without its content. */
    public record FileInfo(UUID id, Kind kind, String fileName, String mediaType, int sizeBytes, String sha256,
            Instant uploadedAt) {
    }

    public record FileContent(FileInfo info, byte[] content) {
    }

    FileInfo store(TenantId tenant, UUID requestId, Kind kind, String fileName, String mediaType, byte[] content,
            Instant now);

    List<FileInfo> list(TenantId tenant, UUID requestId, Kind kind);

    Optional<FileContent> read(TenantId tenant, UUID requestId, UUID fileId, Kind kind);
}
