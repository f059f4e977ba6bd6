package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A regency's admin edits its units and complaint categories while it runs (issue 14, item 4): add, rename, move,
 * deactivate and reactivate, never delete, never a unit that holds open cases; each edit live at once, audited in
 * the regency's chain and kept as a version of its definition; another regency's admin or officers cannot.
 */
class OrganisationIT extends BalaiIT {

    private String regency(String slug, String shortCode, String sms) {
        String operator = officers().operatorToken();
        Regencies.onboard(this::api, operator, Regencies.definition(slug, shortCode, sms));
        return Regencies.adminToken(officers(), slug);
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void theAdminAddsRenamesMovesDeactivatesAndReactivatesUnitsLive() throws Exception {
        String slug = "uji-org";
        String admin = regency(slug, "UO", "081100009980");
        String units = "/api/t/" + slug + "/admin/org-units";

        as(admin).body(Map.of("code", "DINKES", "name", "Dinas Kesehatan", "kind", "AGENCY", "ppidPembantu", true))
                .post(units).then().statusCode(201).body("code", equalTo("DINKES")).body("active", equalTo(true))
                .body("parent", equalTo(null));
        as(admin).body(Map.of("code", "DESA-DUA", "name", "Desa Dua", "kind", "VILLAGE", "parent", "KEC-SATU"))
                .post(units).then().statusCode(201).body("parent", equalTo("KEC-SATU"));
        as(admin).body(Map.of("code", "RSUD", "name", "RSUD", "kind", "AGENCY")).post(units).then().statusCode(201);
        // live at once in the public organisation and profile
        api().get("/api/t/" + slug + "/org-units").then().statusCode(200).body("code", hasItem("DESA-DUA"));

        as(admin).body(Map.of("name", "Rumah Sakit Umum Daerah", "parent", "DINKES")).put(units + "/RSUD").then()
                .statusCode(200).body("name", equalTo("Rumah Sakit Umum Daerah")).body("parent", equalTo("DINKES"));
        api().get("/api/t/" + slug).then().body("orgUnits.find { it.code == 'DINKES' }.children[0].code",
                equalTo("RSUD"));
        as(admin).body(Map.of("parent", "")).put(units + "/RSUD").then().statusCode(200)
                .body("parent", equalTo(null));

        // a unit is deactivated, never deleted: it stays listed for the admin, gone from the public tree
        as(admin).body(Map.of("active", false)).put(units + "/RSUD").then().statusCode(200)
                .body("active", equalTo(false));
        api().get("/api/t/" + slug + "/org-units").then().body("code", not(hasItem("RSUD")));
        as(admin).get(units).then().statusCode(200).body("find { it.code == 'RSUD' }.active", equalTo(false));
        as(admin).delete(units + "/RSUD").then().statusCode(405);
        as(admin).body(Map.of("code", "RSUD", "name", "RSUD", "kind", "AGENCY")).post(units).then().statusCode(409)
                .body("code", equalTo("ORG_UNIT_EXISTS"));
        as(admin).body(Map.of("active", true)).put(units + "/RSUD").then().statusCode(200)
                .body("active", equalTo(true));

        // the rules of every definition hold: a village belongs under a district
        Response village = as(admin).body(Map.of("code", "DESA-TIGA", "name", "Desa Tiga", "kind", "VILLAGE",
                "parent", "DINKES")).post(units);
        village.then().statusCode(422).body("code", equalTo("TENANT_DEFINITION_INVALID"));
        assertThat(village.jsonPath().getList("problems.path", String.class)).anyMatch(p -> p.endsWith(".kind"));
        as(admin).body(Map.of("parent", "DESA-DUA")).put(units + "/KEC-SATU").then().statusCode(400)
                .body("code", equalTo("ORGANISATION_INPUT_INVALID"));
        as(admin).body(Map.of("parent", "TIDAK-ADA")).put(units + "/RSUD").then().statusCode(422)
                .body("code", equalTo("ORG_UNIT_PARENT_NOT_FOUND"));
        as(admin).body(Map.of("active", false)).put(units + "/KEC-SATU").then().statusCode(409)
                .body("code", equalTo("ORG_UNIT_HAS_SUB_UNITS"));
        as(admin).body(Map.of("active", false)).put(units + "/PUPR").then().statusCode(409)
                .body("code", equalTo("ORG_UNIT_RECEIVES_CATEGORIES"))
                .body("message.id", containsString("JALAN")).body("message.en", containsString("JALAN"));
        as(admin).body(Map.of("name", "x")).put(units + "/TIDAK-ADA").then().statusCode(404)
                .body("code", equalTo("ORG_UNIT_NOT_FOUND"));
        as(admin).body(Map.of("code", "X1", "kind", "AGENCY")).post(units).then().statusCode(400);
        as(admin).body(Map.of("code", "x y", "name", "Salah", "kind", "AGENCY")).post(units).then().statusCode(422);
        as(admin).body(Map.of("code", "X2", "name", "Salah", "kind", "PLANET")).post(units).then().statusCode(400);

        // audited in the regency's chain, kept as versions of the definition
        assertThat(Regencies.auditActions(slug, slug)).contains("ORG_UNIT_ADDED", "ORG_UNIT_CHANGED",
                "ORG_UNIT_DEACTIVATED", "ORG_UNIT_REACTIVATED");
        Response versions = api().auth().oauth2(officers().operatorToken())
                .get("/api/platform/tenants/" + slug + "/definition/versions");
        versions.then().statusCode(200).body("[0].way", equalTo("ADMIN_EDIT"))
                .body("[0].changes", hasItem("unit RSUD added"));
        assertThat(versions.jsonPath().getList("version")).hasSize(8);

        // a village's PPID Pembantu is set up by the village head's decree (Perbup LT Pasal 8(6)): named, or refused
        Response undecreed = as(admin).body(Map.of("ppidPembantu", true)).put(units + "/DESA-DUA");
        undecreed.then().statusCode(422).body("code", equalTo("TENANT_DEFINITION_INVALID"));
        assertThat(undecreed.jsonPath().getList("problems.path", String.class))
                .anyMatch(p -> p.endsWith(".ppidDecree"));
        as(admin).body(Map.of("ppidPembantu", true, "ppidDecree", Map.of("title", "Keputusan Kepala Desa Dua",
                "number", "141/05/DD/2026", "date", "5 Mei 2026"))).put(units + "/DESA-DUA").then().statusCode(400)
                .body("code", equalTo("INVALID_DATE")).body("field", equalTo("ppidDecree.date"));
        as(admin).body(Map.of("ppidPembantu", true, "ppidDecree", Map.of("title", "Keputusan Kepala Desa Dua",
                "number", "141/05/DD/2026", "date", "2026-05-04"))).put(units + "/DESA-DUA").then().statusCode(200)
                .body("ppidPembantu", equalTo(true));
        api().get("/api/t/" + slug).then().statusCode(200)
                .body("orgUnits.find { it.code == 'KEC-SATU' }.children.find { it.code == 'DESA-DUA' }"
                        + ".ppidDecree.number", equalTo("141/05/DD/2026"))
                .body("orgUnits.find { it.code == 'KEC-SATU' }.children.find { it.code == 'DESA-DUA' }"
                        + ".ppidDecree.date", equalTo("2026-05-04"));
        // a rename keeps the decree
        as(admin).body(Map.of("name", "Desa Dua Baru")).put(units + "/DESA-DUA").then().statusCode(200);
        api().get("/api/t/" + slug).then().body("orgUnits.find { it.code == 'KEC-SATU' }.children"
                + ".find { it.code == 'DESA-DUA' }.ppidDecree.title", equalTo("Keputusan Kepala Desa Dua"));
    }

    @Test
    void aUnitThatHoldsOpenCasesIsNeverDeactivated() {
        String slug = "uji-org-sibuk";
        String admin = regency(slug, "UK", "081100009981");
        OpenCase.dispatchedTo(this::api, officers(), slug, admin, "JALAN");
        // the category goes elsewhere first, so that only the open case stands in the way
        as(admin).body(Map.of("routeTo", "KOMINFO")).put("/api/t/" + slug + "/admin/complaint-categories/JALAN")
                .then().statusCode(200).body("routeTo", equalTo("KOMINFO"));
        as(admin).body(Map.of("active", false)).put("/api/t/" + slug + "/admin/org-units/PUPR").then()
                .statusCode(409).body("code", equalTo("ORG_UNIT_HAS_OPEN_CASES"))
                .body("message.id", containsString("kasus terbuka"))
                .body("message.en", containsString("open cases"))
                .body("problems[0].message", containsString("1 open complaints"));
        as(admin).get("/api/t/" + slug + "/admin/org-units").then()
                .body("find { it.code == 'PUPR' }.active", equalTo(true));
    }

    @Test
    void theAdminAddsRoutesRenamesAndDeactivatesCategoriesLive() throws Exception {
        String slug = "uji-kategori";
        String admin = regency(slug, "UT", "081100009982");
        String categories = "/api/t/" + slug + "/admin/complaint-categories";

        as(admin).body(Map.of("code", "AIR", "name", "Air bersih", "nameEn", "Clean water", "routeTo", "PUPR"))
                .post(categories).then().statusCode(201).body("routeTo", equalTo("PUPR"));
        api().get("/api/t/" + slug).then().body("complaintCategories.code", hasItem("AIR"));
        as(admin).body(Map.of("routeTo", "DESA-SATU", "name", "Air bersih dan PDAM")).put(categories + "/AIR")
                .then().statusCode(200).body("routeTo", equalTo("DESA-SATU")).body("name", equalTo("Air bersih dan PDAM"));
        // a complaint in it goes to the unit it is routed to now
        api().header("Idempotency-Key", "k-" + java.util.UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("type", "COMPLAINT", "title", "Air keruh", "description",
                        "Air PDAM di desa kami keruh sejak seminggu.", "category", "AIR", "anonymous", true))
                .post("/api/t/" + slug + "/complaints").then().statusCode(201);

        Response nowhere = as(admin).body(Map.of("routeTo", "TIDAK-ADA")).put(categories + "/AIR");
        Regencies.assertProblem(nowhere, 422, "TENANT_DEFINITION_INVALID", "$.complaintCategories[2].routeTo");
        as(admin).body(Map.of("code", "AIR", "name", "Air", "routeTo", "PUPR")).post(categories).then()
                .statusCode(409).body("code", equalTo("CATEGORY_EXISTS"));
        as(admin).body(Map.of("active", false)).put(categories + "/AIR").then().statusCode(200)
                .body("active", equalTo(false));
        api().get("/api/t/" + slug).then().body("complaintCategories.code", not(hasItem("AIR")));
        as(admin).get(categories).then().statusCode(200).body("find { it.code == 'AIR' }.active", equalTo(false));
        as(admin).body(Map.of("active", true)).put(categories + "/AIR").then().statusCode(200)
                .body("active", equalTo(true)).body("routeTo", equalTo("DESA-SATU"));
        as(admin).body(Map.of("name", "x")).put(categories + "/TIDAK-ADA").then().statusCode(404);
        assertThat(Regencies.auditActions(slug, slug)).contains("CATEGORY_ADDED", "CATEGORY_CHANGED",
                "CATEGORY_DEACTIVATED", "CATEGORY_REACTIVATED");
    }

    @Test
    void onlyTheRegencysOwnAdminEditsItsOrganisation() {
        String admin = officers().adminToken("luwu-timur");
        String otherAdmin = officers().adminToken("muara-enim");
        Map<String, String> central = officers().create("luwu-timur", admin, List.of("CENTRAL_ADMIN"), null);
        String officer = officers().token("luwu-timur", central.get("username"), central.get("password"));
        String operator = officers().operatorToken();
        for (String path : List.of("/api/t/luwu-timur/admin/org-units", "/api/t/luwu-timur/admin/complaint-categories")) {
            api().get(path).then().statusCode(401);
            as(officer).get(path).then().statusCode(403);
            as(otherAdmin).get(path).then().statusCode(404);
            as(operator).get(path).then().statusCode(404);
            as(admin).get(path).then().statusCode(200);
        }
        Map<String, Object> unit = Map.of("code", "DISPORA", "name", "Dinas Pemuda dan Olahraga", "kind", "AGENCY");
        api().contentType(ContentType.JSON).body(unit).post("/api/t/luwu-timur/admin/org-units").then()
                .statusCode(401);
        as(officer).body(unit).post("/api/t/luwu-timur/admin/org-units").then().statusCode(403);
        as(otherAdmin).body(unit).post("/api/t/luwu-timur/admin/org-units").then().statusCode(404);
        // another regency's unit and category codes are not found here
        as(admin).body(Map.of("name", "x")).put("/api/t/luwu-timur/admin/org-units/DINSOS").then()
                .statusCode(404);
        as(admin).body(Map.of("name", "x")).put("/api/t/luwu-timur/admin/complaint-categories/ANGKUTAN-BATUBARA")
                .then().statusCode(404);
        as(otherAdmin).body(Map.of("name", "x")).put("/api/t/muara-enim/admin/org-units/KEC-MALILI").then()
                .statusCode(404);
        api().get("/api/t/luwu-timur/org-units").then().body("code", not(hasItem("DISPORA")));
    }
}
