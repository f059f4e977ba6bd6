package id.balai.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Real files for tests: a photo as a phone would send it (with EXIF: GPS and the owner's name), a PNG, a PDF. */
public final class SampleFiles {
    public static final String OWNER = "Siti Rahmawati";

    private SampleFiles() {
    }

    /** A JPEG photo carrying EXIF with the camera owner's name and a GPS position. */
    public static byte[] phonePhoto() {
        try {
            byte[] plain = image("jpg");
            TiffOutputSet exif = new TiffOutputSet();
            TiffOutputDirectory root = exif.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_ARTIST, OWNER);
            exif.setGpsInDegrees(103.7, -3.65);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain, out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png");
    }

    /** A one-page PDF, enough to be recognised by its signature. */
    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** Whether a JPEG still has EXIF (any TIFF metadata) in it. */
    public static boolean hasExif(byte[] jpeg) {
        try {
            ImageMetadata m = Imaging.getMetadata(jpeg);
            return m instanceof JpegImageMetadata j && j.getExif() != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x8a, 0x5a, 0x2b));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(10, 20, 44, 6);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
