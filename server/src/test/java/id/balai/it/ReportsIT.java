package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * SPIKM's oversight reports end to end: an agency's journal (Pasal 7h) as JSON, CSV and XLSX, the daily digest
 * (Pasal 3(2)) as JSON and PDF and by e-mail to the tenant's recipient (a real SMTP server, GreenMail), the periodic
 * report (Pasal 5e, 7n) with its counts and hours to answer. Cases go through the API, then are moved with a
 * superuser connection to days of their own in the past, so that other tests' cases of today do not change the
 * counts. No output carries the reporter's name or phone number.
 */
class ReportsIT extends BalaiIT {
    private static final String T = "muara-enim";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The digest's day; the overdue case was received a week before. */
    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    private static final LocalDate WEEK_BEFORE = DAY.minusDays(7);
    private static final String PHONE = "081299990001";
    private static final String NAME = "Siti Rahmawati";
    private static final String RECIPIENT = "sekda@example.org";

    private static GreenMail smtp;
    private static final Map<String, String> tokens = new HashMap<>();
    /** answered (3, responded after 10, 20 and 30 hours), overdue (1, at PUPR), waiting (1, not dispatched) */
    private static List<String> answered;
    private static String overdue;
    private static String waiting;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("balai.it.smtp.port", 14125), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private String token(String role, String unit) {
        return tokens.computeIfAbsent(role + unit, k -> {
            Map<String, String> o = officers().create(T, officers().adminToken(T), List.of(role), unit);
            return officers().token(T, o.get("username"), o.get("password"));
        });
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @BeforeEach
    void createCasesOnce() throws SQLException {
        if (answered != null) {
            return;
        }
        String admin = token("CENTRAL_ADMIN", null);
        String pupr = token("AGENCY_OPERATOR", "PUPR");
        List<String> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String[] c = submit("COMPLAINT", "INFRASTRUKTUR", "Jalan berlubang, RT " + (i + 1));
            step(admin, c[1], "verification", Map.of());
            step(admin, c[1], "dispatch", Map.of());
            step(pupr, c[1], "receipt", null);
            step(pupr, c[1], "answer", Map.of("text", "Penambalan dijadwalkan pekan ini."));
            step(admin, c[1], "response", Map.of("response", "Jalan akan ditambal pekan ini oleh Dinas PUPR."));
            done.add(c[0]);
        }
        String[] late = submit("COMPLAINT", "INFRASTRUKTUR", "Drainase tersumbat");
        step(admin, late[1], "verification", Map.of());
        step(admin, late[1], "dispatch", Map.of());
        String[] open = submit("QUESTION", "KESEHATAN", "Jadwal imunisasi");

        Instant morning = DAY.atTime(9, 0).atZone(WIB).toInstant();
        try (Connection su = Db.asSuperuser()) {
            for (int i = 0; i < done.size(); i++) {
                move(su, done.get(i), DAY, morning, morning.plus(10L * (i + 1), ChronoUnit.HOURS));
                moveDispatch(su, done.get(i), morning.plus(1, ChronoUnit.HOURS), DAY.plusDays(7),
                        morning.plus(2, ChronoUnit.HOURS));
            }
            Instant weekBefore = WEEK_BEFORE.atTime(9, 0).atZone(WIB).toInstant();
            move(su, late[0], WEEK_BEFORE, weekBefore, null);
            moveDispatch(su, late[0], weekBefore.plus(1, ChronoUnit.HOURS), DAY.minusDays(2), null);
            move(su, open[0], DAY, morning.plus(30, ChronoUnit.MINUTES), null);
        }
        overdue = late[0];
        waiting = open[0];
        answered = List.copyOf(done);
    }

