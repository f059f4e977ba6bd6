package id.balai.platform.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file Balai accepts from the public, recognised by their first bytes (the "magic number"), never by
 * the name or the declared content type, which the sender chooses. A file that is none of these is refused.
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

    public String extension() {
        return extension;
    }

    /** The type whose signature the content starts with. */
    public static Optional<FileType> sniff(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content.length >= t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }
}
