package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 18, SPIKM Pasal 1 no. 13, 6c-d, 7m, 8, walked through as the people concerned: the operations coordinator
 * passes a problem to the Tim Koordinasi, which recommends to the PUPR; the recommendation reaches the PUPR's head by
 * e-mail and in the workspace, and no other agency; its follow-up falls due; the clock escalates the overdue
 * follow-up once, to the Tim Koordinasi, the Bupati's office and the head; the head's late follow-up is recorded as
 * late.
 */
class CoordinationIT extends BalaiIT {
    private static final String T = "muara-enim";
    private static final String BASE = "/api/t/" + T + "/officer/coordination";

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String officer(String role, String unit, String email) {
        Map<String, String> o = officers().create(T, officers().adminToken(T), List.of(role), unit, email);
        return officers().token(T, o.get("username"), o.get("password"));
    }

    private static List<String> mailsTo(String address, String subjectPart) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement(); ResultSet rs = s.executeQuery(
                "select subject from mail_outbox where tenant_id = 'muara-enim' and recipient = '" + address
                        + "' and subject like '%" + subjectPart + "%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void sql(String statement) throws SQLException {
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void aRecommendationReachesTheAgencyHeadFallsDueAndIsEscalatedOnceWhenOverdue() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ops = officer("OPS_COORDINATOR", null, null);
        String teamMail = "tim-" + tag + "@muaraenim.example.org";
        String team = officer("COORDINATION_TEAM", null, teamMail);
        String bupatiMail = "bupati-" + tag + "@muaraenim.example.org";
        officer("BUPATI", null, bupatiMail);
        String headMail = "kadis-pupr-" + tag + "@muaraenim.example.org";
        String head = officer("AGENCY_HEAD", "PUPR", headMail);
        String otherHead = officer("AGENCY_HEAD", "DINKES", null);
        String operator = officer("AGENCY_OPERATOR", "PUPR", null);

        // Pasal 7m: the operations team passes the problem; the Tim Koordinasi hears of it and handles it.
        as(ops).body(Map.of("title", "x", "description", "y")).post(BASE + "/problems").then().statusCode(400)
                .body("code", equalTo("INVALID_TITLE")).body("field", equalTo("title"))
                .body("message.id", equalTo("Judul masalah 5 sampai 200 karakter."));
        String problem = as(ops).body(Map.of("title", "Lampu jalan padam berulang " + tag, "description",
                "Dua puluh laporan lampu jalan padam di Kecamatan Muara Enim dalam sebulan", "unit", "PUPR",
                "complaints", List.of())).post(BASE + "/problems").then().statusCode(201).extract().path("id");
        assertThat(mailsTo(teamMail, "Masalah untuk Tim Koordinasi")).hasSize(1);
        as(team).body(Map.of("note", "Dibahas dalam rapat koordinasi; rekomendasi ke Dinas PUPR"))
                .post(BASE + "/problems/" + problem + "/handling").then().statusCode(200)
                .body("handledOn", org.hamcrest.Matchers.notNullValue());
        as(operator).body(Map.of("unit", "PUPR", "text", "Isi rekomendasi")).post(BASE + "/recommendations").then()
                .statusCode(403);

        // Pasal 6c-d: the Tim Koordinasi recommends to the PUPR; the head hears of it by e-mail.
        as(team).body(Map.of("unit", "NOPE", "text", "Perbaiki lampu jalan")).post(BASE + "/recommendations").then()
                .statusCode(400).body("code", equalTo("UNKNOWN_UNIT"));
        String id = as(team).body(Map.of("problemId", problem, "unit", "PUPR", "text",
                "Ganti lampu jalan yang padam dan laporkan jadwal pemeliharaan " + tag))
                .post(BASE + "/recommendations").then().statusCode(201).extract().path("id");
        assertThat(mailsTo(headMail, "Rekomendasi Tim Koordinasi")).hasSize(1);
        // A recommendation without a problem behind it, due on the team's date (the form's other way).
        as(team).body(Map.of("unit", "PUPR", "text", "Laporkan jadwal pemeliharaan lampu jalan " + tag, "dueOn",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(10).toString()))
                .post(BASE + "/recommendations").then().statusCode(201).body("problemId",
                        org.hamcrest.Matchers.nullValue());

        // The PUPR's head and operator see it; another agency's head neither sees nor follows it up.
        as(head).get(BASE + "/recommendations").then().statusCode(200).body("id", hasItem(id));
        as(operator).get(BASE + "/recommendations/" + id).then().statusCode(200).body("unit", equalTo("PUPR"));
        as(otherHead).get(BASE + "/recommendations").then().statusCode(200).body("id", not(hasItem(id)));
        as(otherHead).get(BASE + "/recommendations/" + id).then().statusCode(404);
        as(otherHead).body(Map.of("followUp", "Bukan urusan kami tetapi dicoba")).post(BASE + "/recommendations/"
                + id + "/follow-up").then().statusCode(404);

        // Its follow-up falls due (as if a week passed), and the clock escalates it once.
        sql("update coordination_recommendation set issued_on = current_date - 7, due_on = current_date - 2 "
                + "where id = '" + id + "'");
        as(team).post(BASE + "/clock-runs").then().statusCode(200);
        as(team).get(BASE + "/recommendations/" + id).then().statusCode(200)
                .body("overdueSince", org.hamcrest.Matchers.notNullValue()).body("late", equalTo(true));
        as(team).post(BASE + "/clock-runs").then().statusCode(200);
        assertThat(mailsTo(teamMail, "lewat tenggat")).hasSize(1);
        assertThat(mailsTo(bupatiMail, "lewat tenggat")).hasSize(1);
        assertThat(mailsTo(headMail, "lewat tenggat")).hasSize(1);

        // The head's follow-up, late, is recorded as late; once.
        as(head).body(Map.of("followUp", "Dua puluh lampu diganti; jadwal pemeliharaan bulanan ditetapkan"))
                .post(BASE + "/recommendations/" + id + "/follow-up").then().statusCode(200)
                .body("followedUpOn", org.hamcrest.Matchers.notNullValue()).body("late", equalTo(true));
        as(head).body(Map.of("followUp", "Tindak lanjut kedua kalinya")).post(BASE + "/recommendations/" + id
                + "/follow-up").then().statusCode(409).body("code", equalTo("ALREADY_FOLLOWED_UP"));

        // Pasal 6g: the team's report to the Bupati counts it, for the PUPR, as followed up late.
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        String bupati = officer("BUPATI", null, null);
        io.restassured.path.json.JsonPath report = as(bupati).queryParam("from", "2000-01-01").queryParam("to", today)
                .get(BASE + "/report").then().statusCode(400).extract().jsonPath();
        assertThat(report.getString("code")).isEqualTo("INVALID_PERIOD");
        String from = java.time.LocalDate.parse(today).minusDays(30).toString();
        report = as(bupati).queryParam("from", from).queryParam("to", today).get(BASE + "/report").then()
                .statusCode(200).extract().jsonPath();
        assertThat(report.getLong("problemsPassed")).isGreaterThanOrEqualTo(1);
        assertThat(report.getLong("agencies.find { it.unit == 'PUPR' }.followedUpLate")).isGreaterThanOrEqualTo(1);
        as(head).queryParam("from", from).queryParam("to", today).get(BASE + "/report").then().statusCode(403);

        // Another regency's token reaches none of it.
        String luwu = officers().adminToken("luwu-timur");
        api().auth().oauth2(luwu).get(BASE + "/recommendations/" + id).then().statusCode(404);
        api().get(BASE + "/recommendations").then().statusCode(401);
    }

