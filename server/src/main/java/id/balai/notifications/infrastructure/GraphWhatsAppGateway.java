package id.balai.notifications.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import id.balai.notifications.domain.WhatsAppAccount;
import id.balai.notifications.domain.WhatsAppGateway;
import id.balai.notifications.domain.WhatsAppNotSent;
import id.balai.platform.infrastructure.Json;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The WhatsApp Business Cloud API over HTTPS ({@code java.net.http}), with the regency's access token as a bearer
 * token: {@code POST /{phone-number-id}/messages} sends, {@code GET /{media-id}} answers a short-lived URL from which
 * the file is fetched with the same token. Errors carry the API's own message, never the recipient's number.
 */
@ApplicationScoped
public class GraphWhatsAppGateway implements WhatsAppGateway {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public String send(WhatsAppAccount account, String to, Payload payload) throws WhatsAppNotSent {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        // The Cloud API takes the number in international form without the plus.
        body.put("to", to.startsWith("+") ? to.substring(1) : to);
        if (payload instanceof Text t) {
            body.put("type", "text");
            body.put("text", Map.of("preview_url", false, "body", t.body()));
        } else if (payload instanceof Template t) {
            body.put("type", "template");
            body.put("template", Map.of("name", t.name(), "language", Map.of("code", t.language()),
                    "components", List.of(Map.of("type", "body",
                            "parameters", List.of(Map.of("type", "text", "text", t.parameter()))))));
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint(account, account.phoneNumberId() + "/messages"))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + account.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new WhatsAppNotSent("Graph API answered HTTP " + response.statusCode() + ": "
                    + apiError(response.body()));
        }
        JsonNode id = read(response.body()).at("/messages/0/id");
        if (!id.isTextual()) {
            throw new WhatsAppNotSent("Graph API answered no message id");
        }
        return id.asText();
    }

    @Override
    public Media media(WhatsAppAccount account, String mediaId, long maxBytes) throws WhatsAppNotSent {
        if (!mediaId.matches("[0-9A-Za-z_.-]{1,100}")) {
            throw new WhatsAppNotSent("Not a media id");
        }
        HttpResponse<String> meta = exchange(HttpRequest.newBuilder(endpoint(account, mediaId)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + account.accessToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (meta.statusCode() / 100 != 2) {
            throw new WhatsAppNotSent("Graph API answered HTTP " + meta.statusCode() + " for the media: "
                    + apiError(meta.body()));
        }
        JsonNode info = read(meta.body());
        if (info.path("file_size").asLong(0) > maxBytes) {
            throw new WhatsAppNotSent("The media is larger than " + maxBytes + " bytes");
        }
        URI url;
        try {
            url = URI.create(info.path("url").asText(""));
        } catch (IllegalArgumentException e) {
            throw new WhatsAppNotSent("Graph API answered no usable media URL", e);
        }
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new WhatsAppNotSent("Graph API answered no usable media URL");
        }
        HttpResponse<InputStream> file = exchange(HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + account.accessToken()).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = file.body()) {
            if (file.statusCode() / 100 != 2) {
                throw new WhatsAppNotSent("The media URL answered HTTP " + file.statusCode());
            }
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new WhatsAppNotSent("The media is larger than " + maxBytes + " bytes");
            }
            return new Media(info.path("mime_type").asText(""), content);
        } catch (IOException e) {
            throw new WhatsAppNotSent("The media could not be read: " + e.getClass().getSimpleName(), e);
        }
    }

    private static URI endpoint(WhatsAppAccount account, String path) {
        String base = account.graphApiUrl().toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws WhatsAppNotSent {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new WhatsAppNotSent("Graph API at " + request.uri().getHost() + " unreachable: "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WhatsAppNotSent("Interrupted while calling the Graph API", e);
        }
    }

    private static JsonNode read(String body) throws WhatsAppNotSent {
        try {
            return Json.JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new WhatsAppNotSent("Graph API answered no JSON", e);
        }
    }

    /** The API's error ({@code error.code} and {@code error.message}), shortened; its message names no recipient. */
    private static String apiError(String body) {
        try {
            JsonNode error = Json.JSON.readTree(body == null ? "" : body).path("error");
            String text = error.path("code").asText("?") + " " + error.path("message").asText("");
            return text.substring(0, Math.min(200, text.length()));
        } catch (JsonProcessingException e) {
            return "(no JSON error)";
        }
    }
}
