package id.balai.complaints.interfaces;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.balai.complaints.application.ModerationService;
import id.balai.complaints.domain.BlurredPhoto;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.Publication;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.privacy.domain.PersonalDataMasker;

/** The central administrator's publication panel (issue 15): what is proposed, what is public, and the log. */
public final class PublicationViews {
    private PublicationViews() {
    }

    /** A kind of personal data found, how often, in plain Indonesian; never the value. */
    public record FindingView(String kind, String label, int count) {
        static List<FindingView> of(PersonalDataMasker.Masked m) {
            return m.counts().entrySet().stream().map((Map.Entry<PersonalDataMasker.Kind, Integer> e) ->
                    new FindingView(e.getKey().name(), e.getKey().label(), e.getValue())).toList();
        }
    }

    /** A text as it would be public, masked, with what was masked. */
    public record MaskedText(String text, List<FindingView> findings) {
        static MaskedText of(PersonalDataMasker.Masked m) {
            return new MaskedText(m.text(), FindingView.of(m));
        }
    }

    /** @param photo the position of the photo a photo act is about; absent for the other acts */
    public record LogView(int seq, Instant at, String actor, String act, String reason, String beforeSha256,
            String afterSha256, Integer photo) {
        static LogView of(Publication.LogEntry e) {
            return new LogView(e.seq(), e.at(), e.actor(), e.act().name(), e.reason(), e.beforeSha256(),
                    e.afterSha256(), e.photo());
        }
    }

    /** A photo's stored blurred version (its picture: {@code GET …/publication/photos/{position}}). */
    public record BlurredPhotoView(int position, String mediaType, long sizeBytes, String sha256, Instant madeAt,
            String madeBy) {
        static BlurredPhotoView of(BlurredPhoto b) {
            return new BlurredPhotoView(b.position(), b.type().mediaType(), b.sizeBytes(), b.sha256(), b.madeAt(),
                    b.madeBy());
        }
    }

    /**
     * @param status        NONE (never published), PUBLISHED or UNPUBLISHED
     * @param refusal       why the report cannot be published, if it cannot (then publishing is a 409)
     * @param proposedTitle the report's title, masked: what the form starts from
     * @param publicLocation whether the public version shows the report's point (true before the first publication:
     *                       the form's default)
     * @param hasPoint       whether the report has a point at all
     * @param blurredAttachments the photos the public version shows only as their blurred version
     * @param blurredPhotos the blurred versions stored, whether the public version shows them or not
     */
    public record PublicationView(String trackingNumber,
            @Schema(enumeration = {"NONE", "PUBLISHED", "UNPUBLISHED"}) String status, Message refusal, String title,
            String text,
            List<Integer> publicAttachments, Instant publishedAt, String publishedBy, Instant updatedAt,
            MaskedText proposedTitle, MaskedText proposedText, List<ComplaintViews.AttachmentView> attachments,
            List<LogView> log, boolean publicLocation, boolean hasPoint, List<Integer> blurredAttachments,
            List<BlurredPhotoView> blurredPhotos) {
        static PublicationView of(ModerationService.Draft d) {
            Complaint c = d.complaint();
            Message refusal = null;
            try {
                c.checkPublishable();
            } catch (DomainException e) {
                refusal = e.userMessage();
            }
            Publication p = d.publication().orElse(null);
            return new PublicationView(c.trackingNumber(), p == null ? "NONE" : p.status().name(), refusal,
                    p == null ? null : p.content().title(), p == null ? null : p.content().text(),
                    p == null ? List.of() : List.copyOf(p.content().publicAttachments()),
                    p == null ? null : p.publishedAt(), p == null ? null : p.publishedBy(),
                    p == null ? null : p.updatedAt(), MaskedText.of(d.proposedTitle()),
                    MaskedText.of(d.proposedText()), ComplaintViews.AttachmentView.of(d.attachments()),
                    d.log().stream().map(LogView::of).toList(), p == null || p.content().publicLocation(),
                    c.latitude() != null && c.longitude() != null,
                    p == null ? List.of() : List.copyOf(p.content().blurredAttachments()),
                    d.blurredPhotos().stream().map(BlurredPhotoView::of).toList());
        }
    }
}