    /**
     * SPIKM Pasal 4, 6a-b, 6f-g: the Tim Koordinasi as the Bupati's decree sets it, a direction to the operations team
     * answered once by its coordinator, the team's evaluations of a period, and all of it in the report to the Bupati.
     */
    @Test
    void theTeamDirectsTheOperationsTeamEvaluatesItsWorkAndReportsBoth() throws SQLException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String opsMail = "korops-" + tag + "@muaraenim.example.org";
        String ops = officer("OPS_COORDINATOR", null, opsMail);
        String teamMail = "tim2-" + tag + "@muaraenim.example.org";
        String team = officer("COORDINATION_TEAM", null, teamMail);
        String admin = officer("CENTRAL_ADMIN", null, null);
        String operator = officer("AGENCY_OPERATOR", "PUPR", null);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();

        // Pasal 4: the team from the sample regency's file, chair included, in the order of the posts.
        as(admin).get(BASE + "/team").then().statusCode(200)
                .body("decree.title", equalTo("Keputusan Bupati Muara Enim"))
                .body("members[0].post", equalTo("PENGARAH"))
                .body("members.find { it.post == 'KETUA' }.position", org.hamcrest.Matchers.notNullValue());
        as(operator).get(BASE + "/team").then().statusCode(403);

        // Pasal 6a: a direction, which only the team gives, reaches the operations coordinator.
        as(ops).body(Map.of("kind", "ARAHAN", "text", "x")).post(BASE + "/directions").then().statusCode(403);
        as(team).body(Map.of("kind", "PERINTAH", "text", "Verifikasi laporan dalam sehari")).post(BASE
                + "/directions").then().statusCode(400).body("code", equalTo("INVALID_DIRECTION_KIND"))
                .body("field", equalTo("kind"));
        as(team).body(Map.of("kind", "ARAHAN", "text", " ")).post(BASE + "/directions").then().statusCode(400)
                .body("code", equalTo("FIELD_REQUIRED")).body("field", equalTo("text"));
        String direction = as(team).body(Map.of("kind", "ARAHAN", "text", "Verifikasi setiap laporan SMS pada hari "
                + "yang sama " + tag)).post(BASE + "/directions").then().statusCode(201)
                .body("givenOn", equalTo(today)).body("response", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        assertThat(mailsTo(opsMail, "Arahan Tim Koordinasi")).hasSize(1);
        as(admin).get(BASE + "/directions").then().statusCode(200).body("id", hasItem(direction));

        // The operations coordinator answers with what was done, once; the team hears of it.
        as(team).body(Map.of("response", "Sudah")).post(BASE + "/directions/" + direction + "/answer").then()
                .statusCode(403);
        as(ops).body(Map.of("response", "Piket verifikasi SMS dibagi dua giliran mulai Senin")).post(BASE
                + "/directions/" + direction + "/answer").then().statusCode(200).body("respondedOn", equalTo(today))
                .body("response", equalTo("Piket verifikasi SMS dibagi dua giliran mulai Senin"));
        as(ops).body(Map.of("response", "Lagi")).post(BASE + "/directions/" + direction + "/answer").then()
                .statusCode(409).body("code", equalTo("DIRECTION_ALREADY_ANSWERED"));
        as(ops).body(Map.of("response", "Lagi")).post(BASE + "/directions/" + UUID.randomUUID() + "/answer").then()
                .statusCode(404);
        assertThat(mailsTo(teamMail, "Tanggapan Tim Pelaksana Operasional")).hasSize(1);

        // Pasal 6b and 6f: evaluations of a period that has begun.
        String from = java.time.LocalDate.parse(today).minusDays(30).toString();
        String tomorrow = java.time.LocalDate.parse(today).plusDays(1).toString();
        as(team).body(Map.of("subject", "OPERATIONS_TEAM", "from", tomorrow, "to", tomorrow, "findings", "Belum"))
                .post(BASE + "/evaluations").then().statusCode(400).body("code", equalTo("PERIOD_NOT_BEGUN"));
        as(team).body(Map.of("subject", "OPERATIONS_TEAM", "from", today, "to", from, "findings", "Terbalik"))
                .post(BASE + "/evaluations").then().statusCode(400).body("code", equalTo("INVALID_PERIOD"));
        as(team).body(Map.of("subject", "SEMUA", "from", from, "to", today, "findings", "x"))
                .post(BASE + "/evaluations").then().statusCode(400).body("code", equalTo("INVALID_EVALUATION_SUBJECT"));
        as(ops).body(Map.of("subject", "SERVICE", "from", from, "to", today, "findings", "x"))
                .post(BASE + "/evaluations").then().statusCode(403);
        as(team).body(Map.of("subject", "OPERATIONS_TEAM", "from", from, "to", today, "findings",
                "Verifikasi rata-rata 1,4 hari kerja; laporan SMS paling lambat diverifikasi " + tag))
                .post(BASE + "/evaluations").then().statusCode(201).body("subject", equalTo("OPERATIONS_TEAM"));
        as(team).body(Map.of("subject", "SERVICE", "from", from, "to", today, "findings",
                "Tindak lanjut SKPD tepat waktu 82 persen " + tag)).post(BASE + "/evaluations").then()
                .statusCode(201);

        // Pasal 6g: the report to the Bupati carries the directions, the evaluations and the team.
        io.restassured.path.json.JsonPath report = as(team).queryParam("from", from).queryParam("to", today)
                .get(BASE + "/report").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("directionsGiven")).isGreaterThanOrEqualTo(1);
        assertThat(report.getLong("directionsAnswered")).isGreaterThanOrEqualTo(1)
                .isLessThanOrEqualTo(report.getLong("directionsGiven"));
        assertThat(report.getList("evaluations.findings", String.class)).anyMatch(f -> f.endsWith(tag)
                && f.startsWith("Verifikasi rata-rata")).anyMatch(f -> f.startsWith("Tindak lanjut SKPD"));
        assertThat(report.getString("team.decree.number")).isEqualTo("555/012/KPTS/2026");
        String luwu = officers().adminToken("luwu-timur");
        api().auth().oauth2(luwu).body(Map.of("response", "x")).contentType(ContentType.JSON)
                .post(BASE + "/directions/" + direction + "/answer").then().statusCode(404);
    }
}
