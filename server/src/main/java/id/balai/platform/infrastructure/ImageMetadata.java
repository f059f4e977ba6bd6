package id.balai.platform.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.FileType;
import id.balai.platform.domain.Message;

/**
 * Removes what a phone writes into a photo besides the picture: EXIF (GPS position, time, device, sometimes the
 * owner's name) and XMP. A citizen who reports anonymously must not be identified by their photo's metadata, and
 * an agency never needs it (the report has its own location fields). Apache Commons Imaging rewrites the JPEG
 * without those segments, losslessly. PNG and PDF pass unchanged.
 */
public final class ImageMetadata {
    private ImageMetadata() {
    }

    /** The content without EXIF and XMP; a JPEG that cannot be parsed is refused as unreadable. */
    public static byte[] strip(FileType type, byte[] content, String field) {
        if (type != FileType.JPEG) {
            return content;
        }
        try {
            ByteArrayOutputStream noExif = new ByteArrayOutputStream(content.length);
            new ExifRewriter().removeExifMetadata(content, noExif);
            ByteArrayOutputStream noXmp = new ByteArrayOutputStream(content.length);
            new JpegXmpRewriter().removeXmpXml(noExif.toByteArray(), noXmp);
            return noXmp.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new DomainException(DomainException.Kind.INVALID, "ATTACHMENT_UNREADABLE",
                    Message.of("Foto JPEG tidak dapat dibaca; kirim ulang atau gunakan berkas lain.",
                            "The JPEG photo cannot be read; send it again or use another file."),
                    field);
        }
    }
}
