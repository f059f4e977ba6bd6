package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.balai.platform.domain.PhoneNumber;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The SMS channel end to end with a real Kannel (SPIKM Pasal 5a, 5c, 8): an SMS from fakesmsc becomes a case and
 * the reply carries its tracking number; the officers handle it over the API; the answer comes out of fakesmsc to
 * the citizen's number; the tracking number by SMS tells the status, to the reporter's phone only; an unknown
 * hotline gets a helpful reply. Fails, never skips, when Kannel is not installed.
 */
class SmsKannelIT extends BalaiIT {
    private static final String HOTLINE = "082374048333";
    private static final String TOKEN = System.getProperty("balai.it.sms.inbound.token");
    /** Generous: the SMS outbox also drains what the rest of the suite queued while no Kannel listened. */
    private static final Duration WAIT = Duration.ofSeconds(180);
    private static final Pattern RECEIPT = Pattern.compile(
            "^Laporan diterima\\. No: (ME-\\d{4}-\\d{6})\\. Kode akses: ([A-Z0-9]{10})\\. .*");

    private static Kannel kannel;

    @BeforeAll
    static void startKannel() throws Exception {
        Kannel.requireInstalled();
        String getUrl = "http://127.0.0.1:" + System.getProperty("balai.it.http.port")
                + "/api/sms/kannel/inbound?from=%p&to=%P&text=%a&time=%t&token=" + TOKEN;
        kannel = Kannel.start(Path.of(System.getProperty("balai.it.kannel.dir", "target/kannel")), getUrl,
                Integer.getInteger("balai.it.kannel.sendsms.port"), System.getProperty("balai.it.kannel.username"),
                System.getProperty("balai.it.kannel.password"));
    }

    @AfterAll
    static void stopKannel() throws InterruptedException {
        if (kannel != null) {
            kannel.close();
        }
    }

