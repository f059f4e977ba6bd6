package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import id.balai.notifications.domain.WhatsAppSignature;
import id.balai.platform.infrastructure.Json;
import id.balai.support.SampleFiles;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The WhatsApp channel end to end (SPIKM Pasal 5a, 8), against recorded Cloud API webhook deliveries (signed as Meta
 * signs them) and a local HTTP server standing in for the Graph API (media download and send endpoint), which
 * records what it receives: Meta itself cannot be reached from the build machines. Muara Enim's test tenant file
 * points its WhatsApp number at the stand-in (server/pom.xml); Luwu Timur has no WhatsApp number.
 */
class WhatsAppIT extends BalaiIT {
    private static final String WEBHOOK = "/api/whatsapp/muara-enim/webhook";
    private static final String NUMBER_ID = "106540352242922";
    private static final String SECRET = System.getProperty("balai.it.whatsapp.app.secret");
    private static final String VERIFY = System.getProperty("balai.it.whatsapp.verify.token");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern RECEIPT = Pattern.compile(
            "^Laporan diterima\\. No: (ME-\\d{4}-\\d{6})\\. Kode akses: ([A-Z0-9]{10})\\. .*");

    /** A request the stand-in received: its path, bearer token and body. */
    private record Sent(String path, String authorization, JsonNode body) {
        String to() {
            return body.path("to").asText();
        }

        String text() {
            return "template".equals(body.path("type").asText())
                    ? body.at("/template/components/0/parameters/0/text").asText()
                    : body.at("/text/body").asText();
        }
    }

    private static HttpServer graph;
    private static final List<Sent> sent = new CopyOnWriteArrayList<>();
    private static final List<String> mediaFetched = new CopyOnWriteArrayList<>();
    private static final byte[] PHOTO = SampleFiles.phonePhoto();