    /** Submits a report with the reporter's name and phone; returns {tracking number, id}. */
    private String[] submit(String type, String category, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "title", title, "description",
                "Mohon ditindaklanjuti, sudah lebih dari sebulan.", "category", category, "anonymous", false,
                "confidential", false, "reporter", Map.of("name", NAME, "phone", PHONE)));
        String tn = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + T + "/complaints").then().statusCode(201).extract().path("trackingNumber");
        List<Map<String, Object>> items = as(token("CENTRAL_ADMIN", null)).queryParam("size", 100)
                .get("/api/t/" + T + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> tn.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        return new String[] {tn, id};
    }

    private void step(String token, String id, String action, Object body) {
        RequestSpecification r = as(token);
        if (body != null) {
            r = r.body(body);
        }
        r.post("/api/t/" + T + "/officer/complaints/" + id + "/" + action).then().statusCode(200);
    }

    private static void move(Connection su, String tn, LocalDate on, Instant at, Instant respondedAt)
            throws SQLException {
        try (PreparedStatement s = su.prepareStatement("update complaint set received_on = ?, received_at = ?, "
                + "responded_at = ? where tenant_id = ? and tracking_number = ?")) {
            s.setObject(1, on);
            s.setTimestamp(2, Timestamp.from(at));
            s.setTimestamp(3, respondedAt == null ? null : Timestamp.from(respondedAt));
            s.setString(4, T);
            s.setString(5, tn);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static void moveDispatch(Connection su, String tn, Instant sentAt, LocalDate dueOn, Instant answeredAt)
            throws SQLException {
        try (PreparedStatement s = su.prepareStatement("update complaint_dispatch d set sent_at = ?, due_on = ?, "
                + "answered_at = ? from complaint c where c.tenant_id = d.tenant_id and c.id = d.complaint_id "
                + "and c.tenant_id = ? and c.tracking_number = ?")) {
            s.setTimestamp(1, Timestamp.from(sentAt));
            s.setObject(2, dueOn);
            s.setTimestamp(3, answeredAt == null ? null : Timestamp.from(answeredAt));
            s.setString(4, T);
            s.setString(5, tn);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private Response journal(String token, Map<String, Object> params) {
        return as(token).queryParams(params).get("/api/t/" + T + "/reports/journal");
    }

    private static Map<String, Object> week(String format) {
        return new HashMap<>(Map.of("from", WEEK_BEFORE.toString(), "to", DAY.toString(), "format", format));
    }

    private static void noPersonalData(String text) {
        assertThat(text).doesNotContain(PHONE).doesNotContain("+6281299990001").doesNotContain(NAME)
                .doesNotContain("Siti");
    }

    private static String pdfText(byte[] pdf) throws Exception {
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

    private static List<List<String>> xlsxRows(byte[] xlsx, int sheet) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(sheet);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : s) {
                List<String> cells = new ArrayList<>();
                for (Cell c : row) {
                    cells.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? Long.toString((long) c.getNumericCellValue()) : c.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void theAgencyJournalListsEveryCaseSentToTheUnitInJsonCsvAndXlsx() throws Exception {
        String bupati = token("BUPATI", null);
        Map<String, Object> json = week("json");
        json.put("unit", "PUPR");
        Response page = journal(bupati, json);
        page.then().statusCode(200).body("total", equalTo(4)).body("unitName", equalTo("Dinas Pekerjaan Umum dan "
                + "Penataan Ruang"));
        List<Map<String, Object>> items = page.jsonPath().getList("items");
        assertThat(items).extracting(i -> i.get("trackingNumber")).containsExactlyInAnyOrder(answered.get(0),
                answered.get(1), answered.get(2), overdue);
        Map<String, Object> late = items.stream().filter(i -> overdue.equals(i.get("trackingNumber"))).findFirst()
                .orElseThrow();
        assertThat(late).containsEntry("overdue", true).containsEntry("dispatchStatus", "SENT")
                .containsEntry("receivedOn", WEEK_BEFORE.toString()).containsEntry("category", "INFRASTRUKTUR");
        assertThat(items.stream().filter(i -> !overdue.equals(i.get("trackingNumber"))))
                .allSatisfy(i -> assertThat(i).containsEntry("overdue", false).containsEntry("answeredOn",
                        DAY.toString()));
        noPersonalData(page.asString());
        json.put("size", 3);
        json.put("page", 1);
        journal(bupati, json).then().statusCode(200).body("items.size()", equalTo(1)).body("total", equalTo(4));

        Map<String, Object> csv = week("csv");
        csv.put("unit", "PUPR");
        Response csvResponse = journal(bupati, csv);
        csvResponse.then().statusCode(200).header("Content-Type", startsWith("text/csv"));
        noPersonalData(csvResponse.asString());
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new InputStreamReader(new ByteArrayInputStream(csvResponse.asByteArray()), StandardCharsets.UTF_8))) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).hasSize(4);
            assertThat(rows).filteredOn(r -> r.get("Nomor laporan / Tracking number").equals(overdue))
                    .singleElement().satisfies(r -> assertThat(r.get("Terlambat / Overdue")).isEqualTo("ya / yes"));
            assertThat(rows).filteredOn(r -> r.get("Terlambat / Overdue").equals("tidak / no")).hasSize(3);
        }

        Map<String, Object> xlsx = week("xlsx");
        xlsx.put("unit", "PUPR");
        Response xlsxResponse = journal(bupati, xlsx);
        xlsxResponse.then().statusCode(200)
                .header("Content-Type", startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
        List<List<String>> rows = xlsxRows(xlsxResponse.asByteArray(), 0);
        noPersonalData(rows.toString());
        int header = rows.indexOf(rows.stream().filter(r -> r.get(0).equals("Nomor laporan / Tracking number"))
                .findFirst().orElseThrow());
        List<List<String>> data = rows.subList(header + 1, rows.size());
        assertThat(data).hasSize(4);
        assertThat(data).extracting(r -> r.get(0)).contains(overdue, answered.get(0));
    }

    @Test
    void anAgencyOperatorReadsOnlyItsOwnJournal() {
        String pupr = token("AGENCY_OPERATOR", "PUPR");
        String dinkes = token("AGENCY_OPERATOR", "DINKES");
        journal(pupr, week("json")).then().statusCode(200).body("unit", equalTo("PUPR")).body("total", equalTo(4));
        Map<String, Object> other = week("csv");
        other.put("unit", "PUPR");
        journal(dinkes, other).then().statusCode(404).body("code", equalTo("ORG_UNIT_NOT_FOUND"));
        Map<String, Object> own = week("json");
        own.put("unit", "DINKES");
        journal(dinkes, own).then().statusCode(200).body("total", equalTo(0));
        // The digest and the periodic report are for oversight roles.
        as(pupr).queryParam("date", DAY.toString()).get("/api/t/" + T + "/reports/digest").then().statusCode(403);
        as(pupr).queryParams(week("json")).get("/api/t/" + T + "/reports/periodic").then().statusCode(403);
    }

    @Test
    void badInputIsA400WithAStableCode() {
        String admin = token("CENTRAL_ADMIN", null);
        Map<String, Object> p = week("json");
        p.put("unit", "PUPR");
        p.remove("from");
        journal(admin, p).then().statusCode(400).body("code", equalTo("FIELD_REQUIRED")).body("field",
                equalTo("from"));
        journal(admin, Map.of("unit", "PUPR", "from", "2025-06-10", "to", "2025-06-01")).then().statusCode(400)
                .body("code", equalTo("PERIOD_REVERSED"));
        journal(admin, Map.of("unit", "PUPR", "from", "2024-01-01", "to", "2025-06-01")).then().statusCode(400)
                .body("code", equalTo("PERIOD_TOO_LONG"));
        journal(admin, Map.of("unit", "NOPE", "from", "2025-06-01", "to", "2025-06-10")).then().statusCode(400)
                .body("code", equalTo("UNKNOWN_ORG_UNIT")).body("message.en", equalTo("Unknown org unit."));
        journal(admin, Map.of("from", "2025-06-01", "to", "2025-06-10")).then().statusCode(400)
                .body("field", equalTo("unit"));
        journal(admin, Map.of("unit", "PUPR", "from", "2025-06-01", "to", "2025-06-10", "format", "docx"))
                .then().statusCode(400).body("code", equalTo("UNKNOWN_FORMAT"));
        as(admin).queryParam("date", "2025-13-01").get("/api/t/" + T + "/reports/digest").then().statusCode(400)
                .body("code", equalTo("INVALID_DATE")).body("message.id", equalTo("Tanggal harus berformat TTTT-BB-HH (tahun 1-9999)."));
        as(admin).queryParam("date", DAY.toString()).queryParam("format", "xlsx").get("/api/t/" + T + "/reports/digest")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_FORMAT"));
        as(admin).get("/api/t/" + T + "/reports/periodic").then().statusCode(400).body("code",
                equalTo("FIELD_REQUIRED"));
    }

    @Test
    void theDailyDigestCountsTheDayPerAgencyAsJsonAndPdf() throws Exception {
        String coordinator = token("OPS_COORDINATOR", null);
        Response json = as(coordinator).queryParam("date", DAY.toString()).get("/api/t/" + T + "/reports/digest");
        json.then().statusCode(200).body("date", equalTo(DAY.toString())).body("received", equalTo(4))
                .body("dispatched", equalTo(3)).body("answered", equalTo(3)).body("overdue", equalTo(1))
                .body("agencies.find { it.unit == 'PUPR' }.received.size()", equalTo(3))
                .body("agencies.find { it.unit == 'PUPR' }.overdue[0].trackingNumber", equalTo(overdue))
                .body("agencies.find { it.unit == null }.received[0].trackingNumber", equalTo(waiting));
        noPersonalData(json.asString());

        Response pdf = as(coordinator).queryParam("date", DAY.toString()).queryParam("format", "pdf")
                .get("/api/t/" + T + "/reports/digest");
        pdf.then().statusCode(200).header("Content-Type", startsWith("application/pdf"));
        String text = pdfText(pdf.asByteArray());
        assertThat(text).contains("Tanggal / Date: " + DAY,
                "Diterima / Received: 4; Diteruskan / Dispatched: 3; Dijawab / Answered: 3; Terlambat / Overdue: 1",
                overdue, waiting, answered.get(2));
        noPersonalData(text);
    }

    @Test
    void thePeriodicReportCountsByEveryDimensionWithHoursToAnswer() throws Exception {
        String team = token("COORDINATION_TEAM", null);
        Response json = as(team).queryParams(week("json")).get("/api/t/" + T + "/reports/periodic");
        json.then().statusCode(200).body("received", equalTo(5)).body("responded", equalTo(3))
                .body("byType.find { it.key == 'COMPLAINT' }.count", equalTo(4))
                .body("byType.find { it.key == 'QUESTION' }.label", equalTo("Pertanyaan"))
                .body("byChannel.find { it.key == 'WEB' }.count", equalTo(5))
                .body("byCategory.find { it.key == 'INFRASTRUKTUR' }.count", equalTo(4))
                .body("byCategory.find { it.key == 'KESEHATAN' }.count", equalTo(1))
                .body("byAgency.find { it.key == 'PUPR' }.count", equalTo(4))
                .body("byStatus.find { it.key == 'RESPONDED' }.count", equalTo(3))
                .body("byStatus.find { it.key == 'DISPATCHED' }.count", equalTo(1))
                .body("byStatus.find { it.key == 'RECEIVED' }.count", equalTo(1));
        // 10, 20 and 30 hours: percentile_cont interpolates.
        assertThat(json.jsonPath().getDouble("medianHoursToAnswer")).isEqualTo(20.0);
        assertThat(json.jsonPath().getDouble("p90HoursToAnswer")).isEqualTo(28.0);
        assertThat(json.jsonPath().getDouble("p95HoursToAnswer")).isEqualTo(29.0);
        noPersonalData(json.asString());

        Response csv = as(team).queryParams(week("csv")).get("/api/t/" + T + "/reports/periodic");
        csv.then().statusCode(200);
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new InputStreamReader(new ByteArrayInputStream(csv.asByteArray()), StandardCharsets.UTF_8))) {
            Map<String, String> values = new HashMap<>();
            for (CSVRecord r : p.getRecords()) {
                values.put(r.get(0) + "/" + r.get(1), r.get(3));
            }
            assertThat(values).containsEntry("agency/PUPR", "4").containsEntry("total/received", "5")
                    .containsEntry("hours_to_answer/p90", "28.0");
        }
        Response xlsx = as(team).queryParams(week("xlsx")).get("/api/t/" + T + "/reports/periodic");
        xlsx.then().statusCode(200);
        assertThat(xlsxRows(xlsx.asByteArray(), 3)).contains(List.of("PUPR",
                "Dinas Pekerjaan Umum dan Penataan Ruang", "4"));
        Response pdf = as(team).queryParams(week("pdf")).get("/api/t/" + T + "/reports/periodic");
        pdf.then().statusCode(200).header("Content-Type", startsWith("application/pdf"));
        String text = pdfText(pdf.asByteArray());
        assertThat(text).contains("Diterima / Received: 5", "median 20.0; p90 28.0; p95 29.0");
        noPersonalData(text);
    }

    @Test
    void theDigestIsMailedAsAPdfToTheTenantsRecipient() throws Exception {
        String admin = token("CENTRAL_ADMIN", null);
        as(admin).post("/api/t/" + T + "/reports/digest/deliveries?date=" + DAY).then().statusCode(200)
                .body("date", equalTo(DAY.toString())).body("recipients", equalTo(1));
        as(token("BUPATI", null)).post("/api/t/" + T + "/reports/digest/deliveries?date=" + DAY).then()
                .statusCode(403);

        MimeMessage mail = null;
        for (int i = 0; i < 50 && mail == null; i++) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getSubject().contains(DAY.toString())) {
                    mail = m;
                }
            }
            if (mail == null) {
                Thread.sleep(200);
            }
        }
        assertThat(mail).as("the digest mail").isNotNull();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(RECIPIENT);
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        BodyPart attachment = parts.getBodyPart(1);
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getFileName()).isEqualTo("rekap-harian-muara-enim-" + DAY + ".pdf");
        String text = pdfText(attachment.getInputStream().readAllBytes());
        assertThat(text).contains("Diterima / Received: 4", "Terlambat / Overdue: 1");
        noPersonalData(text);
        noPersonalData(parts.getBodyPart(0).getContent().toString());

        try (Connection su = Db.asSuperuser(); PreparedStatement s = su.prepareStatement(
                "select recipients_count from digest_delivery where tenant_id = ? and digest_date = ?")) {
            s.setString(1, T);
            s.setObject(2, DAY);
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
