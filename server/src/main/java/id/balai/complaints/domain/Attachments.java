package id.balai.complaints.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import id.balai.platform.domain.FileType;

/**
 * What a report may carry (issue: "optional attachments, images/PDF, size and type checked"): at most
 * {@link #MAX_FILES} files of {@link #MAX_BYTES} each, JPEG, PNG or PDF by their content, and whole
 * ({@link FileType#isIntact}). Every refusal names the file's place ({@code attachments[2]}) so that a form can
 * show it next to the right file.
 */
public final class Attachments {
    public static final int MAX_FILES = 5;
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int MAX_NAME = 120;

    private Attachments() {
    }

    /** A checked file, ready to store. */
    public record Upload(String fileName, FileType type, byte[] content, String sha256) {
        public Upload {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        public long size() {
            return content.length;
        }
    }

    public static void checkCount(int files) {
        if (files > MAX_FILES) {
            throw ComplaintErrors.invalid("TOO_MANY_ATTACHMENTS",
                    "Lampiran paling banyak " + MAX_FILES + " berkas.",
                    "At most " + MAX_FILES + " attachments.", "attachments");
        }
    }

    /**
     * Checks one file (its index counts from 0) and names it safely: no folders, no control characters, the
     * extension of the type it really is.
     */
    public static Upload accept(int index, String declaredName, byte[] content) {
        String field = "attachments[" + index + "]";
        FileType type = check(field, content, Set.of(FileType.values()),
                "Lampiran harus berupa foto JPEG atau PNG, atau dokumen PDF.",
                "An attachment must be a JPEG or PNG photo or a PDF document.");
        return new Upload(safeName(declaredName, type, index), type, content, sha256(content));
    }

    /**
     * Checks a photo sent to stand in for one of a report's photos on public pages (its blurred version): the limits
     * and checks of an attachment, and a JPEG or PNG only. Its name is of no use to anyone and is not kept.
     */
    public static Upload acceptPhoto(String field, byte[] content) {
        FileType type = check(field, content, Set.of(FileType.JPEG, FileType.PNG),
                "Berkas harus berupa foto JPEG atau PNG.", "The file must be a JPEG or PNG photo.");
        return new Upload("foto." + type.extension(), type, content, sha256(content));
    }

    private static FileType check(String field, byte[] content, Set<FileType> allowed, String typeId, String typeEn) {
        if (content == null || content.length == 0) {
            throw ComplaintErrors.invalid("ATTACHMENT_EMPTY", "Berkas lampiran kosong.", "The attachment is empty.",
                    field);
        }
        if (content.length > MAX_BYTES) {
            throw ComplaintErrors.invalid("ATTACHMENT_TOO_LARGE",
                    "Berkas lampiran terlalu besar: paling besar 5 MiB.",
                    "The attachment is too large: at most 5 MiB.", field);
        }
        FileType type = FileType.sniff(content).filter(allowed::contains).orElseThrow(() -> ComplaintErrors.invalid(
                "ATTACHMENT_TYPE_NOT_ALLOWED", typeId, typeEn, field));
        if (!type.isIntact(content)) {
            throw ComplaintErrors.invalid("ATTACHMENT_UNREADABLE",
                    "Berkas lampiran rusak atau terpotong; kirim ulang atau gunakan berkas lain.",
                    "The attachment is damaged or cut short; send it again or use another file.", field);
        }
        return type;
    }

    static String safeName(String declared, FileType type, int index) {
        String name = declared == null ? "" : declared;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        if (stem.isBlank() || stem.chars().allMatch(ch -> ch == '.' || ch == '_')) {
            stem = "lampiran-" + (index + 1);
        }
        String ext = "." + type.extension();
        if (stem.length() + ext.length() > MAX_NAME) {
            stem = stem.substring(0, MAX_NAME - ext.length());
        }
        return stem + ext;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digests in order: what makes two submissions with the same files the same submission. */
    public static String fingerprint(List<Upload> uploads) {
        StringBuilder b = new StringBuilder();
        uploads.forEach(u -> b.append(u.fileName()).append(':').append(u.sha256()).append(';'));
        return sha256(b.toString().getBytes(StandardCharsets.UTF_8));
    }
}
