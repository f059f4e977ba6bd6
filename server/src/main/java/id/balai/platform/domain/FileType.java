package id.balai.platform.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * The kinds of file Balai accepts from the public, recognised by their first bytes (the "magic number"), never by
 * the name or the declared content type, which the sender chooses. A file that is none of these is refused, and so
 * is one that only starts like one ({@link #isIntact}): a truncated or damaged upload would be stored, served and
 * printed as if it were the citizen's photo or letter.
 */
public enum FileType {
    JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
    PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
    PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' });

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    FileType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind of a file stored with this media type; a type Balai never stores is a bug, not input. */
    public static FileType ofStored(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType().equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown stored media type " + mediaType));
    }

    public String extension() {
        return extension;
    }

    /** Larger than any phone camera's picture (200 megapixels); beyond, the image is refused unread. */
    static final long MAX_PIXELS = 200_000_000L;
    /** The pixels an image is decoded into while it is checked: every byte is read, a thumbnail is kept. */
    private static final long CHECK_PIXELS = 1_000_000L;
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /**
     * Whether the content is a whole file of this type. A JPEG or PNG must decode to its last row with the JDK's
     * decoders ({@code javax.imageio}), without warnings (a JPEG cut short decodes with a warning and grey rows)
     * and with at most {@link #MAX_PIXELS} pixels; a PDF must have its header and an end-of-file marker
     * {@code %%EOF} (ISO 32000-1, 7.5.5), which an upload cut short lacks. Anywhere, not only in the last 1 024 bytes:
     * a PDF updated incrementally has one per revision, and one cut after a complete revision still reads as that
     * revision. The PDF itself is never rendered here.
     */
    public boolean isIntact(byte[] content) {
        return switch (this) {
            case JPEG, PNG -> decodes(content);
            case PDF -> content.length >= magic.length + PDF_END.length && startsWith(content)
                    && endMarker(content);
        };
    }

    private boolean startsWith(byte[] content) {
        return Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean endMarker(byte[] content) {
        for (int i = content.length - PDF_END.length; i >= 0; i--) {
            if (Arrays.equals(content, i, i + PDF_END.length, PDF_END, 0, PDF_END.length)) {
                return true;
            }
        }
        return false;
    }

    private boolean decodes(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
            if (in == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width * height > MAX_PIXELS) {
                    return false;
                }
                AtomicBoolean warned = new AtomicBoolean();
                reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warned.set(true));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) (width * height) / CHECK_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                reader.read(0, param);
                return !warned.get();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The type whose signature the content starts with (whole or not: {@link #isIntact}). */
    public static Optional<FileType> sniff(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content.length >= t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }
}
