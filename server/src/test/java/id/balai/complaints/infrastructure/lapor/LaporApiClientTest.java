package id.balai.complaints.infrastructure.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import id.balai.complaints.application.NationalComplaintLink;
import id.balai.platform.infrastructure.Json;

/** The adapter's wire format against a local HTTP server: what it sends, what it reads, what it refuses. */
class LaporApiClientTest {
    private record Seen(String method, String uri, String auth, String key, String body) {
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "{}";
    private NationalComplaintLink.Endpoint endpoint;
    private final LaporApiClient client = new LaporApiClient();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            seen.add(new Seen(ex.getRequestMethod(), ex.getRequestURI().toString(),
                    ex.getRequestHeaders().getFirst("Authorization"), ex.getRequestHeaders().getFirst("Idempotency-Key"),
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        endpoint = new NationalComplaintLink.Endpoint(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/"), "rahasia-token");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSharedReportCarriesTheTokenTheKeyAndNoReporter() throws Exception {
        status = 201;
        answer = "{\"trackingId\":\"LPR-77\"}";
        String id = client.share(endpoint, new NationalComplaintLink.SharedReport("ME-2026-000001", "Jalan rusak",
                "Teks warga", "Infrastruktur", "Desa Satu", Instant.parse("2026-03-02T01:00:00Z"), true, false,
                NationalComplaintLink.Visibility.PRIVATE), "muara-enim:ME-2026-000001:0");

        assertThat(id).isEqualTo("LPR-77");
        Seen s = seen.get(0);
        assertThat(s.method()).isEqualTo("POST");
        assertThat(s.uri()).isEqualTo("/v1/reports");
        assertThat(s.auth()).isEqualTo("Bearer rahasia-token");
        assertThat(s.key()).isEqualTo("muara-enim:ME-2026-000001:0");
        JsonNode body = Json.JSON.readTree(s.body());
        assertThat(body.path("anonymous").asBoolean()).isTrue();
        assertThat(body.path("public").asBoolean()).isFalse();
        assertThat(body.path("publicContent").isNull()).isTrue();
        assertThat(body.has("reporter")).isFalse();
    }

    @Test
    void aStepGoesToItsReportInLaporsWordsWithThePublicVersionOnly() throws Exception {
        client.push(endpoint, "LPR 9/1", new NationalComplaintLink.Step(7, "RESPONDED", "Sudah diperbaiki",
                Instant.parse("2026-03-05T02:00:00Z"), new NationalComplaintLink.Visibility(true, "Judul publik",
                        "Teks publik")), "k-7");

        Seen s = seen.get(0);
        assertThat(s.uri()).isEqualTo("/v1/reports/LPR%209%2F1/updates");
        JsonNode body = Json.JSON.readTree(s.body());
        assertThat(body.path("status").asText()).isEqualTo("answered");
        assertThat(body.path("message").asText()).isEqualTo("Sudah diperbaiki");
        assertThat(body.path("public").asBoolean()).isTrue();
        assertThat(body.path("publicTitle").asText()).isEqualTo("Judul publik");
    }

    @Test
    void balaisPublicEventsMapToLaporsStatuses() {
        Map<String, String> expected = Map.ofEntries(Map.entry("RECEIVED", "received"),
                Map.entry("RECORDED", "received"), Map.entry("CLARIFICATION_REQUESTED", "clarification_requested"),
                Map.entry("CLARIFIED", "clarified"), Map.entry("VERIFIED", "verified"),
                Map.entry("DISPATCHED", "in_follow_up"), Map.entry("AGENCY_RECEIVED", "in_follow_up"),
                Map.entry("RESPONDED", "answered"), Map.entry("REOPENED", "reopened"), Map.entry("CLOSED", "closed"),
                Map.entry("RATED", "rated"), Map.entry("REJECTED", "rejected"), Map.entry("MERGED_INTO", "merged"),
                Map.entry("PUBLICATION_PUBLISH", "visibility_changed"),
                Map.entry("PUBLICATION_UNPUBLISH", "visibility_changed"), Map.entry("SOMETHING_NEW", "note"));
        expected.forEach((action, status) -> assertThat(LaporApiClient.status(action)).as(action).isEqualTo(status));
    }

    @Test
    void dispatchedReportsAreReadWithTheirReporterAndTheNextCursor() throws Exception {
        answer = """
                {"reports": [
                  {"trackingId": "LPR-1", "title": "Jalan", "content": "Jalan rusak", "topic": "Infrastruktur",
                   "agency": "Dinas PU", "createdAt": "2026-03-01T00:00:00Z", "anonymous": true,
                   "reporter": {"name": "Rahmat", "phone": "081355501234"}},
                  {"trackingId": "LPR-2", "content": "Tanpa\\u0000 judul\\nbaris dua", "confidential": true}
                ], "next": "c2"}
                """;
        NationalComplaintLink.Dispatched d = client.pull(endpoint, Optional.of("c 1"));

        assertThat(seen.get(0).uri()).isEqualTo("/v1/dispatched-reports?since=c%201");
        assertThat(d.nextCursor()).isEqualTo("c2");
        assertThat(d.reports()).hasSize(2);
        NationalComplaintLink.DispatchedReport first = d.reports().get(0);
        assertThat(first.anonymous()).isTrue();
        assertThat(first.reporter()).contains(new NationalComplaintLink.Contact("Rahmat", "081355501234", null));
        NationalComplaintLink.DispatchedReport second = d.reports().get(1);
        assertThat(second.title()).isEqualTo("Laporan SP4N-LAPOR! LPR-2");
        assertThat(second.confidential()).isTrue();
        assertThat(second.text()).isEqualTo("Tanpa judul\nbaris dua");
        assertThat(second.reporter()).isEmpty();
    }

    @Test
    void aRefusedTokenOrAnErrorIsUnavailableAndNamesTheStatus() {
        status = 401;
        answer = "{\"error\":\"invalid token\"}";
        assertThatThrownBy(() -> client.pull(endpoint, Optional.empty()))
                .isInstanceOf(NationalComplaintLink.Unavailable.class).hasMessageContaining("401")
                .hasMessageContaining("token refused");
        status = 200;
        answer = "{}";
        assertThatThrownBy(() -> client.share(endpoint, new NationalComplaintLink.SharedReport("X", "t", "d", null,
                null, Instant.EPOCH, false, false, NationalComplaintLink.Visibility.PRIVATE), "k"))
                .isInstanceOf(NationalComplaintLink.Unavailable.class).hasMessageContaining("trackingId");
    }

    @Test
    void anUnreachableLaporIsUnavailable() {
        server.stop(0);
        assertThatThrownBy(() -> client.pull(endpoint, Optional.empty()))
                .isInstanceOf(NationalComplaintLink.Unavailable.class).hasMessageContaining("unreachable");
    }
}
