package id.balai.complaints.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.domain.BlurredPhoto;
import id.balai.platform.domain.TenantId;

/**
 * The port to the blurred versions of a case's photos the central administrator made for publication. The adapter is
 * {@code complaints.infrastructure.BlurredPhotoRepository}.
 */
public interface BlurredPhotos {

    /** A stored blurred version with its picture. */
    public record File(BlurredPhoto photo, byte[] content) {
    }

    List<BlurredPhoto> list(TenantId tenant, UUID complaint);

    Optional<File> read(TenantId tenant, UUID complaint, int position);

    /** Stores the version of its photo, taking the place of the one there was. */
    void save(TenantId tenant, UUID complaint, BlurredPhoto p, byte[] content);

    void remove(TenantId tenant, UUID complaint, int position);
}
