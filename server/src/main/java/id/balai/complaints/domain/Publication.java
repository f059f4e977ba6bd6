package id.balai.complaints.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.TenantId;

/**
 * The public version of a report (issue 15): what the central administrator chose to show the public of it, a
 * title and a text masked of personal data and the photos marked public. Nothing a citizen wrote is public until
 * it exists and is {@link Status#PUBLISHED}; public pages and feeds serve it, never the report itself. Every act is
 * logged with who, when, why and digests of the version before and after.
 */
public final class Publication {
    public static final String TAKEDOWN_REASON = "atas permintaan pelapor";

    public enum Status {
        PUBLISHED, UNPUBLISHED
    }

    public enum Act {
        PUBLISH, EDIT, UNPUBLISH, TAKEDOWN_REQUESTED,
        /** A photo's blurred version stored or replaced ({@link BlurredPhoto}). */
        PHOTO_BLURRED,
        /** A photo's blurred version removed. */
        PHOTO_BLUR_REMOVED
    }

    /**
     * A line of the moderation log, which is the report's: acts on a photo's blurred version can come before the first
     * publication. The digests are of the public version before and after, or for a photo act of its blurred
     * version.
     *
     * @param seq   the line's place in the report's log; a line not stored yet gets the next free one when it is
     * @param photo the position of the photo a photo act is about; null for the other acts
     */
    public record LogEntry(int seq, Instant at, String actor, Act act, String reason, String beforeSha256,
            String afterSha256, Integer photo) {
        public LogEntry(int seq, Instant at, String actor, Act act, String reason, String beforeSha256,
                String afterSha256) {
            this(seq, at, actor, act, reason, beforeSha256, afterSha256, null);
        }
    }

    /**
     * What the administrator publishes: the public title and text, the photos that are public as they were sent and
     * those that are public only as their blurred version (a photo named in both is only blurred: the safer
     * reading), and whether the report's point is shown (the public map, the public report, Open311): a point can
     * identify a reporter's house, so it is the administrator's choice per report (issue 15 item 4).
     */
    public record Content(String title, String text, SortedSet<Integer> publicAttachments,
            SortedSet<Integer> blurredAttachments, boolean publicLocation) {
        public Content {
            blurredAttachments = new TreeSet<>(blurredAttachments == null ? List.of() : blurredAttachments);
            TreeSet<Integer> asSent = new TreeSet<>(publicAttachments == null ? List.of() : publicAttachments);
            asSent.removeAll(blurredAttachments);
            publicAttachments = asSent;
        }

        public Content(String title, String text, SortedSet<Integer> publicAttachments) {
            this(title, text, publicAttachments, null, true);
        }

        public Content(String title, String text, SortedSet<Integer> publicAttachments,
                SortedSet<Integer> blurredAttachments) {
            this(title, text, publicAttachments, blurredAttachments, true);
        }

        public Content(String title, String text, SortedSet<Integer> publicAttachments, boolean publicLocation) {
            this(title, text, publicAttachments, null, publicLocation);
        }

        /** Every photo the public sees, as sent or blurred. */
        public SortedSet<Integer> shownPhotos() {
            TreeSet<Integer> all = new TreeSet<>(publicAttachments);
            all.addAll(blurredAttachments);
            return all;
        }

        /**
         * A digest of the content, for the log and the audit chain (which never hold the text itself). A hidden
         * point is part of it; a shown one adds nothing, so that versions published before the choice existed (they
         * showed their points) keep their digests.
         */
        public String sha256(Status status) {
            // Blurred photos are named only when there are some, so the digests of versions without them, logged
            // before blurring existed, still chain with the next act's "before"; the same holds for a hidden point.
            String canonical = status + "\n" + title + "\n" + text + "\n" + publicAttachments
                    + (blurredAttachments.isEmpty() ? "" : "\nblurred " + blurredAttachments)
                    + (publicLocation ? "" : "\nlocation hidden");
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final TenantId tenant;
    private final UUID complaintId;
    private Status status;
    private Content content;
    private Instant publishedAt;
    private String publishedBy;
    private Instant updatedAt;
    private final int version;
    private final boolean stored;
    private int nextSeq;
    private final List<LogEntry> newLog = new ArrayList<>();

    public Publication(TenantId tenant, UUID complaintId, Status status, Content content, Instant publishedAt,
            String publishedBy, Instant updatedAt, int version, int logCount, boolean stored) {
        this.tenant = tenant;
        this.complaintId = complaintId;
        this.status = status;
        this.content = content;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.updatedAt = updatedAt;
        this.version = version;
        this.nextSeq = logCount + 1;
        this.stored = stored;
    }

    /**
     * Publishes a report for the first time. The report must be publishable ({@link Complaint#checkPublishable}),
     * only its own photos may be public, and a photo shown blurred must have its blurred version
     * ({@code blurredVersions}: the positions that have one).
     */
    public static Publication publish(Complaint complaint, Content content, List<Attachment> attachments,
            Set<Integer> blurredVersions, String actor, String reason, Instant at) {
        complaint.checkPublishable();
        checkAttachments(content, attachments, blurredVersions);
        Publication p = new Publication(complaint.tenant(), complaint.id(), null, null, null, null, null, 0, 0,
                false);
        p.change(Act.PUBLISH, Status.PUBLISHED, content, actor, reason, at);
        p.publishedAt = at;
        p.publishedBy = actor;
        return p;
    }

    /** Changes the public version; an unpublished one is published again (a PUBLISH act), a published one edited. */
    public void update(Complaint complaint, Content newContent, List<Attachment> attachments,
            Set<Integer> blurredVersions, String actor, String reason, Instant at) {
        complaint.checkPublishable();
        checkAttachments(newContent, attachments, blurredVersions);
        if (status == Status.UNPUBLISHED) {
            change(Act.PUBLISH, Status.PUBLISHED, newContent, actor, reason, at);
            publishedAt = at;
            publishedBy = actor;
        } else {
            change(Act.EDIT, Status.PUBLISHED, newContent, actor, reason, at);
        }
    }

    /**
     * Takes the report off the public record: by the administrator ({@link Act#UNPUBLISH}), or at once when the
     * reporter asks ({@link Act#TAKEDOWN_REQUESTED}), or because the report was rejected or merged.
     */
    public void unpublish(Act act, String actor, String reason, Instant at) {
        if (act != Act.UNPUBLISH && act != Act.TAKEDOWN_REQUESTED) {
            throw new IllegalArgumentException("Not an unpublishing act: " + act);
        }
        if (status != Status.PUBLISHED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "NOT_PUBLISHED",
                    Message.of("Laporan ini tidak sedang ditampilkan untuk publik.",
                            "This report is not shown to the public."));
        }
        change(act, Status.UNPUBLISHED, content, actor, reason, at);
    }

    private void change(Act act, Status to, Content newContent, String actor, String reason, Instant at) {
        requireReason(reason);
        String before = content == null ? null : content.sha256(status);
        status = to;
        content = newContent;
        updatedAt = at;
        newLog.add(new LogEntry(nextSeq++, at, actor, act, reason.strip(), before, newContent.sha256(to)));
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ComplaintErrors.invalid("REASON_REQUIRED", "Alasan wajib diisi.", "A reason is required.",
                    "reason");
        }
    }

