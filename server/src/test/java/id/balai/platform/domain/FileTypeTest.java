package id.balai.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import id.balai.support.SampleFiles;

class FileTypeTest {

    @Test
    void aRealPhotoIsIntact() {
        assertThat(FileType.sniff(SampleFiles.png())).contains(FileType.PNG);
        assertThat(FileType.PNG.isIntact(SampleFiles.png())).isTrue();
        assertThat(FileType.JPEG.isIntact(SampleFiles.phonePhoto())).isTrue();
    }

    @Test
    void theSmallestRealPngIsIntact() {
        // 1 x 1 pixel, 68 bytes: the image the browser and PPID tests upload.
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42"
                + "mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        assertThat(FileType.PNG.isIntact(png)).isTrue();
        assertThat(FileType.PNG.isIntact(java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf"
                + "FcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="))).isTrue();
    }

    @Test
    void aPngOfTwentyBytesStartsLikeOneButIsNot() {
        byte[] truncated = Arrays.copyOf(SampleFiles.png(), 20);
        assertThat(FileType.sniff(truncated)).contains(FileType.PNG);
        assertThat(FileType.PNG.isIntact(truncated)).isFalse();
    }

    @Test
    void imagesCutShortAreNotIntact() {
        byte[] png = SampleFiles.png();
        byte[] jpeg = SampleFiles.phonePhoto();
        assertThat(FileType.PNG.isIntact(Arrays.copyOf(png, png.length / 2))).isFalse();
        assertThat(FileType.JPEG.isIntact(Arrays.copyOf(jpeg, jpeg.length / 2))).isFalse();
        assertThat(FileType.JPEG.isIntact(Arrays.copyOf(jpeg, 4))).isFalse();
    }

    @Test
    void anImageLargerThanAnyCameraIsRefusedUnread() throws IOException {
        // A 1 x 1 PNG whose header claims 100 000 x 100 000 pixels: a decompression bomb's first bytes.
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(one, "png", out);
        byte[] png = out.toByteArray();
        // IHDR width and height are at bytes 16-23.
        byte[] huge = png.clone();
        huge[16] = 0; huge[17] = 1; huge[18] = (byte) 0x86; huge[19] = (byte) 0xA0;
        huge[20] = 0; huge[21] = 1; huge[22] = (byte) 0x86; huge[23] = (byte) 0xA0;
        assertThat(FileType.PNG.isIntact(huge)).isFalse();
    }

    @Test
    void aPdfNeedsItsEndOfFileMarker() {
        assertThat(FileType.PDF.isIntact(SampleFiles.pdf())).isTrue();
        byte[] cut = "%PDF-1.4\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
        assertThat(FileType.sniff(cut)).contains(FileType.PDF);
        assertThat(FileType.PDF.isIntact(cut)).isFalse();
        assertThat(FileType.PDF.isIntact("%PDF-%%EOF".getBytes(StandardCharsets.US_ASCII))).isTrue();
    }
}
