package id.balai.complaints.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Collectors;

import id.balai.audit.application.AuditLog;
import id.balai.complaints.domain.Attachment;
import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.BlurredPhoto;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.Publication;
import id.balai.platform.application.Now;
import id.balai.platform.domain.AccessCode;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.Paging;
import id.balai.platform.infrastructure.ImageMetadata;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataMasker;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Moderation before publication (issue 15): the central administrator publishes, edits and unpublishes a report's
 * public version; the reporter can ask for it to come off the public record; public surfaces read only published
 * versions. Every act is logged on the publication, recorded in the audit chain and told to the reporter (an SMS
 * for a report that came by SMS, an event in the public history in every case).
 */
@ApplicationScoped
public class ModerationService {

    @Inject
    TenantTransactions scope;

    @Inject
    ComplaintRecords complaints;

    @Inject
    Publications publications;

    @Inject
    ComplaintFiles attachments;

    @Inject
    BlurredPhotos blurredPhotos;

    @Inject
    PersonalDataVault vault;

    @Inject
    AuditLog audit;

    @Inject
    ReporterNotifications reporters;

    /** What the administrator's publish form shows: the proposed masked title and text, and the current state. */
    public record Draft(Complaint complaint, PersonalDataMasker.Masked proposedTitle,
            PersonalDataMasker.Masked proposedText, Optional<Publication> publication, List<Publication.LogEntry> log,
            List<Attachment> attachments, List<BlurredPhoto> blurredPhotos) {
    }

    /**
     * What the administrator publishes, with the reason for the act. {@code blurredAttachments}: the photos shown
     * only as their blurred version; {@code publicLocation}: whether the public version shows the report's point
     * (issue 15 item 4).
     */
    public record PublishCommand(String title, String text, SortedSet<Integer> publicAttachments,
            boolean publicLocation, String reason, SortedSet<Integer> blurredAttachments) {
    }

    /** A photo as the public gets it: a photo marked public as sent, or the blurred version standing in for it. */
    public record PublicPhoto(FileType type, byte[] content) {
    }

    /** A published report as the public sees it, with its public history (steps and dates only). */
    public record PublicReport(Complaint complaint, Publication publication, List<ComplaintEvent> history) {
    }

    /**
     * The publish form, pre-masked. The reporter's name and phone are read from the vault to be found in the text
     * wherever they appear: that read is for a stated reason and audited like every other.
     */
    @Transactional
    public Draft draft(Tenant tenant, UUID id, Actor actor) {
        return scope.call(tenant.id(), () -> {
            Complaint c = complaints.get(tenant.id(), id);
            PersonalDataMasker.Known known = known(tenant, c, actor);
            return new Draft(c, PersonalDataMasker.mask(c.title(), known),
                    PersonalDataMasker.mask(c.description(), known), publications.find(tenant.id(), id),
                    publications.log(tenant.id(), id), attachments.list(tenant.id(), id),
                    blurredPhotos.list(tenant.id(), id));
        });
    }

    /** Publishes a report's public version, or updates it (publishing again one that was taken down). */
    @Transactional
    public Draft publish(Tenant tenant, UUID id, PublishCommand cmd, Actor actor) {
        return scope.call(tenant.id(), () -> {
            complaints.lock(tenant.id(), id);
            Complaint c = complaints.get(tenant.id(), id);
            Instant now = Now.instant();
            Publication.Content content = new Publication.Content(cmd.title(), cmd.text(), cmd.publicAttachments(),
                    cmd.blurredAttachments(), cmd.publicLocation());
            List<Attachment> files = attachments.list(tenant.id(), id);
            Set<Integer> blurred = blurredPhotos.list(tenant.id(), id).stream().map(BlurredPhoto::position)
                    .collect(Collectors.toSet());
            Optional<Publication> existing = publications.find(tenant.id(), id);
            Publication p;
            if (existing.isPresent()) {
                p = existing.get();
                p.update(c, content, files, blurred, actor.id(), cmd.reason(), now);
            } else {
                p = Publication.publish(c, content, files, blurred, actor.id(), cmd.reason(), now);
            }
            record(tenant, c, p, actor, now);
            return draft(tenant, id, actor);
        });
    }

