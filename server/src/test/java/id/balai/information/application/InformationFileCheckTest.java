package id.balai.information.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.support.SampleFiles;

/** What a requester may send as an ID copy and what an officer may release (Perbup Pasal 22(5), 22(8)). */
class InformationFileCheckTest {

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[] {"[Content_Types].xml", "word/document.xml"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String check(String name, byte[] content, boolean office) {
        return InformationRequestService.checkFile(new InformationRequestService.Upload(name, content), office,
                10 * 1024 * 1024, "file");
    }

    @Test
    void anIdCopyIsAPhotoOrAScanWhateverItsName() {
        assertThat(check("ktp.pdf", SampleFiles.phonePhoto(), false)).isEqualTo("image/jpeg");
        assertThat(check("ktp", SampleFiles.png(), false)).isEqualTo("image/png");
        assertThat(check("ktp.jpg", SampleFiles.pdf(), false)).isEqualTo("application/pdf");
    }

    @Test
    void aReleasedDocumentMayBeAnOfficeFileWhoseNameAndContentAgree() throws IOException {
        assertThat(check("anggaran.docx", docx(), true))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThatThrownBy(() -> check("ktp.docx", docx(), false)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("FILE_TYPE_NOT_ALLOWED"));
        assertThatThrownBy(() -> check("anggaran.xlsx", docx(), true)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> check("setup.docx", "MZ\u0090 bukan dokumen".getBytes(StandardCharsets.ISO_8859_1),
                true)).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("FILE_TYPE_NOT_ALLOWED"));
    }
}
