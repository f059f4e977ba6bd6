package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.TenantId;

class PublicationTest {
    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");
    private static final Clocks CLOCKS = DayClocks.onMonday16March2026();
    private static final List<Attachment> FILES = List.of(
            new Attachment(1, "jalan.jpg", FileType.JPEG, 10, "a".repeat(64), NOW, "citizen:web"),
            new Attachment(2, "surat.pdf", FileType.PDF, 10, "b".repeat(64), NOW, "citizen:web"));

    private static Complaint report(boolean confidential, boolean declined) {
        return Complaint.receive(new TenantId("muara-enim"), "ME-2026-000001", new Complaint.Submission(
                ReportType.COMPLAINT, Channel.WEB, "Pungli di desa", "Petugas meminta uang untuk surat.", null, null,
                null, null, false, confidential, declined), null, NOW, CLOCKS, "citizen:web", null);
    }

    private static Publication.Content content(String title, Integer... photos) {
        return new Publication.Content(title, "Petugas meminta uang.", new TreeSet<>(List.of(photos)), true);
    }

    @Test
    void hidingThePointIsAnEditWithItsOwnDigestAndShowingItKeepsTheDigestOfBefore() {
        Complaint c = report(false, false);
        Publication.Content shown = content("Pungli");
        Publication.Content hidden = new Publication.Content("Pungli", "Petugas meminta uang.", new TreeSet<>(), false);
        // Shown is what a public version was before the choice existed: its digest is unchanged by it.
        String before = java.util.HexFormat.of().formatHex(digest(Publication.Status.PUBLISHED
                + "\nPungli\nPetugas meminta uang.\n[]"));
        assertThat(shown.sha256(Publication.Status.PUBLISHED)).isEqualTo(before);
        assertThat(hidden.sha256(Publication.Status.PUBLISHED)).isNotEqualTo(before);

        Publication p = Publication.publish(c, shown, FILES, Set.of(), "siti", "Layak", NOW);
        p.update(c, hidden, FILES, Set.of(), "siti", "Lokasi rumah pelapor", NOW);
        assertThat(p.content().publicLocation()).isFalse();
        assertThat(p.newLog()).extracting(Publication.LogEntry::act).containsExactly(Publication.Act.PUBLISH,
                Publication.Act.EDIT);
        assertThat(p.newLog().get(1).beforeSha256()).isEqualTo(before);
        assertThat(p.newLog().get(1).afterSha256()).isEqualTo(hidden.sha256(Publication.Status.PUBLISHED));
    }