    private static String somePhone() {
        return "0812" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** Sends one SMS through fakesmsc and answers the reply Kannel delivered back to the sender. */
    private static Kannel.Sms smsAndReply(String from, String to, String text) throws Exception {
        try (Kannel.FakeSmsc phone = kannel.send(from, to, text)) {
            return phone.await(m -> m.to().equals(from), WAIT);
        }
    }

    private String token(String role, String unit) {
        Map<String, String> o = officers().create("muara-enim", officers().adminToken("muara-enim"), List.of(role),
                unit);
        return officers().token("muara-enim", o.get("username"), o.get("password"));
    }

    private Response officer(String token, String id, String action, Object body) {
        RequestSpecification r = api().auth().oauth2(token).contentType(ContentType.JSON);
        return (body == null ? r : r.body(body)).post("/api/t/muara-enim/officer/complaints/" + id + "/" + action);
    }

    @Test
    void anSmsBecomesACaseAndItsAnswerGoesBackBySms() throws Exception {
        String citizen = somePhone();
        Kannel.Sms reply = smsAndReply(citizen, HOTLINE,
                "Lampu jalan di Jalan Merdeka Muara Enim padam sejak seminggu, mohon diperbaiki");
        assertThat(reply.from()).isEqualTo(HOTLINE);
        Matcher receipt = RECEIPT.matcher(reply.text());
        assertThat(receipt.matches()).as(reply.text()).isTrue();
        String tracking = receipt.group(1);

        String admin = token("CENTRAL_ADMIN", null);
        String pupr = token("AGENCY_OPERATOR", "PUPR");
        List<Map<String, Object>> items = api().auth().oauth2(admin).queryParam("size", 100)
                .get("/api/t/muara-enim/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        api().auth().oauth2(admin).get("/api/t/muara-enim/officer/complaints/" + id).then().statusCode(200)
                .body("channel", equalTo("SMS")).body("type", equalTo("COMPLAINT"))
                .body("anonymous", equalTo(false));
        officer(admin, id, "verification", Map.of()).then().statusCode(200);
        officer(admin, id, "dispatch", Map.of("units", List.of("PUPR"))).then().statusCode(200);
        officer(pupr, id, "receipt", null).then().statusCode(200);
        officer(pupr, id, "answer", Map.of("text", "Lampu diganti besok pagi.")).then().statusCode(200);
        // At an hour outside the quiet hours (21:00-07:00 WIB), so that the answer's SMS leaves at once.
        api().auth().oauth2(admin).header(Daytime.HEADER, Daytime.in(java.time.ZoneId.of("Asia/Jakarta")))
                .contentType(ContentType.JSON)
                .body(Map.of("response", "Lampu jalan diganti besok pagi oleh Dinas PUPR."))
                .post("/api/t/muara-enim/officer/complaints/" + id + "/response").then().statusCode(200)
                .body("status", equalTo("RESPONDED"));

        // SPIKM Pasal 5c: the answer goes back by SMS, from the hotline to the citizen's number.
        String citizenE164 = PhoneNumber.parse(citizen).orElseThrow().e164();
        try (Kannel.FakeSmsc centre = kannel.listen()) {
            Kannel.Sms answer = centre.await(m -> PhoneNumber.parse(m.to()).map(PhoneNumber::e164)
                    .filter(citizenE164::equals).isPresent() && m.text().contains("Jawaban laporan"), WAIT);
            assertThat(answer.from()).isEqualTo(HOTLINE);
            // The regency's name first (issue 16), then the answer and where to read the rest.
            assertThat(answer.text()).startsWith("Kabupaten Muara Enim: Jawaban laporan " + tracking
                    + ": Lampu jalan diganti besok pagi oleh Dinas PUPR.").contains("info.muaraenimkab.go.id");
        }
        // The access code from the SMS opens the web tracking too.
        api().header("X-Forwarded-For", Officers.someAddress()).queryParam("code", receipt.group(2))
                .get("/api/t/muara-enim/complaints/" + tracking).then().statusCode(200)
                .body("status", equalTo("RESPONDED"));

        assertThat(smsAndReply(citizen, HOTLINE, "cek " + tracking.toLowerCase()).text())
                .startsWith(tracking + ": Sudah dijawab. Jawaban: Lampu jalan diganti");
        // Another phone learns nothing about the case, not even that it exists.
        assertThat(smsAndReply(somePhone(), HOTLINE, tracking).text()).startsWith("Laporan tidak ditemukan");
        assertThat(smsAndReply(somePhone(), HOTLINE, "STATUS ME-2020-999999").text())
                .startsWith("Laporan tidak ditemukan");
    }

    @Test
    void anSmsToAnUnknownHotlineOrWithoutAReportGetsAHelpfulReply() throws Exception {
        assertThat(smsAndReply(somePhone(), "081199990000", "Jalan di desa kami rusak berat").text())
                .contains("belum terdaftar");
        assertThat(smsAndReply(somePhone(), HOTLINE, "info").text()).startsWith("Layanan pengaduan")
                .contains("ME-2026-000123");
    }

    @Test
    void onlyTheGatewayMayCallTheInboundAddress() {
        Map<String, String> sms = Map.of("from", somePhone(), "to", HOTLINE, "text", "bantuan");
        api().queryParams(sms).queryParam("token", "salah").get("/api/sms/kannel/inbound").then().statusCode(403)
                .contentType(ContentType.JSON).body("code", equalTo("SMS_GATEWAY_NOT_ALLOWED"));
        api().queryParams(sms).get("/api/sms/kannel/inbound").then().statusCode(403);
        // The right token from an address that is not the gateway's.
        api().header("X-Forwarded-For", Officers.someAddress()).queryParams(sms).queryParam("token", TOKEN)
                .get("/api/sms/kannel/inbound").then().statusCode(403);
        api().queryParams(sms).queryParam("token", TOKEN).get("/api/sms/kannel/inbound").then().statusCode(200)
                .contentType(ContentType.TEXT);
    }
}
