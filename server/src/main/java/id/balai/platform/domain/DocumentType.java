package id.balai.platform.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document types Balai accepts as documents (PDF and common office formats: the register, released
 * information), recognised by their content, not by their name alone: the file's first bytes (and, for the
 * zip-based formats, the parts inside) must agree with its extension. A renamed executable or an HTML page named {@code .pdf} is refused.
 */
public enum DocumentType {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    DOC("doc", "application/msword"),
    XLS("xls", "application/vnd.ms-excel"),
    PPT("ppt", "application/vnd.ms-powerpoint");

    /** Largest document stored: 10 MiB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final String extension;
    private final String mediaType;

    DocumentType(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type of a file whose name and content agree, or empty. */
    public static Optional<DocumentType> recognise(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        DocumentType claimed = Arrays.stream(values()).filter(t -> t.extension.equals(ext)).findFirst().orElse(null);
        if (claimed == null) {
            return Optional.empty();
        }
        boolean ok = switch (claimed) {
            case PDF -> startsWith(content, PDF_MAGIC) && FileType.PDF.isIntact(content);
            case DOC, XLS, PPT -> startsWith(content, OLE2_MAGIC);
            case DOCX -> startsWith(content, ZIP_MAGIC) && ooxml(content, "word/");
            case XLSX -> startsWith(content, ZIP_MAGIC) && ooxml(content, "xl/");
            case PPTX -> startsWith(content, ZIP_MAGIC) && ooxml(content, "ppt/");
            case ODT -> startsWith(content, ZIP_MAGIC) && odf(content, "application/vnd.oasis.opendocument.text");
            case ODS -> startsWith(content, ZIP_MAGIC)
                    && odf(content, "application/vnd.oasis.opendocument.spreadsheet");
        };
        return ok ? Optional.of(claimed) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** An Office Open XML package: {@code [Content_Types].xml} and the application's folder. */
    private static boolean ooxml(byte[] content, String folder) {
        Set<String> names = zipNames(content);
        return names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith(folder));
    }

    /** An OpenDocument package: its first entry {@code mimetype} holds the media type (ODF 1.2 Part 3, 3.3). */
    private static boolean odf(byte[] content, String mediaType) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype")) {
                return false;
            }
            byte[] type = zip.readNBytes(200);
            return new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals(mediaType);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Set<String> zipNames(byte[] content) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null && names.size() < 10_000) {
                names.add(e.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Set.of();
        }
        return names;
    }
}
