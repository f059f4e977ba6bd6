package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import id.balai.support.SampleFiles;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * Every citizen hears back on the channel they chose (issue 16 item 1; SPIKM Pasal 5c and 7d): a web reporter with an
 * e-mail address gets a message at each step through a real SMTP server (GreenMail), an SMS reporter by SMS, a
 * reporter who chose nothing gets nothing, and an anonim reporter is reached without the agency seeing who they are.
 * Also the answers to a clarification from the tracking page (with a photo) and by SMS (item 2).
 */
class CitizenNotificationsIT extends BalaiIT {
    private static final String T = "luwu-timur";
    private static final String HOTLINE_ME = "082374048333";
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String AT = "X-Balai-Test-Instant";
    @RegisterExtension
    static final GreenMailExtension SMTP = MailCatcher.forClass();

    private String token(String tenant, String role, String unit) {
        Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), List.of(role), unit);
        return officers().token(tenant, o.get("username"), o.get("password"));
    }

    private Response submit(String tenant, Map<String, Object> body) {
        return api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + tenant + "/complaints");
    }

    private static Map<String, Object> report(Map<String, Object> reporter, boolean anonymous) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", "Irigasi sawah tersumbat",
                "description", "Saluran irigasi di desa kami tersumbat sejak bulan lalu, sawah kering.", "category",
                "PERTANIAN", "anonymous", anonymous));
        if (reporter != null) {
            body.put("reporter", reporter);
        }
        return body;
    }

    private String idOf(String tenant, String admin, String tracking) {
        List<Map<String, Object>> items = api().auth().oauth2(admin).queryParam("size", 100)
                .get("/api/t/" + tenant + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private Response step(String tenant, String token, String id, String action, Object body) {
        return api().auth().oauth2(token).contentType(ContentType.JSON).body(body == null ? Map.of() : body)
                .post("/api/t/" + tenant + "/officer/complaints/" + id + "/" + action);
    }

    /** The messages to {@code address} whose subject contains {@code phrase}, waiting up to 30 s for {@code n}. */
    private static List<MimeMessage> mailsTo(String address, Predicate<String> subject, int n) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            found.clear();
            for (MimeMessage m : SMTP.getReceivedMessages()) {
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
                        && subject.test(m.getSubject())) {
                    found.add(m);
                }
            }
            if (found.size() >= n) {
                return found;
            }
            Thread.sleep(100);
        }
        return found;
    }

    private static MimeMessage oneMail(String address, String phrase) throws Exception {
        List<MimeMessage> m = mailsTo(address, s -> s.contains(phrase), 1);
        assertThat(m).as("a mail to %s about '%s'", address, phrase).hasSize(1);
        return m.get(0);
    }

    private static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    }

    private static List<String> rows(String sql, Object... params) throws Exception {
        try (Connection c = Db.asSuperuser(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    @Test
    void aWebReporterWithAnEmailAddressHearsOfEveryStepAndCanStop() throws Exception {
        String email = "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        String admin = token(T, "CENTRAL_ADMIN", null);
        String distan = token(T, "AGENCY_OPERATOR", "DISTAN");
        Response r = submit(T, report(Map.of("name", "Siti Aminah", "email", email), false));
        r.then().statusCode(201);
        String tracking = r.path("trackingNumber");
        String code = r.path("accessCode");
        String id = idOf(T, admin, tracking);

        // Received: the tracking number and the access code, both languages, the regency's name, a way to stop.
        MimeMessage received = oneMail(email, "diterima");
        String text = body(received);
        assertThat(received.getSubject()).contains("Kabupaten Luwu Timur").contains(tracking);
        assertThat(text).contains("Nomor laporan: " + tracking).contains("Kode akses: " + code)
                .contains("Tracking number: " + tracking).contains("/luwu-timur/lacak?nomor=" + tracking)
                .contains("/luwu-timur/berhenti/").doesNotContain("{{kode-akses}}");
        assertThat(received.getHeader("List-Unsubscribe")[0]).contains("/api/t/luwu-timur/notifications/unsubscribe/");
        assertThat(received.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        // The access code left with the message and is not kept in the outbox.
        assertThat(rows("select coalesce(secret, '') || body from mail_outbox where tenant_id = ? and subject_id = ?",
                T, id)).noneMatch(b -> b.contains(code));

        // Clarification: the question and a link to answer.
        step(T, admin, id, "clarification-request", Map.of("question", "Di desa mana saluran itu?")).then()
                .statusCode(200);
        assertThat(body(oneMail(email, "penjelasan"))).contains("Di desa mana saluran itu?")
                .contains("/luwu-timur/lacak?nomor=" + tracking);

        // The reporter answers on the tracking page with a photo: back in the central administrator's queue.
        api().header("X-Forwarded-For", Officers.someAddress())
                .multiPart("clarification", "c.json", ("{\"code\":\"" + code
                        + "\",\"text\":\"Desa Wonorejo, dekat balai desa.\"}").getBytes(StandardCharsets.UTF_8),
                        "application/json")
                .multiPart("attachments", "saluran.png", SampleFiles.png(), "image/png")
                .post("/api/t/" + T + "/complaints/" + tracking + "/clarification").then().statusCode(200)
                .body("status", equalTo("RECEIVED"));
        api().auth().oauth2(admin).get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("attachments.fileName", hasItem("saluran.png"))
                .body("history.action", hasItem("CLARIFIED"))
                .body("history.find { it.action == 'CLARIFIED' }.note",
                        equalTo("Desa Wonorejo, dekat balai desa. (+1 foto/berkas)"));
        api().auth().oauth2(admin).queryParam("status", "RECEIVED").queryParam("size", 100)
                .get("/api/t/" + T + "/officer/complaints").then().statusCode(200)
                .body("items.trackingNumber", hasItem(tracking));

        // Verified and dispatched: the agency by name.
        step(T, admin, id, "verification", null).then().statusCode(200);
        step(T, admin, id, "dispatch", null).then().statusCode(200);
        assertThat(body(oneMail(email, "diteruskan"))).contains("Dinas Pertanian");

        // Published, then answered: the answer itself and the public link.
        step(T, distan, id, "receipt", null).then().statusCode(200);
        step(T, distan, id, "answer", Map.of("text", "Saluran dibersihkan pekan ini.")).then().statusCode(200);
        step(T, admin, id, "publication", Map.of("title", "Irigasi sawah tersumbat", "text",
                "Saluran irigasi di desa tersumbat sejak bulan lalu.", "publicAttachments", List.of(), "reason",
                "Layak dipublikasikan")).then().statusCode(200);
        assertThat(body(oneMail(email, "Tampilan publik"))).contains("/luwu-timur/laporan/" + tracking);
        step(T, admin, id, "response", Map.of("response", "Saluran irigasi Wonorejo dibersihkan Dinas Pertanian."))
                .then().statusCode(200);
        assertThat(body(oneMail(email, "Jawaban atas laporan"))).contains(
                "Saluran irigasi Wonorejo dibersihkan Dinas Pertanian.").contains("/luwu-timur/laporan/" + tracking);

        // Closed by the clock after the auto-close period: a request to rate. Told once, however often it runs.
        String later = ZonedDateTime.now(WITA).plusDays(40).withHour(10).toOffsetDateTime().toString();
        api().auth().oauth2(admin).header(AT, later).post("/api/t/" + T + "/officer/complaints/clock-runs").then()
                .statusCode(200);
        api().auth().oauth2(admin).header(AT, later).post("/api/t/" + T + "/officer/complaints/clock-runs").then()
                .statusCode(200);
        String closing = body(oneMail(email, "selesai"));
        assertThat(closing).contains("beri nilai 1 sampai 5 untuk penanganannya di ").contains("rate its handling")
                .contains("/luwu-timur/lacak?nomor=" + tracking);
        Thread.sleep(1500);
        assertThat(mailsTo(email, s -> s.contains("selesai"), 2)).hasSize(1);

        // Every message is recorded, sent once.
        assertThat(rows("select count(*) from mail_outbox where tenant_id = ? and subject_id = ? and sent_at is not null",
                T, id)).containsExactly("6");

        // The unsubscribe link: reading it changes nothing, the one-click POST stops e-mails about this case.
        String link = received.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        String path = link.substring(link.indexOf("/api/"));
        api().get(path).then().statusCode(200).body("reference", equalTo(tracking)).body("channel", equalTo("EMAIL"))
                .body("active", equalTo(true));
        api().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(path).then()
                .statusCode(200).body("active", equalTo(false));
        api().get(path).then().statusCode(200).body("active", equalTo(false));
        // The officers see that the reporter stopped, never where the messages went.
        String caseJson = api().auth().oauth2(admin).get("/api/t/" + T + "/officer/complaints/" + id).then()
                .statusCode(200).body("news[0].channel", equalTo("EMAIL")).body("news[0].active", equalTo(false))
                .extract().asString();
        assertThat(caseJson).doesNotContain(email);
        // Another regency knows no such link.
        api().get(path.replace("/t/luwu-timur/", "/t/muara-enim/")).then().statusCode(404)
                .body("code", equalTo("UNSUBSCRIBE_LINK_UNKNOWN"));
        // After it, a change of the public version is not mailed (it would be, see above), nor queued.
        step(T, admin, id, "publication/withdrawal", Map.of("reason", "Diminta ditarik oleh perangkat desa")).then()
                .statusCode(200);
        Thread.sleep(2000);
        assertThat(mailsTo(email, s -> s.contains("Tampilan publik"), 2)).hasSize(1);
        assertThat(rows("select count(*) from mail_outbox where tenant_id = ? and subject_id = ?", T, id))
                .containsExactly("6");
    }

    @Test
    void aReporterWhoChoseNoNewsGetsNoneAndAnAnonimReporterIsReachedWithoutTheAgencySeeingWho() throws Exception {
        String admin = token(T, "CENTRAL_ADMIN", null);
        String distan = token(T, "AGENCY_OPERATOR", "DISTAN");
        String quiet = "diam-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Map<String, Object> none = report(Map.of("email", quiet), false);
        none.put("notifyBy", "NONE");
        Response r = submit(T, none);
        r.then().statusCode(201);
        String silent = idOf(T, admin, r.path("trackingNumber"));

        String hidden = "anonim-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Response a = submit(T, report(Map.of("name", "Rahasia Sekali", "email", hidden), true));
        a.then().statusCode(201);
        String tracking = a.path("trackingNumber");
        String id = idOf(T, admin, tracking);
        for (String c : List.of(silent, id)) {
            step(T, admin, c, "verification", null).then().statusCode(200);
            step(T, admin, c, "dispatch", null).then().statusCode(200);
        }
        // The anonim reporter hears that the agency has it...
        assertThat(body(oneMail(hidden, "diteruskan"))).contains("Dinas Pertanian");
        // ... and the agency sees no identity anywhere: not on the case, not through the identity endpoint.
        String seen = api().auth().oauth2(distan).get("/api/t/" + T + "/officer/complaints/" + id).then()
                .statusCode(200).extract().asString();
        assertThat(seen).doesNotContain(hidden).doesNotContain("Rahasia Sekali");
        api().auth().oauth2(distan).queryParam("purpose", "Menghubungi pelapor")
                .get("/api/t/" + T + "/officer/complaints/" + id + "/reporter").then().statusCode(403);

        // The reporter who chose no news got nothing, and nothing waits for them.
        assertThat(mailsTo(quiet, s -> true, 1)).isEmpty();
        assertThat(rows("select count(*) from mail_outbox where tenant_id = ? and subject_id = ?", T, silent))
                .containsExactly("0");
        assertThat(rows("select count(*) from sms_outbox where tenant_id = ? and subject_id = ?", T, silent))
                .containsExactly("0");

        // A choice the form cannot keep is refused before anything is stored.
        Map<String, Object> noPhone = report(Map.of("email", quiet), false);
        noPhone.put("notifyBy", "SMS");
        submit(T, noPhone).then().statusCode(400).body("code", equalTo("NOTIFY_CONTACT_MISSING"))
                .body("field", equalTo("notifyBy"));
        Map<String, Object> unknown = report(Map.of("email", quiet), false);
        unknown.put("notifyBy", "MERPATI");
        submit(T, unknown).then().statusCode(400).body("code", equalTo("INVALID_NOTIFY_BY"));
    }

    @Test
    void anSmsReporterHearsBySmsAndAnswersAQuestionBySms() throws Exception {
        String from = "0813" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Map<String, String> sms = SmsIn.of(from, HOTLINE_ME,
                "Lampu jalan di depan pasar Muara Enim padam sejak dua minggu, gelap sekali.");
        String reply = api().queryParams(sms).get("/api/sms/kannel/inbound").then().statusCode(200).extract()
                .asString();
        Matcher m = Pattern.compile("ME-\\d{4}-\\d{6}").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        String tracking = m.group();
        String admin = token("muara-enim", "CENTRAL_ADMIN", null);
        String id = idOf("muara-enim", admin, tracking);

        api().auth().oauth2(admin).header(AT, Daytime.in(ZoneId.of("Asia/Jakarta"))).contentType(ContentType.JSON)
                .body(Map.of("question", "Pasar yang mana, dan sejak tanggal berapa?"))
                .post("/api/t/muara-enim/officer/complaints/" + id + "/clarification-request").then().statusCode(200);
        List<String> texts = rows("select text from sms_outbox where tenant_id = 'muara-enim' and subject_id = ? "
                + "order by created_at", id);
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("Kabupaten Muara Enim: Laporan " + tracking
                + " perlu penjelasan Anda: Pasar yang mana").contains("JAWAB " + tracking));

        // A plain reply answers the one question waiting; the gateway's redelivery of it changes nothing.
        sms.put("text", "Pasar Inpres, sejak tanggal 20 bulan lalu.");
        sms.put("time", Instant.now().toString());
        assertThat(api().queryParams(sms).get("/api/sms/kannel/inbound").then().statusCode(200).extract().asString())
                .startsWith("Penjelasan Anda untuk laporan " + tracking + " diterima");
        assertThat(api().queryParams(sms).get("/api/sms/kannel/inbound").then().statusCode(200).extract().asString())
                .startsWith("Penjelasan Anda untuk laporan " + tracking + " diterima");
        api().auth().oauth2(admin).get("/api/t/muara-enim/officer/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("history.findAll { it.action == 'CLARIFIED' }.note",
                        equalTo(List.of("Pasar Inpres, sejak tanggal 20 bulan lalu.")));
        assertThat(rows("select count(*) from complaint where tenant_id = 'muara-enim' and reporter_id = "
                + "(select reporter_id from complaint where id = ?::uuid)", id)).containsExactly("1");

        // JAWAB with nothing waiting learns nothing; dispatching tells the reporter by SMS, naming the agency.
        sms.put("text", "JAWAB " + tracking + " tambahan lagi");
        sms.put("time", Instant.now().toString());
        assertThat(api().queryParams(sms).get("/api/sms/kannel/inbound").then().statusCode(200).extract().asString())
                .startsWith("Tidak ada laporan Anda yang menunggu penjelasan");
        api().auth().oauth2(admin).header(AT, Daytime.in(ZoneId.of("Asia/Jakarta"))).contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/t/muara-enim/officer/complaints/" + id + "/verification").then().statusCode(200);
        api().auth().oauth2(admin).header(AT, Daytime.in(ZoneId.of("Asia/Jakarta"))).contentType(ContentType.JSON)
                .body(Map.of("units", List.of("PUPR")))
                .post("/api/t/muara-enim/officer/complaints/" + id + "/dispatch").then().statusCode(200);
        assertThat(rows("select text from sms_outbox where tenant_id = 'muara-enim' and subject_id = ? "
                + "order by created_at", id)).anySatisfy(t -> assertThat(t).contains("diteruskan kepada Dinas "));

        // The answer itself by SMS, then the closing with the page to rate it on.
        String pupr = token("muara-enim", "AGENCY_OPERATOR", "PUPR");
        step("muara-enim", pupr, id, "receipt", null).then().statusCode(200);
        step("muara-enim", pupr, id, "answer", Map.of("text", "Lampu diganti hari ini.")).then().statusCode(200);
        step("muara-enim", admin, id, "response", Map.of("response", "Lampu jalan Pasar Inpres sudah diganti."))
                .then().statusCode(200);
        String later = ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(40).withHour(10).toOffsetDateTime()
                .toString();
        api().auth().oauth2(admin).header(AT, later).post("/api/t/muara-enim/officer/complaints/clock-runs").then()
                .statusCode(200);
        List<String> all = rows("select text from sms_outbox where tenant_id = 'muara-enim' and subject_id = ? "
                + "order by created_at", id);
        assertThat(all).anySatisfy(t -> assertThat(t).contains("Lampu jalan Pasar Inpres sudah diganti."));
        assertThat(all).anySatisfy(t -> assertThat(t).startsWith("Kabupaten Muara Enim: Laporan " + tracking
                + " selesai. Beri nilai 1-5 di ").contains("/muara-enim/lacak?nomor=" + tracking));
        // No e-mail for a reporter who has only a phone.
        assertThat(rows("select count(*) from mail_outbox where tenant_id = 'muara-enim' and subject_id = ?", id))
                .containsExactly("0");
    }

    @Test
    void anSmsDecidedInTheQuietHoursWaitsForTheMorning() throws Exception {
        String admin = token(T, "CENTRAL_ADMIN", null);
        Response r = submit(T, report(Map.of("phone", "0813" + (10_000_000 + (int) (Math.random() * 89_999_999))),
                false));
        r.then().statusCode(201);
        String id = idOf(T, admin, r.path("trackingNumber"));
        // 22:30 WITA tomorrow: the question's SMS leaves at 07:00 WITA the day after.
        LocalDate tomorrow = LocalDate.now(WITA).plusDays(1);
        String night = tomorrow.atTime(22, 30).atZone(WITA).toOffsetDateTime().toString();
        api().auth().oauth2(admin).header(AT, night).contentType(ContentType.JSON)
                .body(Map.of("question", "Di dusun mana saluran itu?"))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/clarification-request").then().statusCode(200);
        try (Connection c = Db.asSuperuser(); PreparedStatement ps = c.prepareStatement(
                "select next_attempt_at from sms_outbox where tenant_id = ? and subject_id = ? and text like ?")) {
            ps.setString(1, T);
            ps.setString(2, id);
            ps.setString(3, "%Di dusun mana%");
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Timestamp at = rs.getTimestamp(1);
                assertThat(at.toInstant()).isEqualTo(tomorrow.plusDays(1).atTime(7, 0).atZone(WITA).toInstant());
            }
        }
    }

    @Test
    void aRefusedReporterHearsWhyInBothLanguages() throws Exception {
        String email = "ditolak-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        String admin = token(T, "CENTRAL_ADMIN", null);
        Response r = submit(T, report(Map.of("name", "Andi Wijaya", "email", email), false));
        r.then().statusCode(201);
        String tracking = r.path("trackingNumber");
        String id = idOf(T, admin, tracking);
        oneMail(email, "diterima");

        // The central administrator refuses it (SPIKM Pasal 7d): the reporter is told so, and why, in both languages.
        step(T, admin, id, "rejection", Map.of("reason", "NOT_REGENCY_MATTER", "note", "Jalan provinsi")).then()
                .statusCode(200).body("status", equalTo("REJECTED"));
        MimeMessage refused = oneMail(email, "tidak dapat diproses");
        assertThat(refused.getSubject()).contains("Kabupaten Luwu Timur").contains("Laporan " + tracking
                + " tidak dapat diproses").contains("Report " + tracking + " cannot be processed");
        assertThat(body(refused))
                .contains("Laporan " + tracking + " tidak dapat diproses karena bukan kewenangan pemerintah kabupaten.")
                .contains("Report " + tracking + " cannot be processed because it is not a matter for the regency "
                        + "government.")
                .contains("/luwu-timur/lacak?nomor=" + tracking).contains("/luwu-timur/berhenti/");
        assertThat(refused.getHeader("List-Unsubscribe")[0]).contains("/api/t/luwu-timur/notifications/unsubscribe/");
        assertThat(rows("select count(*) from mail_outbox where tenant_id = ? and subject_id = ?", T, id))
                .containsExactly("2");

        // A report refused as spam, for a reporter who hears by SMS: the reason in the short text too.
        String phone = "0813" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Response s = submit(T, report(Map.of("phone", phone), false));
        s.then().statusCode(201);
        String spam = idOf(T, admin, s.path("trackingNumber"));
        step(T, admin, spam, "rejection", Map.of("reason", "SPAM")).then().statusCode(200);
        assertThat(rows("select text from sms_outbox where tenant_id = ? and subject_id = ? and text like ?", T, spam,
                "%tidak dapat diproses%")).containsExactly("Kabupaten Luwu Timur: Laporan " + s.path("trackingNumber")
                        + " tidak dapat diproses: bukan laporan yang dapat ditindaklanjuti.");
    }

    /** A test regency whose own file switches the news of dispatching off and offers the channels given. */
    private static String quietRegency(String slug, String channels) {
        return Regencies.definition(slug, "UQ", "081100009994") + """
                notifications:
                  events:
                    - COMPLAINT_RECEIVED
                    - CLARIFICATION_REQUESTED
                    - COMPLAINT_REJECTED
                    - COMPLAINT_ANSWERED
                    - COMPLAINT_CLOSED
                    - PUBLICATION_CHANGED
                  channels: %s
                """.formatted(channels);
    }

    @Test
    void aRegencysOwnPolicySilencesTheEventsAndChannelsItSwitchedOff() throws Exception {
        String slug = "uji-kabar";
        String operator = officers().operatorToken();
        Regencies.onboard(this::api, operator, quietRegency(slug, "[EMAIL, SMS]"));
        String tenantAdmin = Regencies.adminToken(officers(), slug);
        Map<String, String> c = officers().create(slug, tenantAdmin, List.of("CENTRAL_ADMIN"), null);
        String admin = officers().token(slug, c.get("username"), c.get("password"));
        Map<String, String> o = officers().create(slug, tenantAdmin, List.of("AGENCY_OPERATOR"), "PUPR");
        String pupr = officers().token(slug, o.get("username"), o.get("password"));
        assertThat(api().get("/api/t/" + slug).then().statusCode(200).extract().jsonPath()
                .getList("notificationChannels", String.class)).containsExactly("EMAIL", "SMS");

        // An e-mail reporter hears of the receipt and of the answer, never of the dispatch the regency keeps quiet.
        String email = "kabar-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        Map<String, Object> road = new HashMap<>(report(Map.of("email", email), false));
        road.put("category", "JALAN");
        Response r = submit(slug, road);
        r.then().statusCode(201);
        String tracking = r.path("trackingNumber");
        String id = idOf(slug, admin, tracking);
        assertThat(oneMail(email, "diterima").getSubject()).contains("Kabupaten " + slug);
        step(slug, admin, id, "verification", null).then().statusCode(200);
        step(slug, admin, id, "dispatch", null).then().statusCode(200).body("status", equalTo("DISPATCHED"));
        step(slug, pupr, id, "receipt", null).then().statusCode(200);
        step(slug, pupr, id, "answer", Map.of("text", "Jalan ditambal pekan ini.")).then().statusCode(200);
        step(slug, admin, id, "response", Map.of("response", "Jalan desa ditambal Dinas Pekerjaan Umum.")).then()
                .statusCode(200);
        assertThat(body(oneMail(email, "Jawaban atas laporan"))).contains("Jalan desa ditambal Dinas Pekerjaan Umum.");
        // No news of the dispatch was queued, so none can still be on its way.
        assertThat(mailsTo(email, s -> s.contains("diteruskan"), 0)).isEmpty();
        assertThat(rows("select subject from mail_outbox where tenant_id = ? and subject_id = ? order by created_at",
                slug, id)).hasSize(2).noneMatch(s -> s.contains("diteruskan"));

        // A phone reporter is subscribed by SMS while the regency offers it: the receipt is queued.
        String phone = "0813" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Map<String, Object> byPhone = new HashMap<>(report(Map.of("phone", phone), false));
        byPhone.put("category", "JALAN");
        Response p = submit(slug, byPhone);
        p.then().statusCode(201);
        String texted = idOf(slug, admin, p.path("trackingNumber"));
        String sms = "select count(*) from sms_outbox where tenant_id = ? and subject_id = ?";
        assertThat(rows(sms, slug, texted)).containsExactly("1");

        // The regency switches SMS off: the form no longer offers it, a choice of it is refused, and a case
        // subscribed by SMS before gets no more texts, while e-mail still goes out.
        api().auth().oauth2(operator).contentType("application/yaml; charset=UTF-8")
                .body(quietRegency(slug, "[EMAIL]").getBytes(StandardCharsets.UTF_8))
                .put("/api/platform/tenants/" + slug + "/definition").then().statusCode(200);
        assertThat(api().get("/api/t/" + slug).then().statusCode(200).extract().jsonPath()
                .getList("notificationChannels", String.class)).containsExactly("EMAIL");
        Map<String, Object> wantsSms = new HashMap<>(byPhone);
        wantsSms.put("notifyBy", "SMS");
        submit(slug, wantsSms).then().statusCode(400).body("code", equalTo("NOTIFY_CHANNEL_UNAVAILABLE"))
                .body("field", equalTo("notifyBy"));
        step(slug, admin, texted, "clarification-request", Map.of("question", "Di ruas jalan mana?")).then()
                .statusCode(200);
        assertThat(rows(sms, slug, texted)).containsExactly("1");
        // A phone reporter who leaves the choice to the default is not subscribed to a channel not offered.
        Response later = submit(slug, byPhone);
        later.then().statusCode(201);
        String unheard = idOf(slug, admin, later.path("trackingNumber"));
        step(slug, admin, unheard, "clarification-request", Map.of("question", "Di ruas jalan mana?")).then()
                .statusCode(200);
        assertThat(rows(sms, slug, unheard)).containsExactly("0");
        assertThat(rows("select count(*) from notification_subscription where tenant_id = ? and subject_id = ?::uuid",
                slug, unheard)).containsExactly("0");
        // The e-mail reporter's case still hears of what the regency tells: the closing, with the link to rate.
        String closeAt = ZonedDateTime.now(ZoneId.of("Asia/Jakarta")).plusDays(40).withHour(10).toOffsetDateTime()
                .toString();
        api().auth().oauth2(admin).header(AT, closeAt).post("/api/t/" + slug + "/officer/complaints/clock-runs")
                .then().statusCode(200);
        assertThat(body(oneMail(email, "selesai"))).contains("/" + slug + "/lacak?nomor=" + tracking);
    }
}
