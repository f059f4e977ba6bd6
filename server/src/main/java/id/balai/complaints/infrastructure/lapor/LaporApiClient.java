package id.balai.complaints.infrastructure.lapor;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.complaints.application.NationalComplaintLink;
import id.balai.platform.infrastructure.Json;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SP4N-LAPOR!'s integration API over HTTPS and JSON. <b>The wire format below is an assumption</b> built from what
 * LAPOR! publishes (token-authenticated JSON, topics, reports by tracking ID, status updates); the current
 * documentation is given only to registered developers, and a regency's operator must check it against this list
 * before switching the link on. Only this class changes if it differs. The tests run against a local HTTP server
 * standing in for LAPOR! that speaks exactly this.
 * <ul>
 * <li>Every call: {@code Authorization: Bearer <token>}, {@code Accept: application/json}; every POST also
 * {@code Idempotency-Key: <key>}, and a POST repeated with a key LAPOR! has seen returns the first answer.</li>
 * <li>{@code POST {base}/reports} shares a report: {@code {externalId, title, content, topic, location, createdAt,
 * anonymous, confidential, public, publicTitle, publicContent, source: "balai"}}; answers 200/201
 * {@code {trackingId}}. No field carries the reporter.</li>
 * <li>{@code POST {base}/reports/{trackingId}/updates} sends a step: {@code {status, message, at, public,
 * publicTitle, publicContent}}, status in LAPOR!'s vocabulary ({@link #status}); answers any 2xx.</li>
 * <li>{@code GET {base}/dispatched-reports?since={cursor}} lists the reports dispatched to the regency:
 * {@code {reports: [{trackingId, title, content, topic, agency, location, createdAt, anonymous, confidential,
 * reporter: {name, phone, email}}], next}}.</li>
 * </ul>
 */
@ApplicationScoped
public class LaporApiClient implements NationalComplaintLink {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Balai's own column widths: a longer value from LAPOR! is cut, never refused (it would block every pull). */
    private static final int MAX_TITLE = 200;
    private static final int MAX_LOCATION = 300;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Override
    public String share(Endpoint endpoint, SharedReport r, String idempotencyKey) throws Unavailable {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", r.balaiTrackingNumber());
        body.put("title", r.title());
        body.put("content", r.text());
        body.put("topic", r.topic());
        body.put("location", r.location());
        body.put("createdAt", r.receivedAt().toString());
        body.put("anonymous", r.anonymous());
        body.put("confidential", r.confidential());
        visibility(body, r.visibility());
        body.put("source", "balai");
        JsonNode answer = send(endpoint, post(endpoint, "/reports", body, idempotencyKey));
        String id = answer.path("trackingId").asText("");
        if (id.isBlank()) {
            throw new Unavailable("LAPOR! accepted the report but gave no trackingId", null);
        }
        return id;
    }

    @Override
    public void push(Endpoint endpoint, String laporId, Step step, String idempotencyKey) throws Unavailable {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status(step.action()));
        body.put("message", step.note());
        body.put("at", step.at().toString());
        visibility(body, step.visibility());
        send(endpoint, post(endpoint, "/reports/" + encode(laporId) + "/updates", body, idempotencyKey));
    }

    @Override
    public Dispatched pull(Endpoint endpoint, Optional<String> cursor) throws Unavailable {
        String query = cursor.map(c -> "?since=" + encode(c)).orElse("");
        JsonNode answer = send(endpoint, request(endpoint, "/dispatched-reports" + query).GET().build());
        List<DispatchedReport> reports = new ArrayList<>();
        for (JsonNode r : answer.path("reports")) {
            String id = text(r, "trackingId");
            if (id == null || id.length() > 64) {
                throw new Unavailable("LAPOR! listed a report without a usable trackingId", null);
            }
            JsonNode who = r.path("reporter");
            Optional<Contact> contact = who.isObject()
                    ? Optional.of(new Contact(text(who, "name"), text(who, "phone"), text(who, "email")))
                    : Optional.empty();
            String title = Optional.ofNullable(text(r, "title")).orElse("Laporan SP4N-LAPOR! " + id);
            reports.add(new DispatchedReport(id, cut(title, MAX_TITLE),
                    Optional.ofNullable(text(r, "content")).orElse(title), text(r, "topic"), text(r, "agency"),
                    cut(text(r, "location"), MAX_LOCATION), instant(text(r, "createdAt")),
                    r.path("anonymous").asBoolean(false),
                    r.path("confidential").asBoolean(false), contact));
        }
        return new Dispatched(reports, Optional.ofNullable(text(answer, "next")).or(() -> cursor).orElse(null));
    }

    /**
     * Balai's public events in LAPOR!'s status words. Publication acts change only what LAPOR! may show; anything
     * else is a plain note.
     */
    static String status(String action) {
        return switch (action) {
            case "RECEIVED", "RECORDED" -> "received";
            case "CLARIFICATION_REQUESTED" -> "clarification_requested";
            case "CLARIFIED" -> "clarified";
            case "VERIFIED" -> "verified";
            case "DISPATCHED", "AGENCY_RECEIVED" -> "in_follow_up";
            case "RESPONDED" -> "answered";
            case "REOPENED" -> "reopened";
            case "CLOSED" -> "closed";
            case "RATED" -> "rated";
            case "REJECTED" -> "rejected";
            case "MERGED_INTO" -> "merged";
            default -> action.startsWith("PUBLICATION_") ? "visibility_changed" : "note";
        };
    }

    private static void visibility(Map<String, Object> body, Visibility v) {
        body.put("public", v.isPublic());
        body.put("publicTitle", v.isPublic() ? v.publicTitle() : null);
        body.put("publicContent", v.isPublic() ? v.publicText() : null);
    }

    private static HttpRequest post(Endpoint endpoint, String path, Map<String, Object> body, String key) {
        return request(endpoint, path).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8)).build();
    }

    private static HttpRequest.Builder request(Endpoint endpoint, String path) {
        String base = endpoint.baseUrl().toString().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + endpoint.token()).header("Accept", "application/json");
    }

    private JsonNode send(Endpoint endpoint, HttpRequest request) throws Unavailable {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("LAPOR! at " + endpoint.baseUrl() + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("Interrupted while calling LAPOR!", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String body = response.body() == null ? "" : response.body();
            throw new Unavailable(request.method() + " " + request.uri().getPath() + " answered " + status
                    + (status == 401 || status == 403 ? " (token refused)" : "") + ": "
                    + body.substring(0, Math.min(200, body.length())), null);
        }
        try {
            String body = response.body();
            return body == null || body.isBlank() ? Json.JSON.createObjectNode() : Json.JSON.readTree(body);
        } catch (IOException e) {
            throw new Unavailable("LAPOR! answered " + status + " with a body that is not JSON", e);
        }
    }

    /** A text field, without control characters other than line breaks and tabs (PostgreSQL refuses NUL). */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        String t = v.isTextual() ? v.asText().replaceAll("[\\p{Cc}&&[^\\n\\r\\t]]", "").trim() : "";
        return t.isEmpty() ? null : t;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
