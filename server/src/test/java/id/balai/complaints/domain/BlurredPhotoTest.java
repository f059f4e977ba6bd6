package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.TenantId;
import id.balai.support.SampleFiles;

class BlurredPhotoTest {
    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");
    private static final List<Attachment> FILES = List.of(
            new Attachment(1, "jalan.jpg", FileType.JPEG, 10, "a".repeat(64), NOW, "citizen:web"),
            new Attachment(2, "surat.pdf", FileType.PDF, 10, "b".repeat(64), NOW, "citizen:web"));
    private static final Attachments.Upload PICTURE = Attachments.acceptPhoto("photo", SampleFiles.png());

    private static Complaint report(boolean confidential) {
        Clocks clocks = DayClocks.onMonday16March2026();
        return Complaint.receive(new TenantId("muara-enim"), "ME-2026-000002", new Complaint.Submission(
                ReportType.COMPLAINT, Channel.WEB, "Pungli di desa", "Petugas meminta uang untuk surat.", null, null,
                null, null, false, confidential, false), null, NOW, clocks, "citizen:web", null);
    }

    @Test
    void onlyAPhotoOfAReportThatMayBePublishedCanHaveOne() {
        BlurredPhoto made = BlurredPhoto.of(report(false), FILES, 1, PICTURE, "siti", NOW);
        assertThat(made.position()).isEqualTo(1);
        assertThat(made.type()).isEqualTo(FileType.PNG);
        assertThat(made.sha256()).isEqualTo(PICTURE.sha256());

        assertThatThrownBy(() -> BlurredPhoto.of(report(true), FILES, 1, PICTURE, "siti", NOW))
                .extracting("code").isEqualTo("NOT_PUBLISHABLE");
        assertThatThrownBy(() -> BlurredPhoto.of(report(false), FILES, 2, PICTURE, "siti", NOW))
                .extracting("code").isEqualTo("NOT_A_PHOTO");
        assertThatThrownBy(() -> BlurredPhoto.of(report(false), FILES, 9, PICTURE, "siti", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ATTACHMENT_NOT_FOUND");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                });
    }

    @Test
    void storingIsLoggedWithTheDigestsOfTheVersionsBeforeAndAfterAndTheSamePictureAgainIsNoAct() {
        BlurredPhoto first = BlurredPhoto.of(report(false), FILES, 1, PICTURE, "siti", NOW);
        Publication.LogEntry line = first.loggedAfter(Optional.empty(), " Wajah warga disamarkan ").orElseThrow();
        assertThat(line.act()).isEqualTo(Publication.Act.PHOTO_BLURRED);
        assertThat(line.photo()).isEqualTo(1);
        assertThat(line.actor()).isEqualTo("siti");
        assertThat(line.reason()).isEqualTo("Wajah warga disamarkan");
        assertThat(line.beforeSha256()).isNull();
        assertThat(line.afterSha256()).isEqualTo(PICTURE.sha256());

        assertThat(first.loggedAfter(Optional.of(first), "Lagi")).isEmpty();
        BlurredPhoto second = BlurredPhoto.of(report(false), FILES, 1,
                Attachments.acceptPhoto("photo", SampleFiles.phonePhoto()), "budi", NOW);
        Publication.LogEntry replaced = second.loggedAfter(Optional.of(first), "Pelat nomor juga").orElseThrow();
        assertThat(replaced.beforeSha256()).isEqualTo(first.sha256());
        assertThat(replaced.afterSha256()).isEqualTo(second.sha256());
        assertThatThrownBy(() -> second.loggedAfter(Optional.of(first), " ")).extracting("code")
                .isEqualTo("REASON_REQUIRED");
    }

    @Test
    void itCannotBeRemovedWhileThePublishedVersionShowsThePhotoBlurred() {
        Complaint c = report(false);
        BlurredPhoto stored = BlurredPhoto.of(c, FILES, 1, PICTURE, "siti", NOW);
        Publication p = Publication.publish(c, new Publication.Content("Pungli", "Petugas meminta uang.", null,
                new TreeSet<>(List.of(1))), FILES, Set.of(1), "siti", "Layak", NOW);
        assertThatThrownBy(() -> stored.removed(Optional.of(p), "siti", "Tidak perlu", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("BLURRED_PHOTO_IN_USE");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });

        p.unpublish(Publication.Act.UNPUBLISH, "siti", "Ditinjau", NOW);
        Publication.LogEntry line = stored.removed(Optional.of(p), "siti", "Tidak perlu", NOW);
        assertThat(line.act()).isEqualTo(Publication.Act.PHOTO_BLUR_REMOVED);
        assertThat(line.beforeSha256()).isEqualTo(stored.sha256());
        assertThat(line.afterSha256()).isNull();
        assertThat(line.photo()).isEqualTo(1);
        assertThat(stored.removed(Optional.empty(), "siti", "Tidak perlu", NOW).act())
                .isEqualTo(Publication.Act.PHOTO_BLUR_REMOVED);
    }
}