    /** Takes a published report off the public record, with the reason. */
    @Transactional
    public Draft unpublish(Tenant tenant, UUID id, String reason, Actor actor) {
        return scope.call(tenant.id(), () -> {
            Complaint c = complaints.get(tenant.id(), id);
            Publication p = publications.find(tenant.id(), id).orElseThrow(ModerationService::notPublished);
            Instant now = Now.instant();
            p.unpublish(Publication.Act.UNPUBLISH, actor.id(), reason, now);
            record(tenant, c, p, actor, now);
            return draft(tenant, id, actor);
        });
    }

    /**
     * Stores the blurred version of a photo, made in the administrator's browser, in place of the one it had (the
     * same picture again changes nothing). Its metadata is stripped here too, whatever the browser did. Logged and
     * audited like the other acts. The reporter is not told: nothing public changes until a publication shows it,
     * and that act is told.
     */
    @Transactional
    public Draft blurPhoto(Tenant tenant, UUID id, int position, Attachments.Upload picture, String reason,
            Actor actor) {
        return scope.call(tenant.id(), () -> {
            complaints.lock(tenant.id(), id);
            Complaint c = complaints.get(tenant.id(), id);
            byte[] content = ImageMetadata.strip(picture.type(), picture.content(), "photo");
            Attachments.Upload clean = new Attachments.Upload(picture.fileName(), picture.type(), content,
                    Attachments.sha256(content));
            BlurredPhoto made = BlurredPhoto.of(c, attachments.list(tenant.id(), id), position, clean, actor.id(),
                    Now.instant());
            Optional<BlurredPhoto> before = blurredPhotos.list(tenant.id(), id).stream()
                    .filter(b -> b.position() == position).findFirst();
            made.loggedAfter(before, reason).ifPresent(line -> {
                blurredPhotos.save(tenant.id(), id, made, content);
                recordPhotoAct(tenant, c, line, actor);
            });
            return draft(tenant, id, actor);
        });
    }

    /** Removes a photo's blurred version (refused while the published version shows the photo blurred). */
    @Transactional
    public Draft removeBlurredPhoto(Tenant tenant, UUID id, int position, String reason, Actor actor) {
        return scope.call(tenant.id(), () -> {
            complaints.lock(tenant.id(), id);
            Complaint c = complaints.get(tenant.id(), id);
            BlurredPhoto stored = blurredPhotos.list(tenant.id(), id).stream().filter(b -> b.position() == position)
                    .findFirst().orElseThrow(BlurredPhoto::noPhoto);
            Publication.LogEntry line = stored.removed(publications.find(tenant.id(), id), actor.id(), reason,
                    Now.instant());
            blurredPhotos.remove(tenant.id(), id, position);
            recordPhotoAct(tenant, c, line, actor);
            return draft(tenant, id, actor);
        });
    }

    /** A photo's blurred version, for the administrator's panel. */
    @Transactional
    public PublicPhoto blurredPhoto(Tenant tenant, UUID id, int position) {
        return scope.call(tenant.id(), () -> {
            complaints.get(tenant.id(), id);
            return blurredPhotos.read(tenant.id(), id, position)
                    .map(f -> new PublicPhoto(f.photo().type(), f.content())).orElseThrow(BlurredPhoto::noPhoto);
        });
    }

    /**
     * The reporter asks, with the access code, for the report to come off the public record: it does at once (a
     * report that is not public answers the same, so the reporter can always ask).
     */
    @Transactional
    public void takedownRequested(Tenant tenant, String trackingNumber, String accessCode) {
        scope.run(tenant.id(), () -> {
            if (trackingNumber == null || accessCode == null) {
                throw ComplaintErrors.notFound();
            }
            Complaint c = complaints.findForReporter(tenant.id(), trackingNumber.trim().toUpperCase(),
                    AccessCode.hash(accessCode)).orElseThrow(ComplaintErrors::notFound);
            Optional<Publication> p = publications.find(tenant.id(), c.id()).filter(Publication::isPublished);
            if (p.isPresent()) {
                Instant now = Now.instant();
                p.get().unpublish(Publication.Act.TAKEDOWN_REQUESTED, "reporter", Publication.TAKEDOWN_REASON, now);
                record(tenant, c, p.get(), new Actor("reporter", "", null), now);
            }
        });
    }

