package id.balai.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.FileType;
import id.balai.support.SampleFiles;

class ImageMetadataTest {

    @Test
    void aPhotoLosesItsExifButStaysThePicture() throws Exception {
        byte[] photo = SampleFiles.phonePhoto();
        assertThat(SampleFiles.hasExif(photo)).isTrue();
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(SampleFiles.OWNER);

        byte[] clean = ImageMetadata.strip(FileType.JPEG, photo, "attachments[0]");

        assertThat(SampleFiles.hasExif(clean)).isFalse();
        assertThat(new String(clean, StandardCharsets.ISO_8859_1)).doesNotContain(SampleFiles.OWNER);
        var image = ImageIO.read(new ByteArrayInputStream(clean));
        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(image.getHeight()).isEqualTo(48);
    }

    @Test
    void pngAndPdfPassUnchanged() {
        byte[] pdf = SampleFiles.pdf();
        assertThat(ImageMetadata.strip(FileType.PDF, pdf, "f")).isEqualTo(pdf);
        byte[] png = SampleFiles.png();
        assertThat(ImageMetadata.strip(FileType.PNG, png, "f")).isEqualTo(png);
    }

    @Test
    void aBrokenJpegIsRefusedAsUnreadable() {
        byte[] broken = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1 }, 40);
        assertThatThrownBy(() -> ImageMetadata.strip(FileType.JPEG, broken, "attachments[2]"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ATTACHMENT_UNREADABLE");
                    assertThat(e.field()).contains("attachments[2]");
                });
    }
}
