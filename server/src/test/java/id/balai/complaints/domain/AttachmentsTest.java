package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.FileType;
import id.balai.platform.interfaces.RequestBodyLimitFilter;
import id.balai.support.SampleFiles;

class AttachmentsTest {

    @Test
    void photosAndPdfsAreRecognisedByTheirContentNotTheirName() {
        assertThat(Attachments.accept(0, "jembatan.png", SampleFiles.phonePhoto()).type()).isEqualTo(FileType.JPEG);
        assertThat(Attachments.accept(0, "foto", SampleFiles.png()).type()).isEqualTo(FileType.PNG);
        Attachments.Upload pdf = Attachments.accept(1, "surat.pdf", SampleFiles.pdf());
        assertThat(pdf.type()).isEqualTo(FileType.PDF);
        assertThat(pdf.sha256()).hasSize(64).isEqualTo(Attachments.sha256(SampleFiles.pdf()));
    }

    @Test
    void theNameGetsTheExtensionOfWhatTheFileIs() {
        assertThat(Attachments.accept(0, "jembatan.png", SampleFiles.phonePhoto()).fileName())
                .isEqualTo("jembatan.jpg");
        assertThat(Attachments.accept(0, "C:\\Users\\siti\\Foto Jalan.JPG", SampleFiles.phonePhoto()).fileName())
                .isEqualTo("Foto Jalan.jpg");
        assertThat(Attachments.accept(2, "../../etc/passwd", SampleFiles.pdf()).fileName()).isEqualTo("passwd.pdf");
        assertThat(Attachments.accept(2, null, SampleFiles.pdf()).fileName()).isEqualTo("lampiran-3.pdf");
        assertThat(Attachments.accept(0, "a\u0000b\"<x>.pdf", SampleFiles.pdf()).fileName()).isEqualTo("a_b__x_.pdf");
        assertThat(Attachments.accept(0, "x".repeat(300) + ".pdf", SampleFiles.pdf()).fileName()).hasSize(120)
                .endsWith(".pdf");
    }

    @Test
    void anythingElseIsRefusedWithTheFileItsPlaceAndAStableCode() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Attachments.accept(1, "foto.jpg", script))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
                    assertThat(e.field()).contains("attachments[1]");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
        assertThatThrownBy(() -> Attachments.accept(0, "kosong.pdf", new byte[0]))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ATTACHMENT_EMPTY"));
        byte[] big = Arrays.copyOf(SampleFiles.pdf(), (int) Attachments.MAX_BYTES + 1);
        assertThatThrownBy(() -> Attachments.accept(0, "besar.pdf", big))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("ATTACHMENT_TOO_LARGE"));
        byte[] justFits = Arrays.copyOf(SampleFiles.pdf(), (int) Attachments.MAX_BYTES);
        assertThat(Attachments.accept(0, "pas.pdf", justFits).size()).isEqualTo(Attachments.MAX_BYTES);
    }

    @Test
    void aPhotosBlurredVersionIsAJpegOrPngCheckedLikeAnAttachmentUnderItsOwnField() {
        assertThat(Attachments.acceptPhoto("photo", SampleFiles.phonePhoto()).type()).isEqualTo(FileType.JPEG);
        assertThat(Attachments.acceptPhoto("photo", SampleFiles.png()).fileName()).isEqualTo("foto.png");
        assertThatThrownBy(() -> Attachments.acceptPhoto("photo", SampleFiles.pdf()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
                    assertThat(e.field()).contains("photo");
                    assertThat(e.userMessage().id()).isEqualTo("Berkas harus berupa foto JPEG atau PNG.");
                });
        byte[] cut = Arrays.copyOf(SampleFiles.phonePhoto(), SampleFiles.phonePhoto().length / 2);
        assertThatThrownBy(() -> Attachments.acceptPhoto("photo", cut)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("ATTACHMENT_UNREADABLE"));
        byte[] big = Arrays.copyOf(SampleFiles.phonePhoto(), (int) Attachments.MAX_BYTES + 1);
        assertThatThrownBy(() -> Attachments.acceptPhoto("photo", big)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("ATTACHMENT_TOO_LARGE"));
        assertThatThrownBy(() -> Attachments.acceptPhoto("photo", new byte[0]))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ATTACHMENT_EMPTY"));
    }

    @Test
    void atMostFiveFiles() {
        Attachments.checkCount(Attachments.MAX_FILES);
        assertThatThrownBy(() -> Attachments.checkCount(Attachments.MAX_FILES + 1))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("TOO_MANY_ATTACHMENTS"));
    }

    @Test
    void theHttpBodyLimitLeavesRoomForEveryFileAReportMayCarry() {
        assertThat(RequestBodyLimitFilter.REPORT_FILES_BYTES)
                .isGreaterThanOrEqualTo(Attachments.MAX_FILES * Attachments.MAX_BYTES);
    }

    @Test
    void theFingerprintChangesWithAnyFileOrItsOrder() {
        Attachments.Upload a = Attachments.accept(0, "a.pdf", SampleFiles.pdf());
        Attachments.Upload b = Attachments.accept(1, "b.png", SampleFiles.png());
        assertThat(Attachments.fingerprint(java.util.List.of(a, b)))
                .isEqualTo(Attachments.fingerprint(java.util.List.of(a, b)))
                .isNotEqualTo(Attachments.fingerprint(java.util.List.of(b, a)))
                .isNotEqualTo(Attachments.fingerprint(java.util.List.of(a)));
    }
}
