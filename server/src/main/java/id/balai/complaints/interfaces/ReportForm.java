package id.balai.complaints.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.platform.domain.InputText;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.EntityPart;

/**
 * A report sent as {@code multipart/form-data}: one part {@code complaint} with the same JSON as the plain JSON
 * submission, and up to {@link Attachments#MAX_FILES} parts {@code attachments}, each a file. Every file is checked
 * (type by content, size) before anything is stored.
 */
record ReportForm<T>(T input, List<Attachments.Upload> attachments) {
    private static final Jsonb JSONB = JsonbBuilder.create();

    static ReportForm<ComplaintInput> parse(List<EntityPart> parts) {
        return parse(parts, "complaint", ComplaintInput.class);
    }

    /** A form of one JSON part {@code name} and files in parts named {@code attachments}. */
    static <T> ReportForm<T> parse(List<EntityPart> parts, String name, Class<T> type) {
        if (parts == null) {
            throw ComplaintErrors.invalid("BODY_REQUIRED", "Isi laporan wajib ada.", "A report body is required.",
                    null);
        }
        T input = null;
        List<Attachments.Upload> files = new ArrayList<>();
        for (EntityPart part : parts) {
            String partName = part.getName();
            if (partName.equals(name)) {
                if (input != null) {
                    throw unknownPart(name);
                }
                input = read(part, name, type);
                continue;
            }
            switch (partName) {
                case "attachments" -> {
                    Attachments.checkCount(files.size() + 1);
                    files.add(Attachments.accept(files.size(), part.getFileName().orElse(null), bytes(part)));
                }
                default -> throw unknownPart(part.getName());
            }
        }
        if (input == null) {
            throw ComplaintErrors.invalid("BODY_REQUIRED", "Bagian '" + name + "' wajib ada.",
                    "The part '" + name + "' is required.", name);
        }
        return new ReportForm<>(input, files);
    }

    private static <T> T read(EntityPart part, String name, Class<T> type) {
        try (InputStream in = part.getContent()) {
            T input = JSONB.fromJson(in, type);
            if (input == null) {
                throw new JsonbException("empty");
            }
            // The same text rule as the JSON submission, field by field (InputTextInterceptor sees only the part).
            InputText.checkAll(input, null, false);
            return input;
        } catch (JsonbException | IOException e) {
            throw ComplaintErrors.invalid("UNREADABLE_BODY",
                    "Bagian '" + name + "' bukan JSON yang valid atau ada nilai dengan jenis yang salah.",
                    "The part '" + name + "' is not valid JSON, or a value has the wrong type.", name);
        }
    }

    /** The file's bytes, reading one byte past the limit at most, so that an oversize file is known without more. */
    private static byte[] bytes(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes((int) Attachments.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeException unknownPart(String name) {
        return ComplaintErrors.invalid("UNKNOWN_FORM_PART",
                "Bagian formulir tidak dikenal atau berulang: " + name + ". Yang diterima: complaint, attachments.",
                "Unknown or repeated form part: " + name + ". Accepted: complaint, attachments.", name);
    }
}
