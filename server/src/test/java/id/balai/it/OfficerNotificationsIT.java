package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;

/**
 * The clock tells officers outside Balai (SPIKM Pasal 7k-m, 8): an overdue part goes by e-mail to the operations
 * coordinator and the agency, a part falling due to the agency, an overdue verification to the coordinator and the
 * central administrators; through a real SMTP server (GreenMail), never with the reporter's identity.
 */
class OfficerNotificationsIT extends BalaiIT {
    private static final String T = "luwu-timur";
    private static final String REPORTER = "Andi Baso";
    private static final String PHONE = "081355509876";
    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("balai.it.smtp.port", 14125), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private String officer(String role, String unit, String email) {
        Map<String, String> o = officers().create(T, officers().adminToken(T), List.of(role), unit, email);
        return officers().token(T, o.get("username"), o.get("password"));
    }

    private String received(String admin, String category) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", "Irigasi sawah tersumbat",
                "description", "Saluran irigasi di desa kami tersumbat sejak bulan lalu, sawah kering.", "category",
                category, "anonymous", false, "reporter", Map.of("name", REPORTER, "phone", PHONE)));
        Response r = api().header("X-Forwarded-For", Officers.someAddress())
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + T + "/complaints");
        r.then().statusCode(201);
        String tracking = r.path("trackingNumber");
        List<Map<String, Object>> items = api().auth().oauth2(admin).queryParam("size", 100)
                .get("/api/t/" + T + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private void step(String token, String id, String action) {
        api().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .post("/api/t/" + T + "/officer/complaints/" + id + "/" + action).then().statusCode(200);
    }

    private static void sql(String statement) throws Exception {
        try (Connection su = Db.asSuperuser(); Statement s = su.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    /** The messages that arrived for a case, waiting for the outbox sender (it runs every few seconds). */
    private static List<MimeMessage> mailsAbout(String tracking, int atLeast) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            found.clear();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getSubject().contains(tracking)) {
                    found.add(m);
                }
            }
            if (found.size() >= atLeast) {
                Thread.sleep(1500); // and nothing more arrives
                found.clear();
                for (MimeMessage m : smtp.getReceivedMessages()) {
                    if (m.getSubject().contains(tracking)) {
                        found.add(m);
                    }
                }
                return found;
            }
            Thread.sleep(200);
        }
        return found;
    }

    private static List<String> recipients(List<MimeMessage> mails) throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : mails) {
            to.add(m.getAllRecipients()[0].toString());
        }
        return to;
    }

    private String trackingOf(String admin, String id) {
        return api().auth().oauth2(admin).get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(200)
                .extract().path("trackingNumber");
    }

    @Test
    void overdueDueSoonAndUnverifiedCasesReachTheRightOfficersByMail() throws Exception {
        String admin = officer("CENTRAL_ADMIN", null, "pusat@luwutimur.example");
        String coordinator = officer("OPS_COORDINATOR", null, "koordinator@luwutimur.example");
        officer("AGENCY_OPERATOR", "DISTAN", "distan@luwutimur.example");
        officer("AGENCY_OPERATOR", "DISTAN", null);
        officer("AGENCY_OPERATOR", "PUPR", "pupr@luwutimur.example");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));

        String late = received(admin, "PERTANIAN");
        step(admin, late, "verification");
        step(admin, late, "dispatch");
        sql("update complaint_dispatch set due_on = date '2026-01-05' where complaint_id = '" + late + "'");

        String soon = received(admin, "PERTANIAN");
        step(admin, soon, "verification");
        step(admin, soon, "dispatch");
        sql("update complaint_dispatch set due_on = date '" + today + "' where complaint_id = '" + soon + "'");

        String unverified = received(admin, "PERTANIAN");
        sql("update complaint set verify_due = date '2026-01-05' where id = '" + unverified + "'");

        api().auth().oauth2(coordinator).post("/api/t/" + T + "/officer/complaints/clock-runs").then()
                .statusCode(200);

        List<MimeMessage> overdue = mailsAbout(trackingOf(admin, late), 2);
        assertThat(recipients(overdue)).containsExactlyInAnyOrder("koordinator@luwutimur.example",
                "distan@luwutimur.example");
        assertThat(overdue.get(0).getSubject()).contains("Lewat tenggat").contains(trackingOf(admin, late));
        String text = overdue.get(0).getContent().toString();
        assertThat(text).contains("DISTAN").contains("5 Januari 2026")
                .contains("Follow-up past the deadline of 5 January 2026").doesNotContain(REPORTER).doesNotContain(PHONE)
                .doesNotContain("+6281355509876");

        List<MimeMessage> dueSoon = mailsAbout(trackingOf(admin, soon), 1);
        assertThat(recipients(dueSoon)).containsExactly("distan@luwutimur.example");
        assertThat(dueSoon.get(0).getSubject()).contains("Segera jatuh tempo");

        List<MimeMessage> notVerified = mailsAbout(trackingOf(admin, unverified), 2);
        assertThat(recipients(notVerified)).containsExactlyInAnyOrder("koordinator@luwutimur.example",
                "pusat@luwutimur.example");

        // the clock tells each thing once
        api().auth().oauth2(coordinator).post("/api/t/" + T + "/officer/complaints/clock-runs").then()
                .statusCode(200);
        assertThat(mailsAbout(trackingOf(admin, late), 2)).hasSize(2);
        assertThat(recipients(List.of(smtp.getReceivedMessages()))).doesNotContain("pupr@luwutimur.example");
    }

    @Test
    void anOfficersAddressIsCheckedAndShown() {
        String adminToken = officers().adminToken(T);
        api().auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("username", "tanpa.surel", "displayName", "Petugas", "roles", List.of("BUPATI"),
                        "email", "bukan-alamat"))
                .post("/api/t/" + T + "/users").then().statusCode(400).body("code", equalTo("INVALID_EMAIL"))
                .body("field", equalTo("email"));
        Map<String, String> o = officers().create(T, adminToken, List.of("BUPATI"), null, "bupati@luwutimur.example");
        api().auth().oauth2(adminToken).get("/api/t/" + T + "/users/" + o.get("id")).then().statusCode(200)
                .body("email", equalTo("bupati@luwutimur.example"));
    }
}
