package id.balai.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 18, the PPID's reporting duties. Perbup Luwu Timur Pasal 28: a PPID Pembantu submits its report for an ended period to the PPID Utama,
 * with the report's counts; the PPID Utama forwards it to the Sekda; the Sekda (Atasan PPID) records its receipt.
 * Each step once, by its role; another unit's PPID Pembantu does not see it.
 */
class PpidPembantuReportIT extends BalaiIT {
    private static final String T = "luwu-timur";
    private static final String BASE = "/api/t/" + T + "/officer/information-reports/ppid-pembantu/submissions";

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String officer(String role, String unit) {
        Map<String, String> o = officers().create(T, officers().adminToken(T), List.of(role), unit);
        return officers().token(T, o.get("username"), o.get("password"));
    }

    @Test
    void aUnitsReportGoesThroughThePpidUtamaToTheSekdaOnceEachStep() {
        String dinkes = officer("PPID_ASSISTANT", "DINKES");
        String pupr = officer("PPID_ASSISTANT", "PUPR");
        String utama = officer("PPID_MAIN", null);
        String sekda = officer("ATASAN_PPID", null);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        // A period no other run of this test has used: a day of 2001 chosen by the minute.
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(System.currentTimeMillis() / 60_000 % 365);

        as(dinkes).body(Map.of("from", today.toString(), "to", today.toString())).post(BASE).then().statusCode(400)
                .body("code", equalTo("PERIOD_NOT_OVER")).body("field", equalTo("to"));
        String id = as(dinkes).body(Map.of("from", day.toString(), "to", day.toString())).post(BASE).then()
                .statusCode(201).body("unit", equalTo("DINKES")).body("counts.total", notNullValue())
                .extract().path("id");
        as(dinkes).body(Map.of("from", day.toString(), "to", day.toString())).post(BASE).then().statusCode(409)
                .body("code", equalTo("ALREADY_SUBMITTED"));
        as(pupr).get(BASE).then().statusCode(200).body("id", not(hasItem(id)));
        as(dinkes).get(BASE).then().statusCode(200).body("id", hasItem(id));

        as(sekda).post(BASE + "/" + id + "/receipt").then().statusCode(409).body("code", equalTo("NOT_FORWARDED_YET"));
        as(dinkes).post(BASE + "/" + id + "/forwarding").then().statusCode(403);
        as(utama).post(BASE + "/" + id + "/forwarding").then().statusCode(200)
                .body("forwardedOn", equalTo(today.toString()));
        as(utama).post(BASE + "/" + id + "/forwarding").then().statusCode(409)
                .body("code", equalTo("ALREADY_FORWARDED"));
        as(sekda).post(BASE + "/" + id + "/receipt").then().statusCode(200)
                .body("receivedOn", equalTo(today.toString()));
        as(sekda).get(BASE).then().statusCode(200).body("find { it.id == '" + id + "' }.receivedOn",
                equalTo(today.toString()));
        api().auth().oauth2(officers().adminToken("muara-enim")).post(BASE + "/" + id + "/receipt").then()
                .statusCode(404);
    }

    /** Perbup LT Pasal 17(2): the register is handed to the regional library; the handover is recorded. */
    @Test
    void theRegisterIsHandedToTheLibraryAndTheHandoverIsRecorded() {
        String utama = officer("PPID_MAIN", null);
        String base = "/api/t/" + T + "/officer/register/library-handovers";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        as(utama).body(Map.of("handedOn", today.plusDays(1).toString(), "reference", "x")).post(base).then()
                .statusCode(400).body("code", equalTo("DATE_IN_FUTURE")).body("field", equalTo("handedOn"));
        as(utama).body(Map.of("handedOn", today.toString(), "reference", " ")).post(base).then().statusCode(400)
                .body("field", equalTo("reference"));
        String reference = "Tanda terima Dinas Perpustakaan dan Kearsipan " + System.nanoTime();
        long published = ((Number) api().get("/api/t/" + T + "/register/entries").then().statusCode(200).extract()
                .path("total")).longValue();
        as(utama).body(Map.of("handedOn", today.toString(), "reference", reference)).post(base).then()
                .statusCode(201).body("entries", equalTo((int) published));
        as(officer("ATASAN_PPID", null)).get(base).then().statusCode(200).body("reference", hasItem(reference));
        as(officer("PPID_ASSISTANT", "DINKES")).body(Map.of("handedOn", today.toString(), "reference", "y"))
                .post(base).then().statusCode(403);
    }

    /** Perbup LT Pasal 9e: the PPID Utama assigns a PPID Pembantu documentation work; the unit reports it done. */
    @Test
    void thePpidUtamaAssignsDocumentationWorkAndTheUnitReportsItDone() {
        String utama = officer("PPID_MAIN", null);
        String dinkes = officer("PPID_ASSISTANT", "DINKES");
        String pupr = officer("PPID_ASSISTANT", "PUPR");
        String base = "/api/t/" + T + "/officer/register/assignments";
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        as(utama).body(Map.of("unit", "DINKES", "work", "BAKAR", "description", "Arsip", "dueOn", today.toString()))
                .post(base).then().statusCode(400).body("field", equalTo("work"));
        as(utama).body(Map.of("unit", "DINKES", "work", "COLLECT", "description", "Kumpulkan laporan",
                "dueOn", today.minusDays(1).toString())).post(base).then().statusCode(400)
                .body("code", equalTo("INVALID_DUE_DATE"));
        String id = as(utama).body(Map.of("unit", "DINKES", "work", "COLLECT", "description",
                "Kumpulkan laporan imunisasi 2026 untuk DIP berkala", "dueOn", today.plusDays(10).toString()))
                .post(base).then().statusCode(201).body("overdue", equalTo(false)).extract().path("id");
        as(dinkes).get(base).then().statusCode(200).body("id", hasItem(id));
        as(pupr).get(base).then().statusCode(200).body("id", not(hasItem(id)));
        as(pupr).body(Map.of("note", "bukan milik kami")).post(base + "/" + id + "/completion").then().statusCode(404);
        as(dinkes).body(Map.of("note", "Laporan imunisasi diunggah ke DIP")).post(base + "/" + id + "/completion")
                .then().statusCode(200).body("doneOn", equalTo(today.toString()));
        as(dinkes).body(Map.of()).post(base + "/" + id + "/completion").then().statusCode(409)
                .body("code", equalTo("ASSIGNMENT_ALREADY_DONE"));
        as(dinkes).body(Map.of("unit", "DINKES", "work", "MAKE", "description", "Tugas sendiri",
                "dueOn", today.toString())).post(base).then().statusCode(403);
    }
}
