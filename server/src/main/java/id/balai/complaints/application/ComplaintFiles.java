package id.balai.complaints.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.domain.Attachment;
import id.balai.complaints.domain.Attachments;
import id.balai.platform.domain.TenantId;

/**
 * The port to the files a case came with (photos and PDFs), numbered in order. The adapter is
 * {@code complaints.infrastructure.AttachmentRepository}.
 */
public interface ComplaintFiles {

    /** A stored file with its content. */
    public record File(Attachment attachment, byte[] content) {
    }

    /** Adds the files after those the case has, numbering on. */
    List<Attachment> add(TenantId tenant, UUID complaint, List<Attachments.Upload> uploads, Instant at, String by);

    List<Attachment> list(TenantId tenant, UUID complaint);

    Optional<File> read(TenantId tenant, UUID complaint, int position);
}