    private static void checkAttachments(Content content, List<Attachment> attachments,
            Set<Integer> blurredVersions) {
        for (int position : content.shownPhotos()) {
            if (!isPhoto(attachments, position)) {
                throw notAPhoto(content.blurredAttachments().contains(position) ? "blurredAttachments"
                        : "publicAttachments");
            }
        }
        for (int position : content.blurredAttachments()) {
            if (!blurredVersions.contains(position)) {
                throw new DomainException(DomainException.Kind.CONFLICT, "BLURRED_VERSION_MISSING",
                        Message.of("Foto yang dipilih untuk ditampilkan disamarkan belum punya versi yang "
                                + "disamarkan: tandai bagian yang disamarkan dan simpan dulu.",
                                "A photo chosen to be shown blurred has no blurred version yet: mark the areas to "
                                        + "blur and save them first."),
                        "blurredAttachments");
            }
        }
    }

    static boolean isPhoto(List<Attachment> attachments, int position) {
        Optional<Attachment> a = attachments.stream().filter(x -> x.position() == position).findFirst();
        return a.isPresent() && a.get().type().mediaType().startsWith("image/");
    }

    static DomainException notAPhoto(String field) {
        return ComplaintErrors.invalid("NOT_A_PHOTO", "Hanya foto dari laporan ini yang dapat dipublikasikan.",
                "Only photos of this report can be made public.", field);
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** Entries appended since loaded, for the repository. */
    public List<LogEntry> newLog() {
        return List.copyOf(newLog);
    }

    /** The last act appended, if any. */
    public Optional<LogEntry> lastAct() {
        return newLog.isEmpty() ? Optional.empty() : Optional.of(newLog.get(newLog.size() - 1));
    }

    public TenantId tenant() {
        return tenant;
    }

    public UUID complaintId() {
        return complaintId;
    }

    public Status status() {
        return status;
    }

    public Content content() {
        return content;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }

    /** Whether a row exists for it already (an update) or it is new (an insert). */
    public boolean stored() {
        return stored;
    }
}
