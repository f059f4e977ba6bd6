package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import id.balai.support.Poppler;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;

/**
 * The PPID request path through the REST API (Perbup Luwu Timur Pasal 20-26), for Luwu Timur (WITA) and Muara Enim
 * (WIB): a request by web (JSON and multipart with the ID copy), e-mailed requests that lapse unconfirmed or are
 * confirmed the same day, routing to a PPID Pembantu, one extension (a second refused, one after the deadline
 * refused), a notice granted in part with a redaction and a released document, a refusal with its ground, an
 * objection on ground (g) after a missed deadline, its answer window lapsing and its late answer, each telling the
 * requester the last day to go to the Information Commission (UU KIP Ps 37(2)), a dispute recorded once per
 * Commission case (idempotent, counted once in the LLID) with the Commission's Ps 38 clocks, through mediation to a
 * decision; every
 * deadline checked against the tenant's 2026 calendar; bad input answered with 4xx naming the field.
 */
class InformationRequestIT extends BalaiIT {
    private static final String PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA"
            + "60e6kgAAAABJRU5ErkJggg==";
    private static GreenMail smtp;
    private final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("balai.it.smtp.port", 14125), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private String token(String tenant, String role, String unit) {
        return tokens.computeIfAbsent(tenant + role + unit, k -> {
            Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), List.of(role), unit);
            return officers().token(tenant, o.get("username"), o.get("password"));
        });
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private RequestSpecification citizen() {
        return api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON);
    }

    static Map<String, Object> form(String obtain, String email) {
        Map<String, Object> requester = new HashMap<>(Map.of("name", "Andi Baso", "idNumber", "7324011203900001",
                "address", "Jl. Soekarno Hatta No. 5, Malili", "phone", "0812 3456 7001", "occupation", "Peneliti"));
        if (email != null) {
            requester.put("email", email);
        }
        Map<String, Object> body = new HashMap<>(Map.of("requesterType", "NGO", "requester", requester,
                "informationWanted", "Dokumen AMDAL dan izin lingkungan tambang nikel tahun 2025",
                "purpose", "Pemantauan lingkungan oleh lembaga kami", "obtainMethod", obtain, "willingToPay", true));
        if (!obtain.equals("READ")) {
            body.put("receiveMethod", "EMAIL");
            body.put("idCopy", Map.of("fileName", "ktp.png", "contentBase64", PNG_BASE64));
        }
        return body;
    }

    private Response submit(String tenant, Object body, String key) {
        return citizen().header("Idempotency-Key", key).body(body).post("/api/t/" + tenant + "/information-requests");
    }

    private Map<String, String> submitted(String tenant, Map<String, Object> body) {
        Response r = submit(tenant, body, "k-" + UUID.randomUUID());
        r.then().statusCode(201);
        return Map.of("number", r.path("registrationNumber"), "code", r.path("accessCode"),
                "receivedOn", r.path("receivedOn"), "countingStartsOn", r.path("countingStartsOn"),
                "noticeDue", r.path("noticeDue"));
    }

    private String idOf(String tenant, String number) {
        List<Map<String, Object>> items = as(token(tenant, "PPID_MAIN", null)).queryParam("size", 100)
                .get("/api/t/" + tenant + "/officer/information-requests").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> number.equals(i.get("registrationNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private Response officer(String tenant, String token, String id, String action, Object body) {
        return as(token).body(body).post("/api/t/" + tenant + "/officer/information-requests/" + id + "/" + action);
    }

    private Response track(String tenant, Map<String, String> receipt) {
        return citizen().queryParam("code", receipt.get("code"))
                .get("/api/t/" + tenant + "/information-requests/" + receipt.get("number"));
    }

    /**
     * The due date by the tenant's calendar API; a period running into a year without published holidays counts
     * that year's weekdays (the provisional count of {@code TenantInformationClocks}).
     */
    private String due(String tenant, String from, int workingDays) {
        Response r = api().queryParam("from", from).queryParam("workingDays", workingDays)
                .get("/api/t/" + tenant + "/calendar/due");
        if (r.statusCode() == 200) {
            return r.path("due");
        }
        r.then().statusCode(422).body("code", equalTo("CALENDAR_YEAR_UNAVAILABLE"));
        java.time.LocalDate yearEnd = java.time.LocalDate.parse(from).withMonth(12).withDayOfMonth(31);
        int inYear = api().queryParam("from", from).queryParam("to", yearEnd.toString())
                .get("/api/t/" + tenant + "/calendar/working-days").then().statusCode(200).extract()
                .path("workingDays");
        java.time.LocalDate d = yearEnd;
        for (int left = workingDays - inYear; left > 0;) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return d.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String query) throws SQLException {
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement(); ResultSet rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The requester's latest SMS about the request that contains {@code phrase}. */
    private static String smsAbout(String requestId, String phrase) throws SQLException {
        return text("select text from sms_outbox where tenant_id = 'luwu-timur' and subject_id = '" + requestId
                + "' and text like '%" + phrase + "%' order by created_at desc limit 1");
    }

    /** A date as the notices write it: 5 Agustus 2026. */
    private static String longDate(String isoDate) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id-ID"))
                .format(java.time.LocalDate.parse(isoDate));
    }

    private long llidDisputes(String tenant, String token, int year) {
        return ((Number) as(token).queryParam("year", year)
                .get("/api/t/" + tenant + "/officer/information-reports/llid").then().statusCode(200).extract()
                .path("disputes.total")).longValue();
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder b = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                b.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
            }
            return b.toString();
        } finally {
            reader.close();
        }
    }

    private static Map<String, Object> partialGrant() {
        return Map.of("held", true, "decision", "GRANTED_PART", "exemptionGround", "H_PERSONAL_SECRETS",
                "exemptionReason", "Memuat data pribadi warga terdampak",
                "informationGiven", "Dokumen AMDAL 2025 tanpa lampiran daftar warga",
                "redactions", List.of(Map.of("part", "Lampiran 4 daftar warga terdampak",
                        "reason", "Rahasia pribadi (UU KIP Pasal 17 huruf h)")),
                "medium", "SOFT_COPY", "format", "PDF", "cost", 0);
    }

    @Test
    void aWebRequestInLuwuTimurIsRoutedExtendedOnceAndAnsweredInPartWithARedaction() throws Exception {
        String t = "luwu-timur";
        String ppid = token(t, "PPID_MAIN", null);
        String dinkes = token(t, "PPID_ASSISTANT", "DINKES");
        String pupr = token(t, "PPID_ASSISTANT", "PUPR");
        Map<String, Object> body = form("SOFT_COPY", "andi@example.org");
        String key = "k-" + UUID.randomUUID();
        Response first = submit(t, body, key);
        first.then().statusCode(201).body("registrationNumber", matchesPattern("LT-PPID-\\d{4}-\\d{6}"))
                .body("accessCode", notNullValue()).body("status", equalTo("REGISTERED"));
        Map<String, String> receipt = Map.of("number", first.path("registrationNumber"), "code",
                first.path("accessCode"));
        // Pasal 22(4): 10 working days on Luwu Timur's 2026 calendar (WITA).
        assertThat((String) first.path("noticeDue")).isEqualTo(due(t, first.path("countingStartsOn"), 10));
        // The same key and body: the same receipt, nothing new; the same key with another body: 409.
        submit(t, body, key).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("registrationNumber", equalTo(receipt.get("number")));
        Map<String, Object> other = new HashMap<>(body);
        other.put("purpose", "Tujuan lain sama sekali");
        submit(t, other, key).then().statusCode(409).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));

        String id = idOf(t, receipt.get("number"));
        as(ppid).get("/api/t/" + t + "/officer/information-requests/" + id).then().statusCode(200)
                .body("idCopy", equalTo(true)).body("history.action", hasItem("RECEIVED"));
        officer(t, ppid, id, "routing", Map.of("unit", "NOPE")).then().statusCode(400)
                .body("code", equalTo("UNKNOWN_UNIT")).body("field", equalTo("unit"));
        officer(t, ppid, id, "routing", Map.of("unit", "DINKES", "note", "Data kesehatan warga")).then()
                .statusCode(200).body("status", equalTo("ROUTED")).body("orgUnit", equalTo("DINKES"));
        // Another unit's PPID Pembantu cannot even see it.
        as(pupr).get("/api/t/" + t + "/officer/information-requests/" + id).then().statusCode(404);
        as(dinkes).get("/api/t/" + t + "/officer/information-requests/" + id).then().statusCode(200);

        // Pasal 22(6): once, by 7 working days, with a written reason.
        officer(t, dinkes, id, "extension", Map.of("reason", "x")).then().statusCode(400)
                .body("code", equalTo("EXTENSION_REASON_REQUIRED")).body("field", equalTo("reason"));
        Response extended = officer(t, dinkes, id, "extension",
                Map.of("reason", "Dokumen harus diambil dari arsip lapangan di Sorowako"));
        extended.then().statusCode(200).body("extendedOn", notNullValue());
        assertThat((String) extended.path("noticeDue")).isEqualTo(due(t, first.path("noticeDue"), 7));
        officer(t, dinkes, id, "extension", Map.of("reason", "Sekali lagi karena dokumen banyak")).then()
                .statusCode(409).body("code", equalTo("ALREADY_EXTENDED"));

        // The notice must have every element; a partial grant needs its redactions.
        Map<String, Object> incomplete = new HashMap<>(partialGrant());
        incomplete.remove("redactions");
        officer(t, dinkes, id, "notice", incomplete).then().statusCode(422)
                .body("code", equalTo("NOTICE_ELEMENT_MISSING")).body("field", equalTo("notice.redactions"))
                .body("message.id", notNullValue()).body("message.en", notNullValue());
        byte[] doc = "%PDF-1.4\n% AMDAL 2025 (disamarkan)\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        officer(t, dinkes, id, "documents", Map.of("fileName", "amdal.txt", "contentBase64",
                Base64.getEncoder().encodeToString("bukan pdf".getBytes(StandardCharsets.UTF_8)))).then()
                .statusCode(400).body("code", equalTo("FILE_TYPE_NOT_ALLOWED")).body("field", equalTo("file"));
        String fileId = api().auth().oauth2(dinkes).multiPart("file", "amdal-2025.pdf", doc, "application/pdf")
                .post("/api/t/" + t + "/officer/information-requests/" + id + "/documents").then().statusCode(201)
                .body("mediaType", equalTo("application/pdf")).extract().path("id");
        officer(t, dinkes, id, "notice", partialGrant()).then().statusCode(200)
                .body("status", equalTo("NOTICE_ISSUED")).body("notice.outcome", equalTo("GRANTED_PART"));

        Response tracked = track(t, receipt);
        tracked.then().statusCode(200).body("status", equalTo("NOTICE_ISSUED"))
                .body("notice.redactions[0].part", equalTo("Lampiran 4 daftar warga terdampak"))
                .body("documents[0].id", equalTo(fileId)).body("extended", equalTo(true))
                .body("history.action", hasItem("EXTENDED"));
        assertThat(tracked.asString()).doesNotContain("Andi Baso").doesNotContain("7324011203900001")
                .doesNotContain("andi@example.org");
        citizen().queryParam("code", "WRONGCODE1").get("/api/t/" + t + "/information-requests/" + receipt.get("number"))
                .then().statusCode(404);

        Response pdf = citizen().queryParam("code", receipt.get("code"))
                .get("/api/t/" + t + "/information-requests/" + receipt.get("number") + "/notice");
        pdf.then().statusCode(200).header("Content-Type", startsWith("application/pdf"));
        // The notice is an official letter (OfficialLettersIT checks its form): every element in Indonesian words.
        String text = Poppler.words(pdf.asByteArray());
        assertThat(text).contains(receipt.get("number")).contains("Permohonan dikabulkan sebagian")
                .contains("Pasal 17 huruf h").contains("Lampiran 4 daftar warga terdampak")
                .contains("Salinan elektronik (softcopy)").contains("Rp0 (tanpa biaya)").contains("amdal-2025.pdf")
                .doesNotContain("SOFT_COPY").doesNotContain("Andi Baso");
        byte[] served = citizen().queryParam("code", receipt.get("code")).get("/api/t/" + t
                + "/information-requests/" + receipt.get("number") + "/documents/" + fileId).then().statusCode(200)
                .extract().asByteArray();
        assertThat(served).isEqualTo(doc);

        // The identity is for officers handling it, and every read is audited.
        as(ppid).queryParam("purpose", "Mengirim salinan lewat e-mail")
                .get("/api/t/" + t + "/officer/information-requests/" + id + "/requester").then().statusCode(200)
                .body("idNumber", equalTo("7324011203900001"));
        assertThat(count("select count(*) from audit_record where tenant_id = 'luwu-timur' and action = "
                + "'PERSONAL_DATA_READ' and subject_id = '" + id + "' and detail like '%Mengirim salinan%'"))
                .isEqualTo(1);

        // The receipt, extension and notice went to the requester by e-mail (sent by the clock run).
        as(ppid).post("/api/t/" + t + "/officer/information-requests/clock-runs").then().statusCode(200);
        List<String> subjects = new java.util.ArrayList<>();
        for (int i = 0; i < 300 && subjects.size() < 3; i++) {
            subjects.clear();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getSubject().contains(receipt.get("number"))) {
                    subjects.add(m.getSubject());
                }
            }
            Thread.sleep(100);
        }
        assertThat(subjects).hasSize(3);
        assertThat(count("select count(*) from sms_outbox where tenant_id = 'luwu-timur' and subject_id = '" + id
                + "'")).isEqualTo(3);
    }

    @Test
    void aMultipartRequestCarriesTheIdCopyAndAFullCopyWithoutItIsRefused() {
        String t = "muara-enim";
        Map<String, Object> noId = new HashMap<>(form("HARD_COPY", null));
        noId.remove("idCopy");
        noId.put("receiveMethod", "TAKE");
        submit(t, noId, "k-" + UUID.randomUUID()).then().statusCode(400).body("code", equalTo("ID_COPY_REQUIRED"))
                .body("field", equalTo("idCopy"));
        byte[] png = Base64.getDecoder().decode(PNG_BASE64);
        Response r = api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key",
                "k-" + UUID.randomUUID()).multiPart("request", toJson(noId), "application/json")
                .multiPart("idCopy", "ktp.png", png, "image/png").post("/api/t/" + t + "/information-requests");
        r.then().statusCode(201).body("registrationNumber", matchesPattern("ME-PPID-\\d{4}-\\d{6}"));
        assertThat((String) r.path("noticeDue")).isEqualTo(due(t, r.path("countingStartsOn"), 10));
        String id = idOf(t, r.path("registrationNumber"));
        byte[] stored = as(token(t, "PPID_MAIN", null)).get("/api/t/" + t + "/officer/information-requests/" + id
                + "/id-copy").then().statusCode(200).extract().asByteArray();
        assertThat(stored).isEqualTo(png);
        // at rest the ID card copy is ciphertext bound to its row, like the vault's fields (UU 27/2022)
        try (java.sql.Connection su = Db.asSuperuser(); java.sql.PreparedStatement ps = su.prepareStatement(
                "select content from information_file where tenant_id = ? and request_id = cast(? as uuid) "
                        + "and kind = 'ID_COPY'")) {
            ps.setString(1, t);
            ps.setString(2, id);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                byte[] atRest = rs.getBytes(1);
                assertThat(atRest).isNotEqualTo(png);
                assertThat(new String(atRest, StandardCharsets.ISO_8859_1)).doesNotContain("PNG");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .multiPart("request", toJson(noId), "application/json")
                .multiPart("idCopy", "ktp.exe", "MZ not an image".getBytes(StandardCharsets.US_ASCII),
                        "image/png")
                .post("/api/t/" + t + "/information-requests").then().statusCode(400)
                .body("code", equalTo("FILE_TYPE_NOT_ALLOWED")).body("field", equalTo("idCopy"));
    }

    private static String toJson(Object o) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badInputIsA4xxNamingTheField() {
        String t = "luwu-timur";
        Map<String, Object> b = new HashMap<>(form("READ", null));
        b.remove("purpose");
        submit(t, b, "k-" + UUID.randomUUID()).then().statusCode(400).body("field", equalTo("purpose"));
        Map<String, Object> nik = new HashMap<>(form("READ", null));
        Map<String, Object> requester = new HashMap<>(castMap(nik.get("requester")));
        requester.put("idNumber", "12345");
        nik.put("requester", requester);
        submit(t, nik, "k-" + UUID.randomUUID()).then().statusCode(400).body("code", equalTo("INVALID_ID_NUMBER"))
                .body("field", equalTo("requester.idNumber"));
        requester.put("idNumber", "7324011203900001");
        requester.put("phone", "12");
        submit(t, nik, "k-" + UUID.randomUUID()).then().statusCode(400).body("field", equalTo("requester.phone"));
        Map<String, Object> type = new HashMap<>(form("READ", null));
        type.put("requesterType", "ALIEN");
        submit(t, type, "k-" + UUID.randomUUID()).then().statusCode(400).body("field", equalTo("requesterType"));
        citizen().body(form("READ", null)).post("/api/t/" + t + "/information-requests").then().statusCode(400)
                .body("code", equalTo("IDEMPOTENCY_KEY_REQUIRED"));
        // An objection on an unknown ground, or on a ground that has not arisen.
        Map<String, String> receipt = submitted(t, form("READ", null));
        String path = "/api/t/" + t + "/information-requests/" + receipt.get("number") + "/objections";
        citizen().body(Map.of("code", receipt.get("code"), "ground", "Z", "reasons", "Tidak puas")).post(path).then()
                .statusCode(400).body("code", equalTo("INVALID_GROUND")).body("field", equalTo("ground"));
        citizen().body(Map.of("code", receipt.get("code"), "ground", "A_REFUSED_EXEMPT", "reasons", "Tidak puas"))
                .post(path).then().statusCode(422).body("code", equalTo("OBJECTION_GROUND_NOT_ARISEN"));
        citizen().body(Map.of("code", "WRONGCODE1", "ground", "C_NOT_ANSWERED", "reasons", "Tidak puas")).post(path)
                .then().statusCode(404);
        // Roles: a regent's reader cannot issue a notice; no token at all is a 401.
        String id = idOf(t, receipt.get("number"));
        officer(t, token(t, "BUPATI", null), id, "notice", partialGrant()).then().statusCode(403);
        api().contentType(ContentType.JSON).body(partialGrant())
                .post("/api/t/" + t + "/officer/information-requests/" + id + "/notice").then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void emailRequestsLapseUnconfirmedOrAreServedWhenConfirmedTheSameDay() throws SQLException {
        String t = "muara-enim";
        String ppid = token(t, "PPID_MAIN", null);
        Map<String, Object> byMail = new HashMap<>(form("READ", "warga@example.org"));
        byMail.put("channel", "EMAIL");
        Response lapsing = as(ppid).body(byMail).post("/api/t/" + t + "/officer/information-requests");
        lapsing.then().statusCode(201).body("status", equalTo("AWAITING_CONFIRMATION"));
        Response confirmed = as(ppid).body(byMail).post("/api/t/" + t + "/officer/information-requests");
        confirmed.then().statusCode(201);
        String confirmedId = idOf(t, confirmed.path("registrationNumber"));
        officer(t, ppid, confirmedId, "confirmation", Map.of("via", "PIGEON")).then().statusCode(400)
                .body("field", equalTo("via"));
        officer(t, ppid, confirmedId, "confirmation", Map.of("via", "PHONE")).then().statusCode(200)
                .body("status", equalTo("REGISTERED")).body("confirmedVia", equalTo("PHONE"));

        // The unconfirmed one was received the working day before: the clock lets it lapse, with the reason.
        String lapsingId = idOf(t, lapsing.path("registrationNumber"));
        sql("update information_request set received_on = received_on - 1, counting_starts_on = counting_starts_on - 1, "
                + "received_at = received_at - interval '1 day' where id = '" + lapsingId + "'");
        as(ppid).post("/api/t/" + t + "/officer/information-requests/clock-runs").then().statusCode(200);
        as(ppid).get("/api/t/" + t + "/officer/information-requests/" + lapsingId).then().statusCode(200)
                .body("status", equalTo("LAPSED")).body("lapsedReason", containsString("22(9)"));
        officer(t, ppid, lapsingId, "confirmation", Map.of("via", "SMS")).then().statusCode(409);
        as(ppid).get("/api/t/" + t + "/officer/information-requests/" + confirmedId).then()
                .body("status", equalTo("REGISTERED"));
    }

    @Test
    void aRefusalNamesItsExemptionGround() {
        String t = "muara-enim";
        String ppid = token(t, "PPID_MAIN", null);
        Map<String, String> receipt = submitted(t, form("READ", null));
        String id = idOf(t, receipt.get("number"));
        officer(t, ppid, id, "notice", Map.of("held", true, "decision", "REFUSED")).then().statusCode(422)
                .body("field", equalTo("notice.exemptionGround"));
        officer(t, ppid, id, "notice", Map.of("held", true, "decision", "REFUSED", "exemptionGround",
                "A_LAW_ENFORCEMENT", "exemptionReason", "Berkas sedang dalam penyidikan kepolisian")).then()
                .statusCode(200).body("notice.outcome", equalTo("REFUSED"));
        track(t, receipt).then().statusCode(200).body("notice.exemptionGround", equalTo("A_LAW_ENFORCEMENT"))
                .body("objectionGroundsAvailable", hasItem("A_REFUSED_EXEMPT"));
        // The deadline cannot be extended after the notice.
        officer(t, ppid, id, "extension", Map.of("reason", "Perlu waktu tambahan untuk rapat")).then()
                .statusCode(409);
    }

    @Test
    void aMissedDeadlineLetsTheRequesterObjectOnGroundGAndTheDisputeGoesThroughMediation() throws SQLException {
        String t = "luwu-timur";
        String ppid = token(t, "PPID_MAIN", null);
        String atasan = token(t, "ATASAN_PPID", null);
        String facilitation = token(t, "DISPUTE_FACILITATION", null);
        Map<String, String> receipt = submitted(t, form("READ", null));
        String id = idOf(t, receipt.get("number"));
        // The officers' dates below are today's on the regency's calendar (after office hours the receipt date is
        // already the next working day).
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).toString();
        // Ground (g) has not arisen yet.
        String objections = "/api/t/" + t + "/information-requests/" + receipt.get("number") + "/objections";
        citizen().body(Map.of("code", receipt.get("code"), "ground", "G_DEADLINE_EXCEEDED", "reasons",
                "Belum dijawab")).post(objections).then().statusCode(422)
                .body("code", equalTo("OBJECTION_GROUND_NOT_ARISEN"));
        // The notice was due yesterday on Luwu Timur's calendar (as if ten working days had passed): overdue. (Not
        // "the day before receipt": after office hours a receipt counts from the next working day, and a notice due
        // today may still be given until midnight.)
        sql("update information_request set notice_due = cast(now() at time zone 'Asia/Makassar' as date) - 1 "
                + "where id = '" + id + "'");
        officer(t, ppid, id, "extension", Map.of("reason", "Perlu waktu tambahan untuk rapat")).then()
                .statusCode(409).body("code", equalTo("EXTENSION_AFTER_DEADLINE"));
        as(ppid).get("/api/t/" + t + "/officer/information-requests/overdue").then().statusCode(200)
                .body("items.registrationNumber", hasItem(receipt.get("number")));
        String utama = "ppid.utama." + UUID.randomUUID().toString().substring(0, 6) + "@luwutimur.example";
        officers().create(t, officers().adminToken(t), List.of("PPID_MAIN"), null, utama);
        as(ppid).post("/api/t/" + t + "/officer/information-requests/clock-runs").then().statusCode(200);
        // The PPID Utama hears of it by e-mail at the work address of the account, without the requester's name.
        MimeMessage told = null;
        for (int i = 0; i < 300 && told == null; i++) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                try {
                    if (m.getSubject().contains("PPID Lewat tenggat") && m.getSubject().contains(receipt.get("number"))
                            && m.getAllRecipients()[0].toString().equals(utama)) {
                        told = m;
                    }
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (told == null) {
                sleep(100);
            }
        }
        assertThat(told).as("the overdue e-mail to the PPID Utama").isNotNull();
        try {
            assertThat(told.getContent().toString()).contains(receipt.get("number")).doesNotContain("Andi Baso")
                    .doesNotContain("7324011203900001");
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        track(t, receipt).then().statusCode(200).body("late", equalTo(true))
                .body("history.action", hasItem("OBJECTION_GROUNDS_AROSE"))
                .body("objectionGroundsAvailable", hasItem("G_DEADLINE_EXCEEDED"));

        Response filed = citizen().body(Map.of("code", receipt.get("code"), "ground", "G_DEADLINE_EXCEEDED",
                "reasons", "Pemberitahuan tertulis tidak datang dalam 10 hari kerja")).post(objections);
        filed.then().statusCode(201).body("registerNumber", matchesPattern("LT-KEB-\\d{4}-\\d{6}"))
                .body("status", equalTo("FILED"));
        // Pasal 25(2): the Atasan PPID answers within 30 working days.
        assertThat((String) filed.path("answerDue")).isEqualTo(due(t, filed.path("countingStartsOn"), 30));
        String objectionId = (String) as(ppid).get("/api/t/" + t + "/officer/information-requests/" + id).path(
                "objections[0].id");
        String objectionPath = "/api/t/" + t + "/officer/objections/" + objectionId;
        // A dispute cannot come before the answer.
        as(facilitation).body(Map.of("filedOn", today)).post(objectionPath + "/disputes").then().statusCode(422)
                .body("code", equalTo("OBJECTION_NOT_ANSWERED"));
        track(t, receipt).then().body("objections[0].disputeFileBy", nullValue());
        as(atasan).get(objectionPath).then().statusCode(200).body("disputeFileBy", nullValue());

        // The answer was due yesterday (as if 30 working days had passed): the clock flags it and tells the requester
        // until when the Information Commission can be asked, 14 working days after the lapse (UU KIP Ps 37(2)).
        String yesterday = java.time.LocalDate.parse(today).minusDays(1).toString();
        sql("update information_objection set answer_due = date '" + yesterday + "' where id = '" + objectionId
                + "'");
        as(ppid).post("/api/t/" + t + "/officer/information-requests/clock-runs").then().statusCode(200);
        String afterLapse = due(t, yesterday, 14);
        assertThat(smsAbout(id, "belum menanggapi")).contains(filed.path("registerNumber").toString())
                .contains("sengketa informasi ke Komisi Informasi paling lambat " + longDate(afterLapse));
        track(t, receipt).then().body("objections[0].disputeFileBy", equalTo(afterLapse));
        as(atasan).get(objectionPath).then().statusCode(200).body("overdueSince", equalTo(yesterday))
                .body("disputeFileBy", equalTo(afterLapse));
        // The Atasan PPID's queue holds it until it is answered.
        as(atasan).queryParam("size", 100).get("/api/t/" + t + "/officer/objections").then().statusCode(200)
                .body("id", hasItem(objectionId));
        // Found by a word of its reasons ("datang" for "datang"; stemmed), and counted as waiting and overdue.
        as(atasan).queryParam("q", "pemberitahuan datang").get("/api/t/" + t + "/officer/objections").then()
                .statusCode(200).body("id", hasItem(objectionId));
        as(atasan).queryParam("q", "pemberitahuan datang").get("/api/t/" + t + "/officer/objections/counts").then()
                .statusCode(200).body("byStatus.FILED", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("overdue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(atasan).queryParam("q", "x".repeat(201)).get("/api/t/" + t + "/officer/objections/counts").then()
                .statusCode(400).body("code", equalTo("QUERY_TOO_LONG"));
        as(atasan).queryParam("status", "TERBUKA").get("/api/t/" + t + "/officer/objections").then().statusCode(400)
                .body("code", equalTo("INVALID_STATUS")).body("field", equalTo("status"));
        as(ppid).body(Map.of("decision", "UPHELD", "answer", "Keberatan diterima")).post(objectionPath + "/answer")
                .then().statusCode(403);
        as(atasan).body(Map.of("decision", "UPHELD", "answer", "Keberatan diterima; PPID wajib menjawab dalam 3 hari"))
                .post(objectionPath + "/answer").then().statusCode(200).body("status", equalTo("ANSWERED"))
                .body("decision", equalTo("UPHELD"));
        // Perbup Pasal 18(3)d.2: the upheld answer binds the PPID; how it was carried out is recorded once.
        as(ppid).body(Map.of("on", today, "note", "x")).post(objectionPath + "/implementation").then().statusCode(400)
                .body("code", equalTo("INVALID_NOTE")).body("field", equalTo("note"));
        as(ppid).body(Map.of("on", today, "note", "Pemberitahuan tertulis diberikan setelah tanggapan")).post(
                objectionPath + "/implementation").then().statusCode(200).body("carriedOutOn", equalTo(today));
        as(ppid).body(Map.of("on", today, "note", "Sekali lagi dicatat")).post(objectionPath + "/implementation")
                .then().statusCode(409).body("code", equalTo("ALREADY_CARRIED_OUT"));
        as(atasan).body(Map.of("on", today, "note", "Bukan tugas atasan")).post(objectionPath + "/implementation")
                .then().statusCode(403);
        // Answered (late) today: the 14 working days now run from the answer, in the answer's notice, on the tracking
        // page and in the officers' view alike.
        String afterAnswer = due(t, today, 14);
        assertThat(smsAbout(id, "ditanggapi atasan PPID")).contains("keberatan Anda diterima")
                .contains("paling lambat " + longDate(afterAnswer) + " (UU KIP Pasal 37(2))");
        track(t, receipt).then().body("objections[0].status", equalTo("ANSWERED"))
                .body("objections[0].disputeFileBy", equalTo(afterAnswer));
        as(atasan).get(objectionPath).then().statusCode(200).body("disputeFileBy", equalTo(afterAnswer));
        as(atasan).queryParam("size", 100).get("/api/t/" + t + "/officer/objections").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(objectionId)));
        as(atasan).queryParam("status", "ANSWERED").queryParam("size", 100).get("/api/t/" + t + "/officer/objections")
                .then().statusCode(200).body("id", hasItem(objectionId));

        // One record per Commission case (a fresh number each run: the test database outlives a run).
        int year = java.time.LocalDate.parse(today).getYear();
        long llidBefore = llidDisputes(t, ppid, year);
        String caseNumber = "012/KI-SULSEL/" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> filing = Map.of("filedOn", today, "commissionCaseNumber", caseNumber);
        String key = "dispute-" + UUID.randomUUID();
        Response dispute = as(facilitation).header("Idempotency-Key", key).body(filing)
                .post(objectionPath + "/disputes");
        dispute.then().statusCode(201).header("Idempotent-Replayed", "false")
                .body("registerNumber", matchesPattern("LT-SKI-\\d{4}-\\d{6}"))
                .body("stage", equalTo("REGISTRATION")).body("commissionCaseNumber", equalTo(caseNumber))
                // UU KIP Ps 38: the Commission begins within 14 and settles within 100 working days of the filing.
                .body("commission.startBy", equalTo(due(t, today, 14)))
                .body("commission.settleBy", equalTo(due(t, today, 100)))
                .body("commission.startOverdue", equalTo(false)).body("commission.settleOverdue", equalTo(false));
        // The same request again (a retry after a lost answer): the same dispute, nothing stored.
        as(facilitation).header("Idempotency-Key", key).body(filing).post(objectionPath + "/disputes").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(dispute.path("id")))
                .body("registerNumber", equalTo(dispute.path("registerNumber")));
        as(facilitation).header("Idempotency-Key", key).body(Map.of("filedOn", today, "commissionCaseNumber",
                caseNumber + "-X")).post(objectionPath + "/disputes").then().statusCode(409)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        // The same Commission case recorded a second time.
        as(facilitation).header("Idempotency-Key", "dispute-" + UUID.randomUUID()).body(filing)
                .post(objectionPath + "/disputes").then().statusCode(409)
                .body("code", equalTo("DISPUTE_ALREADY_RECORDED")).body("field", equalTo("commissionCaseNumber"))
                .body("message.id", containsString(caseNumber)).body("message.en", containsString(caseNumber));
        // Another case number while the objection's dispute is undecided.
        as(facilitation).body(Map.of("filedOn", today, "commissionCaseNumber", caseNumber + "-2"))
                .post(objectionPath + "/disputes").then().statusCode(409)
                .body("code", equalTo("DISPUTE_ALREADY_OPEN")).body("message.id", notNullValue())
                .body("message.en", notNullValue());
        as(facilitation).header("Idempotency-Key", "bad key!").body(filing).post(objectionPath + "/disputes").then()
                .statusCode(400).body("field", equalTo("Idempotency-Key"));
        assertThat(count("select count(*) from information_dispute where tenant_id = 'luwu-timur' and "
                + "commission_case_number = '" + caseNumber + "'")).isEqualTo(1);
        assertThat(count("select count(*) from information_dispute where tenant_id = 'luwu-timur' and "
                + "objection_id = '" + objectionId + "'")).isEqualTo(1);
        assertThat(llidDisputes(t, ppid, year)).as("the LLID counts the case once").isEqualTo(llidBefore + 1);
        String disputePath = "/api/t/" + t + "/officer/disputes/" + dispute.path("id");
        as(atasan).get(disputePath).then().statusCode(200).body("commission.startBy", equalTo(due(t, today, 14)));
        as(facilitation).body(Map.of("kind", "COORDINATE_PPID_PEMBANTU", "description",
                "Minta kronologi dari PPID Pembantu Dinas Lingkungan Hidup", "unit", "DLH", "dueOn", today))
                .post(disputePath + "/tasks").then().statusCode(200).body("tasks[0].seq", equalTo(1));
        as(facilitation).body(Map.of("kind", "COORDINATE_LEGAL_OFFICE", "description",
                "Surat kuasa dari Bagian Hukum")).post(disputePath + "/tasks").then().statusCode(200);
        // Perbup Pasal 13c, 26(1): the Atasan PPID settles with the Tim Pertimbangan; its part is a task too.
        as(facilitation).body(Map.of("kind", "CONSULT_CONSIDERATION_TEAM", "description",
                "Pertimbangan Tim Pertimbangan atas pengecualian")).post(disputePath + "/tasks").then()
                .statusCode(200).body("tasks[2].kind", equalTo("CONSULT_CONSIDERATION_TEAM"));
        as(facilitation).body(Map.of("outcome", "MEDIATION_AGREEMENT", "on", today)).post(disputePath + "/decision")
                .then().statusCode(409).body("code", equalTo("STAGE_ORDER"));
        as(facilitation).body(Map.of("stage", "MEDIATION", "on", today, "note", "Mediasi pertama"))
                .post(disputePath + "/stages").then().statusCode(200).body("stage", equalTo("MEDIATION"));
        as(facilitation).body(Map.of("seq", 1, "on", today, "result", "Kronologi diterima"))
                .post(disputePath + "/task-completions").then().statusCode(200)
                .body("tasks[0].doneOn", equalTo(today)).body("tasks[1].doneOn", nullValue());
        as(facilitation).body(Map.of("outcome", "MEDIATION_AGREEMENT", "on", today, "summary",
                "Badan publik memberikan dokumen dalam 5 hari kerja")).post(disputePath + "/decision").then()
                .statusCode(200).body("stage", equalTo("DECISION")).body("outcome", equalTo("MEDIATION_AGREEMENT"));
        as(facilitation).body(Map.of("complied", true, "on", today, "note", "Dokumen diserahkan"))
                .post(disputePath + "/compliance").then().statusCode(200).body("closed", equalTo(true))
                .body("stages.stage", org.hamcrest.Matchers.contains("REGISTRATION", "MEDIATION", "DECISION"))
                .body("finalOn", equalTo(today)).body("appealBy", nullValue());
        // A mediation agreement is final and binding (UU KIP Ps 39): it cannot go to court.
        as(facilitation).body(Map.of("stage", "COURT_APPEAL", "on", today, "note", "PTUN Makassar"))
                .post(disputePath + "/stages").then().statusCode(409).body("code", equalTo("MEDIATION_IS_FINAL"));
        as(atasan).get(objectionPath).then().statusCode(200).body("disputes[0].outcome",
                equalTo("MEDIATION_AGREEMENT"));
    }

    @Test
    void theLlidCountsMatchTheRecordsAsPagePdfAndCsv() throws Exception {
        String t = "muara-enim";
        String ppid = token(t, "PPID_MAIN", null);
        // At least one of each: granted in part, refused, pending.
        String part = idOf(t, submitted(t, form("READ", null)).get("number"));
        officer(t, ppid, part, "notice", partialGrant()).then().statusCode(200);
        String refused = idOf(t, submitted(t, form("READ", null)).get("number"));
        officer(t, ppid, refused, "notice", Map.of("held", true, "decision", "REFUSED", "exemptionGround",
                "I_INTERNAL_MEMORANDA", "exemptionReason", "Memorandum internal")).then().statusCode(200);
        submitted(t, form("READ", null));
        int year = Integer.parseInt(((String) as(ppid).get("/api/t/" + t + "/officer/information-requests/" + part)
                .path("receivedOn")).substring(0, 4));
        String inYear = "tenant_id = 'muara-enim' and received_on between '" + year + "-01-01' and '" + year + "-12-31'";
        long total = count("select count(*) from information_request where " + inYear);
        long grantedPart = count("select count(*) from information_request where " + inYear
                + " and outcome = 'GRANTED_PART'");
        long refusedCount = count("select count(*) from information_request where " + inYear
                + " and outcome = 'REFUSED'");
        long objectionsFiled = count("select count(*) from information_objection where tenant_id = 'muara-enim' and "
                + "filed_on between '" + year + "-01-01' and '" + year + "-12-31'");

        as(ppid).queryParam("year", year).body(Map.of("policy", "Kebijakan keterbukaan informasi kabupaten",
                "budget", "Rp 150.000.000 dari APBD", "obstacles", "Jaringan internet di kecamatan"))
                .put("/api/t/" + t + "/officer/information-reports/llid/sections").then().statusCode(200);
        Response page = as(ppid).queryParam("year", year).get("/api/t/" + t + "/officer/information-reports/llid");
        page.then().statusCode(200).body("fiscalYear", equalTo(year)).body("dueOn", equalTo((year + 1) + "-03-31"))
                .body("requests.total", equalTo((int) total)).body("requests.grantedPart", equalTo((int) grantedPart))
                .body("requests.refused", equalTo((int) refusedCount))
                .body("requests.exemptionGrounds.I_INTERNAL_MEMORANDA", notNullValue())
                .body("objections.total", equalTo((int) objectionsFiled))
                .body("sections.budget", equalTo("Rp 150.000.000 dari APBD")).body("late", equalTo(false));
        assertThat(page.jsonPath().getList("perRequest")).hasSize((int) total);
        assertThat(page.jsonPath().getLong("perRequestTotal")).isEqualTo(total);
        // The figures come from aggregate queries; with every request listed they agree with the lines.
        List<Map<String, Object>> lines = page.jsonPath().getList("perRequest");
        assertThat(page.jsonPath().getLong("requests.late"))
                .isEqualTo(lines.stream().filter(l -> Boolean.TRUE.equals(l.get("late"))).count());
        assertThat(page.jsonPath().getLong("requests.extended"))
                .isEqualTo(lines.stream().filter(l -> Boolean.TRUE.equals(l.get("extended"))).count())
                .isEqualTo(count("select count(*) from information_request where " + inYear
                        + " and extended_on is not null"));
        java.util.OptionalDouble meanDays = lines.stream().filter(l -> l.get("workingDays") != null)
                .mapToInt(l -> ((Number) l.get("workingDays")).intValue()).average();
        assertThat(meanDays).isPresent();
        assertThat(page.jsonPath().getDouble("requests.averageWorkingDays"))
                .isCloseTo(meanDays.getAsDouble(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(page.asString()).doesNotContain("Andi Baso").doesNotContain("7324011203900001");
        // Issue 18: the outcomes add up to the total, and the time per classification agrees with the lines.
        io.restassured.path.json.JsonPath json = page.jsonPath();
        assertThat(json.getLong("requests.grantedFull") + json.getLong("requests.grantedPart")
                + json.getLong("requests.refused") + json.getLong("requests.notHeld") + json.getLong("requests.lapsed")
                + json.getLong("requests.pending")).isEqualTo(total);
        Map<String, Map<String, Object>> byClass = json.getMap("requests.timeByOutcome");
        assertThat(byClass).isNotEmpty();
        byClass.forEach((outcome, figures) -> {
            List<Integer> days = lines.stream().filter(l -> outcome.equals(l.get("outcome"))
                    && l.get("workingDays") != null).map(l -> ((Number) l.get("workingDays")).intValue()).toList();
            assertThat(((Number) figures.get("notices")).longValue()).as(outcome).isEqualTo(days.size());
            assertThat(((Number) figures.get("averageWorkingDays")).doubleValue()).as(outcome).isCloseTo(
                    days.stream().mapToInt(Integer::intValue).average().orElseThrow(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(((Number) figures.get("longestWorkingDays")).intValue()).as(outcome)
                    .isEqualTo(days.stream().mapToInt(Integer::intValue).max().orElseThrow());
        });
        // Every exemption ground of the requests refused or granted in part, counted as the records hold them, and
        // nothing for the others (they are counted in the same pass as the other figures since issue 19).
        Map<String, Object> grounds = json.getMap("requests.exemptionGrounds");
        assertThat(grounds.values().stream().mapToLong(v -> ((Number) v).longValue()).sum())
                .isEqualTo(grantedPart + refusedCount);
        for (Map.Entry<String, Object> g : grounds.entrySet()) {
            assertThat(((Number) g.getValue()).longValue()).as(g.getKey()).isEqualTo(count(
                    "select count(*) from information_request where " + inYear + " and outcome in ('REFUSED', "
                            + "'GRANTED_PART') and coalesce(details->'notice'->>'exemptionGround', '-') = '"
                            + g.getKey() + "'"));
        }
        // Listed in the order of receipt: the day, then the instant.
        List<String> receipt = lines.stream().map(l -> l.get("receivedOn") + " " + l.get("receivedAt")).toList();
        assertThat(receipt).isSortedAccordingTo(java.util.Comparator.comparing((String r) -> r.substring(0, 10))
                .thenComparing(r -> java.time.Instant.parse(r.substring(11))));
        assertThat(json.getLong("requests.releasedDocuments")).isEqualTo(count("select count(*) from information_file "
                + "f join information_request r on r.id = f.request_id and r.tenant_id = f.tenant_id where f.kind = "
                + "'RELEASED' and r." + inYear));

        Response pdf = as(ppid).queryParam("year", year).queryParam("format", "pdf")
                .get("/api/t/" + t + "/officer/information-reports/llid");
        pdf.then().statusCode(200).header("Content-Type", startsWith("application/pdf"));
        String text = pdfText(pdf.asByteArray());
        assertThat(text).contains("LLID").contains("Permohonan / Requests: " + total)
                .contains("Diberikan sebagian / Granted in part: " + grantedPart)
                .contains("Ditolak / Refused: " + refusedCount).contains("Keberatan / Objections: " + objectionsFiled)
                .contains("Jaringan internet di kecamatan");

        String csv = as(ppid).queryParam("year", year).queryParam("format", "csv")
                .get("/api/t/" + t + "/officer/information-reports/llid").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asString();
        assertThat(csv).contains("Ringkasan / Summary,Permohonan / Requests," + total)
                .contains("Ringkasan / Summary,Ditolak / Refused," + refusedCount);
        // The CSV is written as its requests are read (issue 19 item 4): every request of the year, in the order and
        // with the times the JSON lists them.
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
        List<org.apache.commons.csv.CSVRecord> requestRows = records.stream()
                .filter(r -> r.get("section").equals("Waktu per permohonan / Time per request")).toList();
        assertThat(requestRows).hasSize((int) total);
        assertThat(requestRows.stream().map(r -> r.get("item")).toList())
                .isEqualTo(lines.stream().map(l -> (String) l.get("registrationNumber")).toList());
        assertThat(requestRows.stream().map(r -> r.get("c7")).toList()).isEqualTo(lines.stream()
                .map(l -> l.get("workingDays") == null ? "" : l.get("workingDays").toString()).toList());
        assertThat(records.get(0).get("section")).isEqualTo("Uraian / Sections");

        // The year before is over: publishing it now is after 31 March, so it is flagged late.
        as(ppid).queryParam("year", year - 1).post("/api/t/" + t + "/officer/information-reports/llid/publication")
                .then().statusCode(200).body("publishedOn", notNullValue()).body("late", equalTo(true));
        as(ppid).queryParam("year", year).post("/api/t/" + t + "/officer/information-reports/llid/publication")
                .then().statusCode(409).body("code", equalTo("FISCAL_YEAR_NOT_OVER"));
        as(ppid).queryParam("year", year).queryParam("format", "xml")
                .get("/api/t/" + t + "/officer/information-reports/llid").then().statusCode(400)
                .body("field", equalTo("format"));
    }

    /**
     * Issue 14's acceptance at any hour of any day: a request received on a Saturday night (Luwu Timur, WITA) and
     * answered at once is received and noticed on that Saturday, counted from Monday, and took 0 working days in the
     * LLID (JSON, CSV, PDF); an objection answered at once is answered on or after its filing.
     */
    @Test
    void aRequestReceivedOnASaturdayNightAndAnsweredAtOnceTookNoWorkingDays() throws Exception {
        String t = "luwu-timur";
        String ppid = token(t, "PPID_MAIN", null);
        String atasan = token(t, "ATASAN_PPID", null);
        String at = "X-Balai-Test-Instant";
        Response submitted = citizen().header(at, "2026-11-28T01:35:00+08:00")
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).body(form("READ", null))
                .post("/api/t/" + t + "/information-requests");
        submitted.then().statusCode(201).body("receivedOn", equalTo("2026-11-28"))
                .body("countingStartsOn", equalTo("2026-11-30"));
        Map<String, String> receipt = Map.of("number", submitted.path("registrationNumber"), "code",
                submitted.path("accessCode"));
        String id = idOf(t, receipt.get("number"));
        as(ppid).header(at, "2026-11-28T01:40:00+08:00").body(Map.of("held", true, "decision", "REFUSED",
                "exemptionGround", "I_INTERNAL_MEMORANDA", "exemptionReason", "Memorandum internal"))
                .post("/api/t/" + t + "/officer/information-requests/" + id + "/notice").then().statusCode(200);
        track(t, receipt).then().statusCode(200).body("receivedAt", equalTo("2026-11-27T17:35:00Z"))
                .body("receivedOn", equalTo("2026-11-28")).body("countingStartsOn", equalTo("2026-11-30"))
                .body("noticeIssuedOn", equalTo("2026-11-28"));

        // An objection filed and answered at once the same night: answered on or after its filing.
        citizen().header(at, "2026-11-28T01:50:00+08:00").body(Map.of("code", receipt.get("code"), "ground",
                "A_REFUSED_EXEMPT", "reasons", "Informasi ini bukan memorandum internal"))
                .post("/api/t/" + t + "/information-requests/" + receipt.get("number") + "/objections").then()
                .statusCode(201);
        String objectionId = as(ppid).get("/api/t/" + t + "/officer/information-requests/" + id).then()
                .statusCode(200).extract().path("objections[0].id");
        as(atasan).header(at, "2026-11-28T02:00:00+08:00").body(Map.of("decision", "REJECTED", "answer",
                "Pengecualian dikuatkan")).post("/api/t/" + t + "/officer/objections/" + objectionId + "/answer")
                .then().statusCode(200);
        Response tracked = track(t, receipt);
        tracked.then().body("objections[0].filedOn", equalTo("2026-11-28"))
                .body("objections[0].answeredOn", equalTo("2026-11-28"));

        // The LLID of 2026: this request took 0 working days, and no figure is negative.
        String llid = "/api/t/" + t + "/officer/information-reports/llid";
        Response page = as(ppid).queryParam("year", 2026).get(llid);
        page.then().statusCode(200);
        List<Map<String, Object>> lines = page.jsonPath().getList("perRequest");
        Map<String, Object> line = lines.stream().filter(l -> receipt.get("number").equals(l.get("registrationNumber")))
                .findFirst().orElseThrow();
        assertThat(line.get("workingDays")).isEqualTo(0);
        assertThat(line.get("receivedOn")).isEqualTo("2026-11-28");
        assertThat(line.get("countingStartsOn")).isEqualTo("2026-11-30");
        assertThat(lines).allSatisfy(l -> assertThat(l.get("workingDays") == null
                || ((Number) l.get("workingDays")).intValue() >= 0).isTrue());
        assertThat(page.jsonPath().getDouble("requests.averageWorkingDays")).isNotNegative();
        // The outcomes are disjoint and add up to the total.
        assertThat(page.jsonPath().getLong("requests.grantedFull") + page.jsonPath().getLong("requests.grantedPart")
                + page.jsonPath().getLong("requests.refused") + page.jsonPath().getLong("requests.notHeld")
                + page.jsonPath().getLong("requests.lapsed") + page.jsonPath().getLong("requests.pending"))
                .isEqualTo(page.jsonPath().getLong("requests.total"));

        String csv = as(ppid).queryParam("year", 2026).queryParam("format", "csv").get(llid).then().statusCode(200)
                .extract().asString();
        String csvLine = csv.lines().filter(l -> l.contains(receipt.get("number"))).findFirst().orElseThrow();
        assertThat(csvLine).contains("2026-11-28").contains(",0,");
        java.util.regex.Pattern average = java.util.regex.Pattern.compile(
                "Average\\s+working\\s+days[^0-9-]*(-?[0-9]+(\\.[0-9]+)?)", java.util.regex.Pattern.DOTALL);
        java.util.regex.Matcher inCsv = average.matcher(csv);
        assertThat(inCsv.find()).isTrue();
        assertThat(Double.parseDouble(inCsv.group(1))).isNotNegative();
        String pdf = pdfText(as(ppid).queryParam("year", 2026).queryParam("format", "pdf").get(llid).then()
                .statusCode(200).extract().asByteArray());
        java.util.regex.Matcher inPdf = average.matcher(pdf);
        assertThat(inPdf.find()).isTrue();
        assertThat(Double.parseDouble(inPdf.group(1))).isNotNegative();
    }

    @Test
    void thePpidPembantuReportsItsOwnUnitOnly() throws Exception {
        String t = "muara-enim";
        String ppid = token(t, "PPID_MAIN", null);
        String pupr = token(t, "PPID_ASSISTANT", "PUPR");
        Map<String, String> receipt = submitted(t, form("READ", null));
        String id = idOf(t, receipt.get("number"));
        officer(t, ppid, id, "routing", Map.of("unit", "PUPR")).then().statusCode(200);
        officer(t, pupr, id, "notice", Map.of("held", false, "heldBy", "Balai Besar Wilayah Sungai Sumatera VIII"))
                .then().statusCode(200).body("notice.outcome", equalTo("NOT_HELD"));
        String day = receipt.get("receivedOn");
        long routed = count("select count(*) from information_request where tenant_id = 'muara-enim' and "
                + "org_unit_code = 'PUPR' and received_on = '" + day + "'");
        as(pupr).queryParam("from", day).queryParam("to", day)
                .get("/api/t/" + t + "/officer/information-reports/ppid-pembantu").then().statusCode(200)
                .body("unit", equalTo("PUPR")).body("requests.total", equalTo((int) routed))
                .body("requests.notHeld", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        as(pupr).queryParam("unit", "DINKES").queryParam("from", day).queryParam("to", day)
                .get("/api/t/" + t + "/officer/information-reports/ppid-pembantu").then().statusCode(404);
        String pdf = pdfText(as(ppid).queryParam("unit", "PUPR").queryParam("from", day).queryParam("to", day)
                .queryParam("format", "pdf").get("/api/t/" + t + "/officer/information-reports/ppid-pembantu")
                .then().statusCode(200).extract().asByteArray());
        assertThat(pdf).contains("PPID Pembantu PUPR").contains(receipt.get("number"));
    }
}