    /**
     * Called in the transaction that rejects or merges a report: a published version comes off the public record
     * at once, logged, audited and told like any other unpublishing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawIfNoLongerPublishable(Tenant tenant, UUID id, Actor actor) {
        // Read again: the caller saved its copy, whose version is now behind.
        Complaint c = complaints.get(tenant.id(), id);
        if (!c.mustLeavePublicRecord()) {
            return;
        }
        publications.find(tenant.id(), c.id()).filter(Publication::isPublished).ifPresent(p -> {
            Instant now = Now.instant();
            p.unpublish(Publication.Act.UNPUBLISH, actor.id(), c.rejection().isPresent()
                    ? "laporan ditolak (" + c.rejection().get() + ")" : "laporan digabung dengan laporan lain", now);
            record(tenant, c, p, actor, now);
        });
    }

    /** A page of published reports, newest first. */
    @Transactional
    public ComplaintRecords.PublishedPage published(Tenant tenant, ComplaintRecords.PublicFilter filter,
            int page, int size) {
        return scope.call(tenant.id(), () -> complaints.publishedList(tenant.id(), filter, Paging.offset(page, size), size));
    }

    /**
     * The points of published reports that show theirs, newest first, at most {@code limit}: the public map
     * (issue 15 item 4).
     */
    @Transactional
    public List<ComplaintRecords.PublicPoint> publishedPoints(Tenant tenant,
            ComplaintRecords.PublicFilter filter, int limit) {
        return scope.call(tenant.id(), () -> complaints.publishedPoints(tenant.id(), filter, limit));
    }

    /** One published report with its public history; anything else is "not found". */
    @Transactional
    public PublicReport publishedReport(Tenant tenant, String trackingNumber) {
        return scope.call(tenant.id(), () -> {
            ComplaintRecords.Published p = one(tenant, trackingNumber);
            return new PublicReport(p.complaint(), p.publication(),
                    complaints.events(tenant.id(), p.complaint().id(), true));
        });
    }

    /**
     * A photo the published version shows; any other file is "not found". A photo with a blurred version is served
     * as that version and never as sent; one chosen to be shown blurred is never served as sent, even if its blurred
     * version were missing.
     */
    @Transactional
    public PublicPhoto publicPhoto(Tenant tenant, String trackingNumber, int position) {
        return scope.call(tenant.id(), () -> {
            ComplaintRecords.Published p = one(tenant, trackingNumber);
            Publication.Content content = p.publication().content();
            if (!content.shownPhotos().contains(position)) {
                throw noPhoto();
            }
            Optional<BlurredPhotos.File> blurred = blurredPhotos.read(tenant.id(), p.complaint().id(),
                    position);
            if (blurred.isPresent()) {
                return new PublicPhoto(blurred.get().photo().type(), blurred.get().content());
            }
            if (content.blurredAttachments().contains(position)) {
                throw noPhoto();
            }
            return attachments.read(tenant.id(), p.complaint().id(), position)
                    .filter(f -> f.attachment().type().mediaType().startsWith("image/"))
                    .map(f -> new PublicPhoto(f.attachment().type(), f.content()))
                    .orElseThrow(ModerationService::noPhoto);
        });
    }

    private ComplaintRecords.Published one(Tenant tenant, String trackingNumber) {
        if (trackingNumber == null) {
            throw ComplaintErrors.notFound();
        }
        return complaints.publishedList(tenant.id(), ComplaintRecords.PublicFilter.trackingNumbers(
                List.of(trackingNumber.trim().toUpperCase())), 0, 1).items().stream()
                .findFirst().orElseThrow(ComplaintErrors::notFound);
    }

