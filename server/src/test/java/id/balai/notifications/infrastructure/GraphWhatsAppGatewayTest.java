package id.balai.notifications.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.balai.notifications.domain.WhatsAppAccount;
import id.balai.notifications.domain.WhatsAppGateway;
import id.balai.notifications.domain.WhatsAppNotSent;
import id.balai.platform.infrastructure.Json;

/** The Graph API adapter against a local stand-in for graph.facebook.com, which records what it receives. */
class GraphWhatsAppGatewayTest {
    private record Received(String method, String path, String authorization, String body) {
    }

    private HttpServer graph;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int sendStatus = 200;
    private volatile byte[] media = "foto".getBytes(StandardCharsets.UTF_8);
    private WhatsAppAccount account;

    @BeforeEach
    void start() throws IOException {
        graph = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + graph.getAddress().getPort();
        graph.createContext("/v21.0/106540352242922/messages", x -> {
            record(x);
            respond(x, sendStatus, sendStatus == 200
                    ? "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"6281234567890\",\"wa_id\":"
                            + "\"6281234567890\"}],\"messages\":[{\"id\":\"wamid.SENT1\"}]}"
                    : "{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":\"OAuthException\","
                            + "\"code\":131047}}");
        });
        graph.createContext("/v21.0/1003383421387256", x -> {
            record(x);
            respond(x, 200, "{\"url\":\"" + base + "/lookaside/1003383421387256\",\"mime_type\":\"image/jpeg\","
                    + "\"file_size\":" + media.length + ",\"id\":\"1003383421387256\"}");
        });
        graph.createContext("/lookaside/", x -> {
            record(x);
            x.sendResponseHeaders(200, media.length);
            x.getResponseBody().write(media);
            x.close();
        });
        graph.start();
        account = new WhatsAppAccount("106540352242922", URI.create(base + "/v21.0"), "token-123", "secret",
                "verify", Optional.empty());
    }

    @AfterEach
    void stop() {
        graph.stop(0);
    }

    private void record(HttpExchange x) throws IOException {
        received.add(new Received(x.getRequestMethod(), x.getRequestURI().getPath(),
                x.getRequestHeaders().getFirst("Authorization"),
                new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private static void respond(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Test
    void aTextIsPostedToTheNumbersMessagesWithTheBearerToken() throws Exception {
        String id = new GraphWhatsAppGateway().send(account, "+6281234567890",
                new WhatsAppGateway.Text("Laporan diterima."));
        assertThat(id).isEqualTo("wamid.SENT1");
        Received r = received.get(0);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.authorization()).isEqualTo("Bearer token-123");
        JsonNode body = Json.JSON.readTree(r.body());
        assertThat(body.path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(body.path("to").asText()).isEqualTo("6281234567890");
        assertThat(body.path("type").asText()).isEqualTo("text");
        assertThat(body.at("/text/body").asText()).isEqualTo("Laporan diterima.");
    }

    @Test
    void aTemplateCarriesItsNameLanguageAndTheTextAsItsBodyParameter() throws Exception {
        new GraphWhatsAppGateway().send(account, "+6281234567890",
                new WhatsAppGateway.Template("balai_pemberitahuan", "id", "Jawaban laporan ME-2026-000001: selesai"));
        JsonNode body = Json.JSON.readTree(received.get(0).body());
        assertThat(body.path("type").asText()).isEqualTo("template");
        assertThat(body.at("/template/name").asText()).isEqualTo("balai_pemberitahuan");
        assertThat(body.at("/template/language/code").asText()).isEqualTo("id");
        assertThat(body.at("/template/components/0/type").asText()).isEqualTo("body");
        assertThat(body.at("/template/components/0/parameters/0/text").asText())
                .isEqualTo("Jawaban laporan ME-2026-000001: selesai");
    }

    @Test
    void aRefusalIsNotSentWithTheApisReasonAndWithoutTheNumber() {
        sendStatus = 400;
        assertThatThrownBy(() -> new GraphWhatsAppGateway().send(account, "+6281234567890",
                new WhatsAppGateway.Text("Halo"))).isInstanceOf(WhatsAppNotSent.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("131047")
                .hasMessageNotContaining("6281234567890");
    }

    @Test
    void aFileIsFetchedThroughItsShortLivedUrlWithTheToken() throws Exception {
        WhatsAppGateway.Media m = new GraphWhatsAppGateway().media(account, "1003383421387256", 1000);
        assertThat(m.content()).isEqualTo(media);
        assertThat(m.mimeType()).isEqualTo("image/jpeg");
        assertThat(received).extracting(Received::path).containsExactly("/v21.0/1003383421387256",
                "/lookaside/1003383421387256");
        assertThat(received).extracting(Received::authorization).containsOnly("Bearer token-123");
    }

    @Test
    void aFileLargerThanAllowedIsNotFetched() {
        media = new byte[2000];
        assertThatThrownBy(() -> new GraphWhatsAppGateway().media(account, "1003383421387256", 1000))
                .isInstanceOf(WhatsAppNotSent.class).hasMessageContaining("larger");
        assertThatThrownBy(() -> new GraphWhatsAppGateway().media(account, "../etc", 1000))
                .isInstanceOf(WhatsAppNotSent.class);
    }
}
