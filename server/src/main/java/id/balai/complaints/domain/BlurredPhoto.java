package id.balai.complaints.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.Message;

/**
 * The public version of one of a report's photos with faces and number plates made unreadable (issue 15). The
 * central administrator marks the areas in the browser, which blurs them and encodes the picture again (without
 * its metadata). Once a photo has one, the public photo address serves it and never that photo's original, whatever
 * the public version's choice for the photo, until it is removed. The original attachment is not touched: it is the
 * evidence the officers work with.
 *
 * @param position the position of the attachment it stands for
 * @param sha256   hex digest of the stored picture
 */
public record BlurredPhoto(int position, FileType type, long sizeBytes, String sha256, Instant madeAt,
        String madeBy) {

    /**
     * A blurred version of the photo at {@code position}: only of a report that may be published, and only of one
     * of its photos ({@code picture} is checked as a photo by {@link Attachments#acceptPhoto}).
     */
    public static BlurredPhoto of(Complaint complaint, List<Attachment> attachments, int position,
            Attachments.Upload picture, String actor, Instant at) {
        complaint.checkPublishable();
        if (attachments.stream().noneMatch(a -> a.position() == position)) {
            throw noPhoto();
        }
        if (!Publication.isPhoto(attachments, position)) {
            throw Publication.notAPhoto("position");
        }
        return new BlurredPhoto(position, picture.type(), picture.size(), picture.sha256(), at, actor);
    }

    /**
     * The moderation log's line for this version taking the place of {@code before} (none: the first); empty when it
     * is the very same picture, so that sending it again changes and logs nothing.
     */
    public Optional<Publication.LogEntry> loggedAfter(Optional<BlurredPhoto> before, String reason) {
        Publication.requireReason(reason);
        if (before.filter(b -> b.sha256().equals(sha256)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Publication.LogEntry(0, madeAt, madeBy, Publication.Act.PHOTO_BLURRED, reason.strip(),
                before.map(BlurredPhoto::sha256).orElse(null), sha256, position));
    }

    /**
     * The moderation log's line for removing this version. Refused while the published version shows the photo
     * blurred: the public would lose the photo without anyone having chosen so; the administrator first shows it as
     * sent or not at all, then removes this.
     */
    public Publication.LogEntry removed(Optional<Publication> publication, String actor, String reason, Instant at) {
        Publication.requireReason(reason);
        if (publication.filter(Publication::isPublished)
                .filter(p -> p.content().blurredAttachments().contains(position)).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "BLURRED_PHOTO_IN_USE",
                    Message.of("Versi publik menampilkan foto ini disamarkan. Pilih dulu cara lain untuk foto ini dan "
                            + "perbarui publikasi, baru hapus versi yang disamarkan.",
                            "The public version shows this photo blurred. Choose something else for the photo and "
                                    + "update the publication first, then remove the blurred version."),
                    "position");
        }
        return new Publication.LogEntry(0, at, actor, Publication.Act.PHOTO_BLUR_REMOVED, reason.strip(), sha256,
                null, position);
    }

    public static DomainException noPhoto() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ATTACHMENT_NOT_FOUND",
                Message.of("Foto tidak ditemukan.", "Photo not found."));
    }
}
