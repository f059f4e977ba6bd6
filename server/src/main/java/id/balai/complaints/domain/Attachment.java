package id.balai.complaints.domain;

import java.time.Instant;

import id.balai.platform.domain.FileType;

/**
 * A file that came with a report (SPIKM Pasal 5a: a photo of the broken bridge, a letter as PDF). Its content is
 * kept apart and served only to the reporter (with the access code) and to officers who may see the case; never on
 * public pages.
 *
 * @param position   1, 2, ... in the order sent
 * @param sha256     hex digest of the stored content
 * @param uploadedBy the actor who sent it ({@code citizen:web}, or an officer at the desk)
 */
public record Attachment(int position, String fileName, FileType type, long sizeBytes, String sha256,
        Instant uploadedAt, String uploadedBy) {
}