    @BeforeAll
    static void startGraphStandIn() throws IOException {
        int port = Integer.getInteger("balai.it.whatsapp.graph.port");
        graph = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        graph.createContext("/v21.0/" + NUMBER_ID + "/messages", x -> {
            JsonNode body = Json.JSON.readTree(x.getRequestBody().readAllBytes());
            sent.add(new Sent(x.getRequestURI().getPath(), x.getRequestHeaders().getFirst("Authorization"), body));
            respond(x, "application/json", ("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT"
                    + UUID.randomUUID() + "\"}]}").getBytes(StandardCharsets.UTF_8));
        });
        graph.createContext("/v21.0/", x -> {
            String id = x.getRequestURI().getPath().substring("/v21.0/".length());
            mediaFetched.add(id + " " + x.getRequestHeaders().getFirst("Authorization"));
            respond(x, "application/json", ("{\"url\":\"http://127.0.0.1:" + port + "/lookaside/" + id
                    + "\",\"mime_type\":\"image/jpeg\",\"file_size\":" + PHOTO.length + ",\"id\":\"" + id + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
        });
        graph.createContext("/lookaside/", x -> respond(x, "image/jpeg", PHOTO));
        graph.start();
    }

    @AfterAll
    static void stopGraphStandIn() {
        if (graph != null) {
            graph.stop(0);
        }
    }

    private static void respond(HttpExchange x, String type, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(200, body.length);
        x.getResponseBody().write(body);
        x.close();
    }

    private static byte[] recorded(String name) throws IOException {
        try (InputStream in = WhatsAppIT.class.getResourceAsStream("/whatsapp/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A recorded delivery with another sender, message id, time and (for a text) body, as Meta would send it. */
    private static byte[] delivery(String name, String from, String wamid, Instant at, String text)
            throws IOException {
        JsonNode root = Json.JSON.readTree(recorded(name));
        for (JsonNode m : root.at("/entry/0/changes/0/value/messages")) {
            ObjectNode o = (ObjectNode) m;
            o.put("from", from).put("id", wamid).put("timestamp", Long.toString(at.getEpochSecond()));
            if (text != null) {
                ((ObjectNode) o.path("text")).put("body", text);
            }
        }
        return Json.JSON.writeValueAsBytes(root);
    }

    private Response post(String path, byte[] body, String signature) {
        var r = api().contentType(ContentType.JSON).body(body);
        return (signature == null ? r : r.header(WhatsAppSignature.HEADER, signature)).post(path);
    }

    private Response deliver(byte[] body) {
        return post(WEBHOOK, body, WhatsAppSignature.sign(SECRET, body));
    }

    private static String somePhone() {
        return "62812" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    private static String wamid() {
        return "wamid.IT" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The first message the stand-in received for this number, waiting for the sender job. */
    private static Sent awaitSent(String to, Predicate<Sent> which) throws InterruptedException {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            Optional<Sent> s = sent.stream().filter(m -> m.to().equals(to)).filter(which).findFirst();
            if (s.isPresent()) {
                return s.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No WhatsApp message to " + to + " reached the stand-in within " + WAIT);
    }

    private static long sentTo(String to) {
        return sent.stream().filter(m -> m.to().equals(to)).count();
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection c = Db.asSuperuser(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String channelOf(String tracking) throws SQLException {
        try (Connection c = Db.asSuperuser(); PreparedStatement st = c.prepareStatement(
                "select channel from complaint where tenant_id = 'muara-enim' and tracking_number = ?")) {
            st.setString(1, tracking);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void theSubscriptionHandshakeEchoesTheChallengeOnlyForTheVerifyToken() {
        api().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", VERIFY)
                .queryParam("hub.challenge", "1158201444").get(WEBHOOK).then().statusCode(200)
                .contentType(ContentType.TEXT).body(equalTo("1158201444"));
        api().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "salah")
                .queryParam("hub.challenge", "1158201444").get(WEBHOOK).then().statusCode(403)
                .body("code", equalTo("WHATSAPP_VERIFY_TOKEN_WRONG"));
        api().queryParam("hub.mode", "unsubscribe").queryParam("hub.verify_token", VERIFY)
                .queryParam("hub.challenge", "1158201444").get(WEBHOOK).then().statusCode(403);
        api().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", VERIFY)
                .queryParam("hub.challenge", "<script>").get(WEBHOOK).then().statusCode(403);
    }

    @Test
    void aRegencyWithoutWhatsAppAnswers404AndTakesNoOtherRegencysDelivery() throws IOException {
        byte[] body = recorded("text.json");
        String signature = new String(recorded("text.json.signature"), StandardCharsets.UTF_8).strip();
        for (String slug : List.of("luwu-timur", "luwu-utara", "tidak-ada")) {
            String path = "/api/whatsapp/" + slug + "/webhook";
            api().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", VERIFY)
                    .queryParam("hub.challenge", "1").get(path).then().statusCode(404)
                    .body("code", equalTo("WHATSAPP_NOT_CONFIGURED"));
            post(path, body, signature).then().statusCode(404).body("code", equalTo("WHATSAPP_NOT_CONFIGURED"));
        }
    }

    /**
     * The recorded delivery exactly as Meta signed it. Its message was written long ago, so the citizen's 24-hour
     * window is closed: the reply goes as the tenant's approved template, the text as its parameter.
     */
    @Test
    void theRecordedTextWithItsSignatureBecomesACaseAndOutsideTheWindowTheReplyIsTheTemplate() throws Exception {
        byte[] body = recorded("text.json");
        String signature = new String(recorded("text.json.signature"), StandardCharsets.UTF_8).strip();
        post(WEBHOOK, body, signature).then().statusCode(200).body("messages", equalTo(1));

        Sent reply = awaitSent("6281234567890", m -> true);
        assertThat(reply.authorization()).isEqualTo("Bearer balai-it-throwaway-graph-token");
        assertThat(reply.body().path("messaging_product").asText()).isEqualTo("whatsapp");
        assertThat(reply.body().path("type").asText()).isEqualTo("template");
        assertThat(reply.body().at("/template/name").asText()).isEqualTo("balai_pemberitahuan");
        assertThat(reply.body().at("/template/language/code").asText()).isEqualTo("id");
        Matcher receipt = RECEIPT.matcher(reply.text());
        assertThat(receipt.matches()).as(reply.text()).isTrue();
        assertThat(channelOf(receipt.group(1))).isEqualTo("WHATSAPP");
    }

    @Test
    void aFreshTextIsACaseRepliedToAsTextAndOnlyTheReportersNumberLearnsItsStatus() throws Exception {
        String citizen = somePhone();
        deliver(delivery("text.json", citizen, wamid(), Instant.now(), "Lampu jalan di Jalan Merdeka padam sejak "
                + "seminggu, mohon diperbaiki")).then().statusCode(200).body("messages", equalTo(1));
        Sent reply = awaitSent(citizen, m -> true);
        assertThat(reply.body().path("type").asText()).isEqualTo("text");
        Matcher receipt = RECEIPT.matcher(reply.text());
        assertThat(receipt.matches()).as(reply.text()).isTrue();
        String tracking = receipt.group(1);
        assertThat(channelOf(tracking)).isEqualTo("WHATSAPP");
        // The access code in the reply opens the web tracking.
        api().header("X-Forwarded-For", Officers.someAddress()).queryParam("code", receipt.group(2))
                .get("/api/t/muara-enim/complaints/" + tracking).then().statusCode(200)
                .body("status", equalTo("RECEIVED"));

        deliver(delivery("text.json", citizen, wamid(), Instant.now(), "cek " + tracking.toLowerCase()))
                .then().statusCode(200);
        assertThat(awaitSent(citizen, m -> m.text().startsWith(tracking + ":")).text())
                .startsWith(tracking + ": Diterima");

        // Another number learns nothing about the case, not even that it exists.
        String stranger = somePhone();
        deliver(delivery("text.json", stranger, wamid(), Instant.now(), tracking)).then().statusCode(200);
        Sent answer = awaitSent(stranger, m -> true);
        assertThat(answer.text()).startsWith("Laporan tidak ditemukan").doesNotContain("Diterima");
    }

    /** SPIKM Pasal 5c: the answer to a case received by WhatsApp goes back by WhatsApp. */
    @Test
    void theAnswerToAWhatsAppCaseGoesBackByWhatsApp() throws Exception {
        String citizen = somePhone();
        deliver(delivery("text.json", citizen, wamid(), Instant.now(), "Saluran air di Jalan Sudirman tersumbat "
                + "sampah, air meluap ke jalan")).then().statusCode(200);
        Matcher receipt = RECEIPT.matcher(awaitSent(citizen, m -> true).text());
        assertThat(receipt.matches()).isTrue();
        String tracking = receipt.group(1);

        Map<String, String> a = officers().create("muara-enim", officers().adminToken("muara-enim"),
                List.of("CENTRAL_ADMIN"), null);
        String admin = officers().token("muara-enim", a.get("username"), a.get("password"));
        Map<String, String> p = officers().create("muara-enim", officers().adminToken("muara-enim"),
                List.of("AGENCY_OPERATOR"), "PUPR");
        String pupr = officers().token("muara-enim", p.get("username"), p.get("password"));
        String id = api().auth().oauth2(admin).queryParam("size", 100).get("/api/t/muara-enim/officer/complaints")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst().map(i -> (String) i.get("id"))
                .orElseThrow();
        String base = "/api/t/muara-enim/officer/complaints/" + id + "/";
        api().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of()).post(base + "verification")
                .then().statusCode(200);
        api().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("units", List.of("PUPR")))
                .post(base + "dispatch").then().statusCode(200);
        api().auth().oauth2(pupr).contentType(ContentType.JSON).post(base + "receipt").then().statusCode(200);
        api().auth().oauth2(pupr).contentType(ContentType.JSON).body(Map.of("text", "Dibersihkan besok."))
                .post(base + "answer").then().statusCode(200);
        // Outside the quiet hours (21:00-07:00 WIB), so that the answer leaves at once.
        api().auth().oauth2(admin).header(Daytime.HEADER, Daytime.in(java.time.ZoneId.of("Asia/Jakarta")))
                .contentType(ContentType.JSON)
                .body(Map.of("response", "Saluran dibersihkan besok pagi oleh Dinas PUPR."))
                .post(base + "response").then().statusCode(200).body("status", equalTo("RESPONDED"));

        // The whole answer, not cut to two SMS, after the regency's name, with the tracking link.
        Sent answer = awaitSent(citizen, m -> m.text().contains("Jawaban atas laporan " + tracking));
        assertThat(answer.body().path("type").asText()).isEqualTo("text");
        assertThat(answer.text()).startsWith("Kabupaten Muara Enim\n\n")
                .contains("Saluran dibersihkan besok pagi oleh Dinas PUPR.")
                .contains("/muara-enim/lacak?nomor=" + tracking);
    }

    @Test
    void aPhotoWithItsCaptionBecomesACaseWithThePhotoAttached() throws Exception {
        String citizen = somePhone();
        String id = wamid();
        deliver(delivery("image.json", citizen, id, Instant.now(), null)).then().statusCode(200)
                .body("messages", equalTo(1));
        Matcher receipt = RECEIPT.matcher(awaitSent(citizen, m -> true).text());
        assertThat(receipt.matches()).isTrue();
        assertThat(mediaFetched).contains("1003383421387256 Bearer balai-it-throwaway-graph-token");

        api().header("X-Forwarded-For", Officers.someAddress()).queryParam("code", receipt.group(2))
                .get("/api/t/muara-enim/complaints/" + receipt.group(1)).then().statusCode(200)
                .body("description", equalTo("Sampah menumpuk di pinggir Sungai Enim dekat pasar"))
                .body("attachments.size()", equalTo(1)).body("attachments[0].mediaType", equalTo("image/jpeg"));
        byte[] served = api().header("X-Forwarded-For", Officers.someAddress()).queryParam("code", receipt.group(2))
                .get("/api/t/muara-enim/complaints/" + receipt.group(1) + "/attachments/1").then().statusCode(200)
                .extract().asByteArray();
        assertThat(SampleFiles.hasExif(served)).as("the photo's EXIF is gone, as for any attachment").isFalse();
    }

    @Test
    void aRedeliveredMessageIsHandledOnce() throws Exception {
        String citizen = somePhone();
        String id = wamid();
        String text = "Jembatan gantung di Desa Lubai " + UUID.randomUUID() + " putus sebelah";
        // One delivery carrying the message twice, then the same delivery again (Meta retries until it gets a 200).
        byte[] body = delivery("duplicate-delivery.json", citizen, id, Instant.now(), text);
        deliver(body).then().statusCode(200).body("messages", equalTo(2));
        deliver(body).then().statusCode(200);

        awaitSent(citizen, m -> true);
        assertThat(count("select count(*) from complaint where tenant_id = 'muara-enim' and description = ?", text))
                .isEqualTo(1);
        assertThat(count("select count(*) from whatsapp_inbound where tenant_id = 'muara-enim' and wamid = ?", id))
                .isEqualTo(1);
        assertThat(count("select count(*) from whatsapp_outbox where tenant_id = 'muara-enim' and subject_id = ?",
                id)).isEqualTo(1);
        Thread.sleep(4000);
        assertThat(sentTo(citizen)).isEqualTo(1);
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedAndNothingIsStored() throws Exception {
        String citizen = somePhone();
        String id = wamid();
        String text = "Pungutan liar di kantor desa " + UUID.randomUUID();
        byte[] body = delivery("text.json", citizen, id, Instant.now(), text);
        List<Response> refused = new ArrayList<>();
        refused.add(post(WEBHOOK, body, null));
        refused.add(post(WEBHOOK, body, WhatsAppSignature.sign("another-secret", body)));
        refused.add(post(WEBHOOK, body, WhatsAppSignature.sign(SECRET, recorded("text.json"))));
        refused.add(post(WEBHOOK, body, "sha256=nothex"));
        refused.get(0).then().statusCode(401).body("code", equalTo("WHATSAPP_SIGNATURE_MISSING"))
                .body("message.id", equalTo("Kiriman webhook WhatsApp tanpa tanda tangan X-Hub-Signature-256."))
                .body("message.en", equalTo("The WhatsApp webhook delivery has no X-Hub-Signature-256 signature."));
        for (Response r : refused.subList(1, refused.size())) {
            r.then().statusCode(401).body("code", equalTo("WHATSAPP_SIGNATURE_INVALID"));
        }
        assertThat(count("select count(*) from whatsapp_inbound where wamid = ?", id)).isZero();
        assertThat(count("select count(*) from complaint where description = ?", text)).isZero();
        Thread.sleep(4000);
        assertThat(sentTo(citizen)).isZero();
    }

    @Test
    void aStatusCallbackOrAnotherNumbersDeliveryStoresNothing() throws Exception {
        byte[] status = recorded("status-callback.json");
        post(WEBHOOK, status, new String(recorded("status-callback.json.signature"), StandardCharsets.UTF_8).strip())
                .then().statusCode(200).body("messages", equalTo(0));

        String id = wamid();
        JsonNode other = Json.JSON.readTree(delivery("text.json", somePhone(), id, Instant.now(), null));
        ((ObjectNode) other.at("/entry/0/changes/0/value/metadata")).put("phone_number_id", "999999999999999");
        deliver(Json.JSON.writeValueAsBytes(other)).then().statusCode(200).body("messages", equalTo(0));
        assertThat(count("select count(*) from whatsapp_inbound where wamid = ?", id)).isZero();

        byte[] junk = "{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8);
        deliver(junk).then().statusCode(400).body("code", equalTo("WHATSAPP_PAYLOAD_INVALID"));
    }
}
