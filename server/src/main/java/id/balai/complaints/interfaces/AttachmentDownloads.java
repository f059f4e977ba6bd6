package id.balai.complaints.interfaces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import id.balai.complaints.application.ComplaintFiles;
import jakarta.ws.rs.core.Response;

/**
 * A stored file as a download: its real type (checked at upload), always as an attachment (never rendered inside
 * Balai's pages), not cached by shared caches, with its digest so that a reader can check it.
 */
final class AttachmentDownloads {
    private AttachmentDownloads() {
    }

    static Response of(ComplaintFiles.File file) {
        String name = file.attachment().fileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.attachment().type().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(file.attachment().sha256())) + ":")
                .build();
    }
}
