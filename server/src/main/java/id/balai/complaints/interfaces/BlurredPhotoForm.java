package id.balai.complaints.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import id.balai.complaints.domain.Attachments;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.platform.domain.InputText;
import jakarta.ws.rs.core.EntityPart;

/**
 * A photo's blurred version as the administrator's browser sends it ({@code multipart/form-data}): one part
 * {@code photo}, the picture (JPEG or PNG, checked like an attachment), and one part {@code reason}, the why of the
 * act for the moderation log.
 */
record BlurredPhotoForm(Attachments.Upload photo, String reason) {
    /** More than the longest reason (1 000 characters of up to 4 bytes). */
    private static final int MAX_REASON_BYTES = 4 * 1024;

    static BlurredPhotoForm parse(List<EntityPart> parts) {
        Attachments.Upload photo = null;
        String reason = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            switch (part.getName()) {
                case "photo" -> {
                    if (photo != null) {
                        throw unknownPart("photo");
                    }
                    photo = Attachments.acceptPhoto("photo", bytes(part, (int) Attachments.MAX_BYTES + 1));
                }
                case "reason" -> {
                    if (reason != null) {
                        throw unknownPart("reason");
                    }
                    reason = new String(bytes(part, MAX_REASON_BYTES + 1), StandardCharsets.UTF_8);
                    InputText.check(reason, "reason", true);
                }
                default -> throw unknownPart(part.getName());
            }
        }
        if (photo == null) {
            throw ComplaintErrors.invalid("FIELD_REQUIRED", "Bagian 'photo' (foto yang disamarkan) wajib ada.",
                    "The part 'photo' (the blurred photo) is required.", "photo");
        }
        return new BlurredPhotoForm(photo,
                ComplaintInput.text(reason, "reason", 3, 1000, "Alasan", "The reason"));
    }

    /** The part's bytes, reading one byte past the limit at most, so that an oversize part is known without more. */
    private static byte[] bytes(EntityPart part, int max) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuntimeException unknownPart(String name) {
        return ComplaintErrors.invalid("UNKNOWN_FORM_PART",
                "Bagian formulir tidak dikenal atau berulang: " + name + ". Yang diterima: photo, reason.",
                "Unknown or repeated form part: " + name + ". Accepted: photo, reason.", name);
    }
}