    /** Stores the act, tells the reporter, and records it in the audit chain (last: it holds the chain's head). */
    private void record(Tenant tenant, Complaint c, Publication p, Actor actor, Instant now) {
        Publication.LogEntry act = p.lastAct().orElseThrow();
        tellReporter(tenant, c, act, now);
        complaints.save(c);
        publications.save(p);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("trackingNumber", c.trackingNumber());
        detail.put("act", act.act().name());
        detail.put("reason", act.reason());
        detail.put("beforeSha256", act.beforeSha256());
        detail.put("afterSha256", act.afterSha256());
        detail.put("publicAttachments", List.copyOf(p.content().publicAttachments()));
        detail.put("blurredAttachments", List.copyOf(p.content().blurredAttachments()));
        detail.put("publicLocation", p.content().publicLocation());
        audit.record(tenant.id(), actor, "COMPLAINT_PUBLICATION_" + act.act().name(), "complaint",
                c.id().toString(), detail);
    }

    /** Stores an act on a photo's blurred version in the moderation log and the audit chain (last, as above). */
    private void recordPhotoAct(Tenant tenant, Complaint c, Publication.LogEntry act, Actor actor) {
        publications.appendLog(tenant.id(), c.id(), act);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("trackingNumber", c.trackingNumber());
        detail.put("act", act.act().name());
        detail.put("photo", act.photo());
        detail.put("reason", act.reason());
        detail.put("beforeSha256", act.beforeSha256());
        detail.put("afterSha256", act.afterSha256());
        audit.record(tenant.id(), actor, "COMPLAINT_PUBLICATION_" + act.act().name(), "complaint",
                c.id().toString(), detail);
    }

    /**
     * The reporter's notice of a moderation act, with its reason: an event of the public history (the tracking page
     * shows it), and a message on the channel the reporter chose (issue 16).
     */
    private void tellReporter(Tenant tenant, Complaint c, Publication.LogEntry act, Instant now) {
        String what = switch (act.act()) {
            case PUBLISH -> "Laporan Anda ditampilkan untuk publik (data pribadi disamarkan)";
            case EDIT -> "Versi publik laporan Anda diperbarui";
            case UNPUBLISH -> "Laporan Anda tidak lagi ditampilkan untuk publik";
            case TAKEDOWN_REQUESTED -> "Laporan Anda sudah diturunkan dari tampilan publik";
            case PHOTO_BLURRED, PHOTO_BLUR_REMOVED -> throw new IllegalArgumentException("Not told: " + act.act());
        };
        String note = what + ". Alasan: " + act.reason();
        int before = c.newEvents().size();
        c.noteModeration("PUBLICATION_" + act.act().name(), act.actor(), note, now);
        List<ComplaintEvent> noted = c.newEvents();
        reporters.after(tenant, c, noted.subList(before, noted.size()));
    }

    private PersonalDataMasker.Known known(Tenant tenant, Complaint c, Actor actor) {
        if (c.reporter().isEmpty()) {
            return PersonalDataMasker.Known.NONE;
        }
        String purpose = c.trackingNumber() + ": menyamarkan data pribadi pelapor sebelum publikasi";
        audit.record(tenant.id(), actor, "PERSONAL_DATA_READ", "complaint", c.id().toString(),
                Map.of("purpose", purpose));
        PersonalData p = vault.read(tenant.id(), new PersonRef(c.reporter().get()),
                new AccessReason(actor.id(), purpose)).orElse(PersonalData.erased());
        return new PersonalDataMasker.Known(p.name(), p.phone());
    }

    private static DomainException notPublished() {
        return new DomainException(DomainException.Kind.CONFLICT, "NOT_PUBLISHED",
                Message.of("Laporan ini tidak sedang ditampilkan untuk publik.",
                        "This report is not shown to the public."));
    }

    private static DomainException noPhoto() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ATTACHMENT_NOT_FOUND",
                Message.of("Foto tidak ditemukan.", "Photo not found."));
    }
}