    private static byte[] digest(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void publishEditUnpublishAndPublishAgainAreLoggedWithDigestsBeforeAndAfter() {
        Complaint c = report(false, false);
        Publication p = Publication.publish(c, content("Pungli", 1), FILES, Set.of(), "siti", "Layak", NOW);
        p.update(c, content("Pungli di desa"), FILES, Set.of(), "siti", "Judul diperjelas", NOW);
        p.unpublish(Publication.Act.UNPUBLISH, "siti", "Ditinjau ulang", NOW);
        p.update(c, content("Pungli di desa"), FILES, Set.of(), "siti", "Sudah ditinjau", NOW);
        p.unpublish(Publication.Act.TAKEDOWN_REQUESTED, "reporter", Publication.TAKEDOWN_REASON, NOW);

        assertThat(p.newLog()).extracting(Publication.LogEntry::act).containsExactly(Publication.Act.PUBLISH,
                Publication.Act.EDIT, Publication.Act.UNPUBLISH, Publication.Act.PUBLISH,
                Publication.Act.TAKEDOWN_REQUESTED);
        List<Publication.LogEntry> log = p.newLog();
        assertThat(log.get(0).beforeSha256()).isNull();
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).beforeSha256()).isEqualTo(log.get(i - 1).afterSha256());
        }
        assertThat(log.get(4).reason()).isEqualTo("atas permintaan pelapor");
        assertThat(p.isPublished()).isFalse();
    }

    @Test
    void rahasiaDeclinedRejectedAndMergedReportsAreNeverPublished() {
        assertRefused(report(true, false), "CONFIDENTIAL");
        assertRefused(report(false, true), "DECLINED_BY_REPORTER");
        Complaint rejected = report(false, false);
        rejected.reject("siti", RejectionReason.SPAM, null, NOW);
        assertRefused(rejected, "REJECTED");
        Complaint merged = report(false, false);
        merged.mergeInto("siti", report(false, false), NOW);
        assertRefused(merged, "MERGED");
    }

    @Test
    void aPublishedReportThatIsRejectedLaterCannotBeEditedAndMustLeaveThePublicRecord() {
        Complaint c = report(false, false);
        Publication p = Publication.publish(c, content("Pungli"), FILES, Set.of(), "siti", "Layak", NOW);
        c.reject("siti", RejectionReason.SPAM, null, NOW);
        assertThat(c.mustLeavePublicRecord()).isTrue();
        assertThatThrownBy(() -> p.update(c, content("Pungli"), FILES, Set.of(), "siti", "x y z", NOW))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("NOT_PUBLISHABLE");
    }

    @Test
    void onlyTheReportsOwnPhotosMayBePublicAndEveryActNeedsAReason() {
        Complaint c = report(false, false);
        assertThatThrownBy(() -> Publication.publish(c, content("Pungli", 2), FILES, Set.of(), "siti", "Layak", NOW))
                .extracting("code").isEqualTo("NOT_A_PHOTO");
        assertThatThrownBy(() -> Publication.publish(c, content("Pungli", 7), FILES, Set.of(), "siti", "Layak", NOW))
                .extracting("code").isEqualTo("NOT_A_PHOTO");
        assertThatThrownBy(() -> Publication.publish(c, content("Pungli"), FILES, Set.of(), "siti", " ", NOW))
                .extracting("code").isEqualTo("REASON_REQUIRED");
        Publication p = Publication.publish(c, content("Pungli"), FILES, Set.of(), "siti", "Layak", NOW);
        p.unpublish(Publication.Act.UNPUBLISH, "siti", "Ditinjau", NOW);
        assertThatThrownBy(() -> p.unpublish(Publication.Act.UNPUBLISH, "siti", "Lagi", NOW))
                .extracting("code").isEqualTo("NOT_PUBLISHED");
    }

    @Test
    void aPhotoIsShownBlurredOnlyWithItsBlurredVersionAndNeverAlsoAsSent() {
        Complaint c = report(false, false);
        Publication.Content both = new Publication.Content("Pungli", "Petugas meminta uang.",
                new TreeSet<>(List.of(1)), new TreeSet<>(List.of(1)));
        assertThat(both.publicAttachments()).isEmpty();
        assertThat(both.blurredAttachments()).containsExactly(1);
        assertThat(both.shownPhotos()).containsExactly(1);

        assertThatThrownBy(() -> Publication.publish(c, both, FILES, Set.of(), "siti", "Layak", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("BLURRED_VERSION_MISSING");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.field()).contains("blurredAttachments");
                });
        Publication.Content letter = new Publication.Content("Pungli", "Petugas meminta uang.", null,
                new TreeSet<>(List.of(2)));
        assertThatThrownBy(() -> Publication.publish(c, letter, FILES, Set.of(2), "siti", "Layak", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_A_PHOTO");
                    assertThat(e.field()).contains("blurredAttachments");
                });
        Publication p = Publication.publish(c, both, FILES, Set.of(1), "siti", "Layak", NOW);
        assertThat(p.content().blurredAttachments()).containsExactly(1);
        // Publishing again keeps the choice only if it is sent again; the blurred version itself is not the
        // publication's and stays (ModerationService).
        p.update(c, content("Pungli", 1), FILES, Set.of(1), "siti", "Foto asli boleh", NOW);
        assertThat(p.content().publicAttachments()).containsExactly(1);
        assertThat(p.content().blurredAttachments()).isEmpty();
    }

    @Test
    void aVersionWithoutBlurredPhotosHasTheDigestItHadBeforeBlurringExisted() throws Exception {
        String before = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("PUBLISHED\nPungli\nPetugas meminta uang.\n[1]".getBytes(StandardCharsets.UTF_8)));
        assertThat(content("Pungli", 1).sha256(Publication.Status.PUBLISHED)).isEqualTo(before);
        assertThat(new Publication.Content("Pungli", "Petugas meminta uang.", new TreeSet<>(List.of(1)),
                new TreeSet<>(List.of(1))).sha256(Publication.Status.PUBLISHED)).isNotEqualTo(before);
    }

    private static void assertRefused(Complaint c, String reason) {
        assertThatThrownBy(() -> Publication.publish(c, content("Pungli"), FILES, Set.of(), "siti", "Layak", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_PUBLISHABLE");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.details()).extracting(DomainException.Detail::message).containsExactly(reason);
                    assertThat(e.userMessage().id()).startsWith("Laporan tidak dapat ditampilkan untuk publik");
                    assertThat(e.userMessage().en()).startsWith("The report cannot be made public");
                });
    }
}
