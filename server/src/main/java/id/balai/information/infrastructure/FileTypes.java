package id.balai.information.infrastructure;

import java.util.Arrays;
import java.util.Optional;

/**
 * A file's type from its first bytes (its "magic number"), not from its name or the client's declared type: what a
 * requester uploads as an ID copy or an officer releases is served back to people.
 */
public final class FileTypes {
    /** The types an ID (KTP) copy may have: a photo or a scan. */
    public static final java.util.Set<String> ID_COPY = java.util.Set.of("image/jpeg", "image/png", "application/pdf");
    /** The types of released documents: PDF, images, and the common office formats. */
    public static final java.util.Set<String> RELEASED = java.util.Set.of("image/jpeg", "image/png", "application/pdf",
            "application/zip-office", "application/x-ole-office");

    private FileTypes() {
    }

    /** The media type the content's leading bytes show, or empty when it is none of the known ones. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        // DOCX, XLSX, PPTX, ODT: ZIP containers.
        if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
            return Optional.of("application/zip-office");
        }
        // DOC, XLS: OLE compound files.
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("application/x-ole-office");
        }
        return Optional.empty();
    }

    /** The type to serve: office containers go out as an octet stream, under their own file name. */
    public static String servedAs(String sniffed) {
        return sniffed.startsWith("application/zip") || sniffed.startsWith("application/x-ole")
                ? "application/octet-stream" : sniffed;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(content, magic.length), toBytes(magic));
    }

    private static byte[] toBytes(int[] values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
