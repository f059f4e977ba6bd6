package id.balai.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for SP4N-LAPOR!'s integration API, speaking the wire format that
 * {@code LaporApiClient} assumes (the real documentation is for registered developers only). It checks the bearer
 * token, takes each Idempotency-Key once (a repeat returns the first answer and changes nothing), lists the reports
 * "dispatched to the regency" that a test adds, and records every call. {@link #crashAfterTaking} makes it take
 * every call about a report whose text holds a marker and then answer 500 the first time, as a server that crashes
 * after doing the work would.
 */
final class LaporStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A call as it arrived. */
    record Call(String method, String path, String token, String key, int status, String body) {
    }

    /** What a report looks like here: the shared report (null for one LAPOR! itself dispatched) and its updates. */
    static final class Report {
        final String trackingId;
        final JsonNode shared;
        final List<JsonNode> updates = new CopyOnWriteArrayList<>();

        Report(String trackingId, JsonNode shared) {
            this.trackingId = trackingId;
            this.shared = shared;
        }
    }

    private final HttpServer server;
    private final String token;
    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> answered = new LinkedHashMap<>();
    final Map<String, Report> reports = new LinkedHashMap<>();
    private final List<JsonNode> dispatched = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger(1000);
    private final List<String> crashMarkers = new CopyOnWriteArrayList<>();
    private final java.util.Set<String> crashed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    LaporStandIn(int port, String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** A report LAPOR! dispatches to the regency; it is listed on every pull from now on. */
    synchronized void dispatch(String trackingId, String topic, String agency, Map<String, String> reporter) {
        ObjectNode r = JSON.createObjectNode().put("trackingId", trackingId)
                .put("title", "Jalan berlubang di poros desa " + trackingId)
                .put("content", "Jalan poros desa berlubang besar, sudah dua motor jatuh (" + trackingId + ").")
                .put("topic", topic).put("agency", agency).put("location", "Desa Satu")
                .put("createdAt", "2026-03-02T01:00:00Z").put("anonymous", false).put("confidential", false);
        if (reporter != null) {
            r.set("reporter", JSON.valueToTree(reporter));
        }
        dispatched.add(r);
        reports.put(trackingId, new Report(trackingId, null));
    }

    /** Every POST about a report whose text holds {@code marker} is done, then answered 500 the first time. */
    void crashAfterTaking(String marker) {
        crashMarkers.add(marker);
    }

    private synchronized boolean crashes(String path, String key, JsonNode body) {
        JsonNode shared = path.equals("/reports") ? body
                : java.util.Optional.ofNullable(reports.get(path.replaceAll("^/reports/([^/]+)/updates$", "$1")))
                        .map(r -> r.shared).orElse(null);
        String text = shared == null ? "" : shared.path("content").asText();
        return crashMarkers.stream().anyMatch(text::contains) && crashed.add(key);
    }

    synchronized Report sharedAs(String balaiTrackingNumber) {
        return reports.values().stream().filter(r -> r.shared != null
                && balaiTrackingNumber.equals(r.shared.path("externalId").asText())).findFirst().orElse(null);
    }

    synchronized long reportsSharedAs(String balaiTrackingNumber) {
        return reports.values().stream().filter(r -> r.shared != null
                && balaiTrackingNumber.equals(r.shared.path("externalId").asText())).count();
    }

    synchronized Report report(String trackingId) {
        return reports.get(trackingId);
    }

    List<Call> callsWithKeyPrefix(String prefix) {
        return calls.stream().filter(c -> c.key() != null && c.key().startsWith(prefix)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String presented = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        int[] status = {200};
        String answer;
        try {
            if (!token.equals(presented)) {
                status[0] = 401;
                answer = "{\"error\":\"invalid token\"}";
            } else if (method.equals("GET") && path.equals("/dispatched-reports")) {
                answer = JSON.writeValueAsString(Map.of("reports", new ArrayList<>(dispatched), "next",
                        "c" + dispatched.size()));
            } else if (method.equals("POST") && key == null) {
                status[0] = 400;
                answer = "{\"error\":\"Idempotency-Key required\"}";
            } else if (method.equals("POST")) {
                JsonNode json = JSON.readTree(body);
                answer = post(path, key, json, status);
                if (status[0] < 300 && crashes(path, key, json)) {
                    status[0] = 500;
                    answer = "{\"error\":\"crashed after taking it\"}";
                }
            } else {
                status[0] = 404;
                answer = "{}";
            }
        } catch (RuntimeException e) {
            status[0] = 500;
            answer = "{\"error\":\"" + e.getClass().getSimpleName() + "\"}";
        }
        calls.add(new Call(method, path, presented, key, status[0], body));
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status[0], bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized String post(String path, String key, JsonNode body, int[] status) {
        String earlier = answered.get(key);
        if (earlier != null) {
            return earlier;
        }
        String answer;
        if (path.equals("/reports")) {
            String id = "LPR-" + next.incrementAndGet();
            reports.put(id, new Report(id, body));
            status[0] = 201;
            answer = "{\"trackingId\":\"" + id + "\"}";
        } else if (path.startsWith("/reports/") && path.endsWith("/updates")) {
            Report r = reports.get(path.substring("/reports/".length(), path.length() - "/updates".length()));
            if (r == null) {
                status[0] = 404;
                return "{\"error\":\"no such report\"}";
            }
            r.updates.add(((ObjectNode) body).put("key", key));
            answer = "{}";
        } else {
            status[0] = 404;
            return "{}";
        }
        answered.put(key, answer);
        return answer;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
