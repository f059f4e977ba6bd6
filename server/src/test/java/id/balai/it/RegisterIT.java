package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The register of public information (Perbup Pasal 6, 11b, 16, 17) through the API, for a WIB tenant (Muara Enim)
 * and a WITA tenant (Luwu Timur): entries of all four classes, the documentation stages, documents, a consequence
 * test that fixes an exemption and its review, search in Indonesian, the berkala clock, the front page, the export
 * for the regional library, the PPID Pembantu's deliveries, and the refusals.
 */
class RegisterIT extends BalaiIT {
    private static final List<String> TENANTS = List.of("muara-enim", "luwu-timur");
    private final Map<String, String> tokens = new HashMap<>();

    private String token(String tenant, String role, String unit) {
        return tokens.computeIfAbsent(tenant + role + unit, k -> {
            Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), List.of(role), unit);
            return officers().token(tenant, o.get("username"), o.get("password"));
        });
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String officer(String tenant) {
        return "/api/t/" + tenant + "/officer/register";
    }

    private static String pub(String tenant) {
        return "/api/t/" + tenant + "/register";
    }

    private static Map<String, Object> entry(String title, String summary, String infoClass, String unit,
            String lastUpdatedOn) {
        Map<String, Object> b = new HashMap<>(Map.of("title", title, "summary", summary, "holdingOfficial",
                "Kepala Dinas", "holdingUnit", unit, "personResponsible", "Sekretaris Dinas", "madeOn", "2025-11-03",
                "madePlace", "Kantor Dinas", "forms", List.of("SOFTCOPY", "HARDCOPY"), "retentionPeriod", "5 tahun"));
        b.put("infoClass", infoClass);
        b.put("ownerPpid", unit);
        if (lastUpdatedOn != null) {
            b.put("lastUpdatedOn", lastUpdatedOn);
        }
        return b;
    }

    private String create(String tenant, String token, Map<String, Object> body) {
        return as(token).body(body).post(officer(tenant) + "/entries").then().statusCode(201)
                .body("entry.stage", equalTo("DESCRIBED")).body("entry.published", equalTo(false))
                .extract().path("entry.id");
    }

    private JsonPath step(String tenant, String token, String id, String step, Object body) {
        RequestSpecification r = as(token);
        if (body != null) {
            r = r.body(body);
        }
        return r.post(officer(tenant) + "/entries/" + id + "/" + step).then().statusCode(200).extract().jsonPath();
    }

    /** Describe → verify → authenticate → codify (tenant scheme) → publish. */
    private void documentAndPublish(String tenant, String assistant, String main, String id) {
        step(tenant, assistant, id, "verification", null);
        step(tenant, assistant, id, "authentication", null);
        JsonPath codified = step(tenant, main, id, "codification", Map.of());
        assertThat(codified.getString("entry.code")).startsWith(tenant.equals("muara-enim") ? "ME.PUPR." : "LT.PUPR.");
        assertThat(codified.getString("entry.stage")).isEqualTo("CODIFIED");
        step(tenant, assistant, id, "publication", null);
    }

    private Response upload(String tenant, String token, String id, String name, byte[] content, String type) {
        return api().auth().oauth2(token).multiPart("file", name, content, type)
                .post(officer(tenant) + "/entries/" + id + "/documents");
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A common word: the search ranks the newest matches only (the `it` server sets BALAI_SEARCH_CANDIDATES=5, in
     * production 1 000), says that there are more, and a narrower text is ranked in full again.
     */
    @Test
    void aSearchMatchingMoreThanItRanksSaysSoAndRanksTheNewest() {
        String t = "luwu-timur";
        String word = "umum" + UUID.randomUUID().toString().substring(0, 8);
        String main = token(t, "PPID_MAIN", null);
        String pupr = token(t, "PPID_ASSISTANT", "PUPR");
        List<String> published = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = create(t, pupr, entry("Pengumuman " + word + " nomor " + i + (i == 0 ? " khusus" : ""),
                    "Pengumuman umum kepada masyarakat, bagian " + i + ".", "SETIAP_SAAT", "PUPR", null));
            documentAndPublish(t, pupr, main, id);
            published.add(id);
        }
        JsonPath many = api().queryParam("q", word).queryParam("size", 20).get(pub(t) + "/search").then()
                .statusCode(200).extract().jsonPath();
        assertThat(many.getInt("total")).isEqualTo(5);
        assertThat(many.getBoolean("capped")).isTrue();
        // the five published last, whatever their rank
        assertThat(many.getList("items.entry.id", String.class)).containsExactlyInAnyOrderElementsOf(
                published.subList(2, 7));

        JsonPath narrow = api().queryParam("q", word + " khusus").get(pub(t) + "/search").then().statusCode(200)
                .extract().jsonPath();
        assertThat(narrow.getInt("total")).isEqualTo(1);
        assertThat(narrow.getBoolean("capped")).isFalse();
        assertThat(narrow.getList("items.entry.id", String.class)).containsExactly(published.get(0));
    }

    @Test
    void theRegisterRunsItsFullPathInAWibAndAWitaTenant() throws Exception {
        for (String t : TENANTS) {
            fullPath(t);
        }
    }

    private void fullPath(String t) throws Exception {
        String word = "kode" + UUID.randomUUID().toString().substring(0, 8);
        String secret = "rahasia" + UUID.randomUUID().toString().substring(0, 8);
        String main = token(t, "PPID_MAIN", null);
        String pupr = token(t, "PPID_ASSISTANT", "PUPR");
        String dinkes = token(t, "PPID_ASSISTANT", "DINKES");

        // Four classes. The berkala item was last published on 2025-06-01: due again by 2025-12-01, overdue now.
        String berkala = create(t, pupr, entry("Perizinan bangunan gedung " + word,
                "Daftar perizinan bangunan gedung yang diterbitkan setiap semester.", "BERKALA", "PUPR",
                "2025-06-01"));
        String sertaMerta = create(t, main, entry("Peringatan dini banjir " + word,
                "Peringatan dini banjir di sepanjang sungai, dengan jalur evakuasi.", "SERTA_MERTA", "KOMINFO", null));
        String setiapSaat = create(t, pupr, entry("Rencana kerja dan anggaran " + word,
                "Rencana kerja dan anggaran dinas tahun 2026.", "SETIAP_SAAT", "PUPR", null));
        String toExempt = create(t, pupr, entry("Berkas penyidikan izin tambang " + word,
                "Berkas penyidikan pelanggaran perizinan tambang yang sedang berjalan.", "SETIAP_SAAT", "PUPR",
                null));

        // Serta merta: published at once and pushed to the portal's front page (UU KIP Ps 10).
        step(t, main, sertaMerta, "publication", null);
        step(t, main, sertaMerta, "front-page", Map.of("on", true));
        assertThat(api().get(pub(t) + "/front-page").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class)).contains(sertaMerta);

        for (String id : List.of(berkala, setiapSaat, toExempt)) {
            documentAndPublish(t, pupr, main, id);
        }
        byte[] open = pdf("rencana kerja " + word);
        String openDoc = upload(t, pupr, setiapSaat, "rencana-kerja.pdf", open, "application/pdf").then()
                .statusCode(201).body("sha256", equalTo(sha256(open))).extract().path("id");
        String exemptDoc = upload(t, pupr, toExempt, "berkas-penyidikan.pdf", pdf(secret), "application/pdf")
                .then().statusCode(201).extract().path("id");

        // A PPID Pembantu sees only its own unit's entries; it cannot act for another unit.
        as(dinkes).get(officer(t) + "/entries/" + setiapSaat).then().statusCode(404)
                .body("code", equalTo("REGISTER_ENTRY_NOT_FOUND"));
        as(dinkes).body(entry("Data kesehatan ibu dan anak", "Data kesehatan ibu dan anak per kecamatan.",
                "SETIAP_SAAT", "PUPR", null)).post(officer(t) + "/entries").then().statusCode(403)
                .body("code", equalTo("NOT_YOUR_UNIT"));
        assertThat(as(dinkes).get(officer(t) + "/entries?size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.ownerPpid", String.class)).doesNotContain("PUPR");

        // The consequence test: the PPID Pembantu proposes, the PPID Utama fixes it with the regent's decree.
        Map<String, Object> proposal = Map.of("ground", "A", "harmTest",
                "Membuka berkas ini sekarang dapat menghambat penyidikan yang sedang berjalan.", "political",
                "Tidak berdampak politik.", "economic", "Tidak berdampak ekonomi.", "socioCultural",
                "Dapat menimbulkan keresahan warga sekitar tambang.", "defenceSecurity",
                "Dapat mengganggu keamanan proses penyidikan.", "meetingOn", LocalDate.now().minusDays(1).toString(),
                "members", List.of("Kepala Dinas Kominfo", "Kepala Bagian Hukum", "Sekretaris Dinas PUPR"));
        String test = as(pupr).body(proposal).post(officer(t) + "/entries/" + toExempt + "/consequence-tests").then()
                .statusCode(201).body("status", equalTo("PROPOSED")).extract().path("id");
        as(pupr).body(proposal).post(officer(t) + "/entries/" + toExempt + "/consequence-tests").then()
                .statusCode(409).body("code", equalTo("CONSEQUENCE_TEST_PENDING"));
        as(pupr).body(Map.of("decision", "EXEMPT", "decreeNumber", "188.45/1/KEP/2026")).post(officer(t)
                + "/consequence-tests/" + test + "/decision").then().statusCode(403);
        String until = LocalDate.now().plusYears(2).toString();
        as(main).body(Map.of("decision", "EXEMPT", "decreeNumber", "188.45/77/KEP/2026")).post(officer(t)
                + "/consequence-tests/" + test + "/decision").then().statusCode(400)
                .body("code", equalTo("END_DATE_REQUIRED")).body("field", equalTo("exemptUntil"));
        as(main).body(Map.of("decision", "EXEMPT", "decreeNumber", "188.45/77/KEP/2026", "exemptUntil", until))
                .post(officer(t) + "/consequence-tests/" + test + "/decision").then().statusCode(200)
                .body("status", equalTo("EXEMPTION_FIXED")).body("decreeNumber", equalTo("188.45/77/KEP/2026"));
        // A review for the public interest is recorded; this one upholds the exemption.
        as(main).body(Map.of("publicInterest", "Permohonan warga ditinjau; penyidikan masih berjalan.", "open",
                false)).post(officer(t) + "/consequence-tests/" + test + "/review").then().statusCode(200)
                .body("reviews.size()", equalTo(1)).body("reviews[0].opened", equalTo(false))
                .body("status", equalTo("EXEMPTION_FIXED"));

        // Public: the exempt entry is listed with its ground and decree, its documents are never served.
        JsonPath exempt = api().get(pub(t) + "/entries/" + toExempt).then().statusCode(200).extract().jsonPath();
        assertThat(exempt.getString("entry.infoClass")).isEqualTo("DIKECUALIKAN");
        assertThat(exempt.getString("entry.exemption.legalBasis")).isEqualTo("UU 14/2008 Pasal 17 huruf a");
        assertThat(exempt.getString("entry.exemption.decreeNumber")).isEqualTo("188.45/77/KEP/2026");
        assertThat(exempt.getString("entry.exemption.until")).isEqualTo(until);
        assertThat(exempt.getList("documents")).isEmpty();
        api().get(pub(t) + "/entries/" + toExempt + "/documents/" + exemptDoc).then().statusCode(403)
                .body("code", equalTo("INFORMATION_EXEMPT"));
        Response served = api().get(pub(t) + "/entries/" + setiapSaat + "/documents/" + openDoc);
        served.then().statusCode(200).header("Content-Type", startsWith("application/pdf"))
                .header("Content-Disposition", startsWith("attachment"));
        assertThat(served.asByteArray()).isEqualTo(open);
        api().get(pub(t) + "/entries/" + toExempt + "/documents/" + openDoc).then().statusCode(403);
        api().get(pub(t) + "/entries/" + setiapSaat + "/documents/" + exemptDoc).then().statusCode(404)
                .body("code", equalTo("REGISTER_DOCUMENT_NOT_FOUND"));

        // Browse by class and unit.
        assertThat(api().queryParam("class", "BERKALA").queryParam("unit", "PUPR").queryParam("size", 100)
                .get(pub(t) + "/entries").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .contains(berkala).doesNotContain(setiapSaat, sertaMerta);
        assertThat(api().queryParam("class", "DIKECUALIKAN").queryParam("size", 100).get(pub(t) + "/entries")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).contains(toExempt);

        // Search in Indonesian: "izin" finds "Perizinan" (the indonesian stemmer strips per-...-an), ranked,
        // with the match as a marked part of the snippet.
        JsonPath found = api().queryParam("q", "izin " + word).get(pub(t) + "/search").then().statusCode(200)
                .extract().jsonPath();
        assertThat(found.getList("items.entry.id", String.class)).contains(berkala, toExempt)
                .doesNotContain(setiapSaat, sertaMerta);
        List<Map<String, Object>> snippet = found.getList("items.find { it.entry.id == '" + berkala + "' }.snippet");
        assertThat(snippet).filteredOn(part -> Boolean.TRUE.equals(part.get("match")))
                .extracting(part -> part.get("text").toString().toLowerCase()).contains("perizinan");
        assertThat(snippet).filteredOn(part -> Boolean.FALSE.equals(part.get("match"))).isNotEmpty();
        assertThat(found.getDouble("items[0].rank")).isPositive();
        // The exempt entry is found as listed (title, ground, decree) but never with its documents' content.
        Response exemptSearch = api().queryParam("q", "izin " + word).get(pub(t) + "/search");
        assertThat(exemptSearch.asString()).doesNotContain(exemptDoc).doesNotContain("berkas-penyidikan.pdf")
                .doesNotContain(secret);
        assertThat(api().queryParam("q", secret).get(pub(t) + "/search").then().statusCode(200).extract()
                .jsonPath().getInt("total")).isZero();
        // Unpublished entries are not found.
        String draft = create(t, pupr, entry("Perizinan reklame " + word, "Izin reklame yang belum diverifikasi.",
                "SETIAP_SAAT", "PUPR", null));
        assertThat(api().queryParam("q", "izin " + word).get(pub(t) + "/search").then().extract().jsonPath()
                .getList("items.entry.id", String.class)).doesNotContain(draft);
        api().get(pub(t) + "/entries/" + draft).then().statusCode(404);

        // The berkala clock: overdue in the named query and on the public page, until it is updated.
        assertThat(as(main).queryParam("size", 100).get(officer(t) + "/overdue").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).contains(berkala).doesNotContain(setiapSaat);
        api().get(pub(t) + "/entries/" + berkala).then().statusCode(200).body("entry.overdue", equalTo(true))
                .body("entry.nextUpdateDue", equalTo("2025-12-01"));

        // The export for the regional library (Pasal 17(2)): CSV and PDF open and hold the published entries.
        Response csv = api().queryParam("format", "csv").get(pub(t) + "/export");
        csv.then().statusCode(200).header("Content-Type", startsWith("text/csv"));
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new InputStreamReader(new ByteArrayInputStream(csv.asByteArray()), StandardCharsets.UTF_8))) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).extracting(r -> r.get("Judul / Title")).contains("Perizinan bangunan gedung " + word,
                    "Peringatan dini banjir " + word, "Rencana kerja dan anggaran " + word,
                    "Berkas penyidikan izin tambang " + word).doesNotContain("Perizinan reklame " + word);
            assertThat(rows).filteredOn(r -> r.get("Judul / Title").equals("Berkas penyidikan izin tambang " + word))
                    .singleElement().satisfies(r -> {
                        assertThat(r.get("Klasifikasi / Class")).isEqualTo("DIKECUALIKAN");
                        assertThat(r.get("Dasar pengecualian dan SK / Exemption ground and decree"))
                                .contains("Pasal 17 huruf a").contains("188.45/77/KEP/2026");
                    });
        }
        Response pdf = api().queryParam("format", "pdf").get(pub(t) + "/export");
        pdf.then().statusCode(200).header("Content-Type", startsWith("application/pdf"));
        String text = pdfText(pdf.asByteArray());
        assertThat(text).contains("Daftar Informasi Publik").contains(word).doesNotContain(secret);

        // The 6-monthly delivery of a PPID Pembantu to the PPID Utama (Pasal 11b).
        as(pupr).body(Map.of("deliveredOn", LocalDate.now().minusDays(3).toString(), "entries", 3))
                .post(officer(t) + "/deliveries").then().statusCode(201).body("unit", equalTo("PUPR"))
                .body("status", equalTo("DONE"));
        List<Map<String, Object>> deliveries = as(main).get(officer(t) + "/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(deliveries).filteredOn(d -> d.get("unit").equals("PUPR")).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("DONE"));
        assertThat(deliveries).filteredOn(d -> d.get("unit").equals("BPBD")).singleElement()
                .satisfies(d -> assertThat(d.get("status")).isEqualTo("OVERDUE"));
        assertThat(deliveries).extracting(d -> d.get("unit")).doesNotContain("KOMINFO");
        as(pupr).body(Map.of("unit", "DINKES", "deliveredOn", LocalDate.now().toString()))
                .post(officer(t) + "/deliveries").then().statusCode(403).body("code", equalTo("NOT_YOUR_UNIT"));

        // A review that finds a greater public interest opens the entry again (Pasal 16(2)c).
        as(main).body(Map.of("publicInterest", "Penyidikan selesai; kepentingan publik lebih besar.", "open", true))
                .post(officer(t) + "/consequence-tests/" + test + "/review").then().statusCode(200)
                .body("status", equalTo("OPENED_ON_REVIEW")).body("reviews.size()", equalTo(2));
        api().get(pub(t) + "/entries/" + toExempt).then().statusCode(200)
                .body("entry.infoClass", equalTo("SETIAP_SAAT")).body("documents.size()", equalTo(1));

        // Every officer action is in the tenant's audit chain.
        try (Connection c = Db.asSuperuser(); PreparedStatement ps = c.prepareStatement("""
                select action from audit_record where tenant_id = ? and (subject_id = ? or subject_id = ?)
                """)) {
            ps.setString(1, t);
            ps.setString(2, toExempt);
            ps.setString(3, test);
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            assertThat(actions).contains("REGISTER_ENTRY_DESCRIBED", "REGISTER_ENTRY_VERIFIED",
                    "REGISTER_ENTRY_AUTHENTICATED", "REGISTER_ENTRY_CODIFIED", "REGISTER_ENTRY_PUBLISHED",
                    "REGISTER_DOCUMENT_ADDED", "EXEMPTION_PROPOSED", "EXEMPTION_FIXED", "EXEMPTION_UPHELD_ON_REVIEW",
                    "EXEMPTION_OPENED_ON_REVIEW");
        }
    }

    @Test
    void badInputIsRefusedWithACodeAndAField() {
        String t = "luwu-timur";
        String main = token(t, "PPID_MAIN", null);
        Map<String, Object> ok = entry("Standar pelayanan perizinan", "Standar pelayanan perizinan terpadu.",
                "SETIAP_SAAT", "PUPR", null);

        Map<String, Object> unknownUnit = new HashMap<>(ok);
        unknownUnit.put("holdingUnit", "DINAS-FIKTIF");
        as(main).body(unknownUnit).post(officer(t) + "/entries").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_ORG_UNIT")).body("field", equalTo("holdingUnit"));
        Map<String, Object> notPpid = new HashMap<>(ok);
        notPpid.put("ownerPpid", "DESA-USSU");
        as(main).body(notPpid).post(officer(t) + "/entries").then().statusCode(400)
                .body("code", equalTo("NOT_A_PPID")).body("field", equalTo("ownerPpid"));
        Map<String, Object> missing = new HashMap<>(ok);
        missing.remove("title");
        as(main).body(missing).post(officer(t) + "/entries").then().statusCode(400)
                .body("code", equalTo("FIELD_REQUIRED")).body("field", equalTo("title"))
                .body("message.id", equalTo("Judul wajib diisi.")).body("message.en", equalTo("The title is required."));
        Map<String, Object> noForms = new HashMap<>(ok);
        noForms.remove("forms");
        as(main).body(noForms).post(officer(t) + "/entries").then().statusCode(400).body("field", equalTo("forms"));
        Map<String, Object> exempt = new HashMap<>(ok);
        exempt.put("infoClass", "DIKECUALIKAN");
        as(main).body(exempt).post(officer(t) + "/entries").then().statusCode(400)
                .body("code", equalTo("EXEMPTION_NEEDS_CONSEQUENCE_TEST"));
        Map<String, Object> badClass = new HashMap<>(ok);
        badClass.put("infoClass", "RAHASIA");
        as(main).body(badClass).post(officer(t) + "/entries").then().statusCode(400)
                .body("code", equalTo("INVALID_VALUE")).body("field", equalTo("infoClass"));
        Map<String, Object> badDate = new HashMap<>(ok);
        badDate.put("madeOn", "03-11-2025");
        as(main).body(badDate).post(officer(t) + "/entries").then().statusCode(400)
                .body("code", equalTo("INVALID_DATE")).body("field", equalTo("madeOn"));

        String id = create(t, main, ok);
        // Out of order: publish before codification.
        as(main).post(officer(t) + "/entries/" + id + "/publication").then().statusCode(409)
                .body("code", equalTo("REGISTER_STAGE_CONFLICT"));
        // Files: the type is judged by content, the size is limited, the upload must be multipart.
        upload(t, main, id, "laporan.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "application/pdf").then().statusCode(400).body("code", equalTo("UNSUPPORTED_DOCUMENT_TYPE"))
                .body("field", equalTo("file"));
        upload(t, main, id, "program.exe", new byte[] {'M', 'Z', 0, 0}, "application/octet-stream").then()
                .statusCode(400).body("code", equalTo("UNSUPPORTED_DOCUMENT_TYPE"));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf("besar"), 0, big, 0, 10);
        upload(t, main, id, "besar.pdf", big, "application/pdf").then().statusCode(400)
                .body("code", equalTo("DOCUMENT_TOO_LARGE"));
        byte[] huge = Arrays.copyOf(big, 12 * 1024 * 1024);
        assertThat(upload(t, main, id, "besar.pdf", huge, "application/pdf").statusCode()).isEqualTo(413);
        as(main).body("{}").post(officer(t) + "/entries/" + id + "/documents").then().statusCode(400)
                .body("code", equalTo("MULTIPART_REQUIRED"));
        assertThat(as(main).get(officer(t) + "/entries/" + id).then().statusCode(200).extract().jsonPath()
                .getList("documents")).as("nothing half-written").isEmpty();

        // Consequence test input.
        as(main).body(Map.of("ground", "K", "harmTest", "x")).post(officer(t) + "/entries/" + id
                + "/consequence-tests").then().statusCode(400).body("code", equalTo("INVALID_VALUE"))
                .body("field", equalTo("ground"));
        as(main).body(Map.of("ground", "H", "harmTest", "Mengungkap rahasia pribadi warga.", "political", "tidak ada",
                "economic", "tidak ada", "socioCultural", "tidak ada", "defenceSecurity", "tidak ada", "meetingOn",
                "2026-01-10", "members", List.of("Satu orang"))).post(officer(t) + "/entries/" + id
                        + "/consequence-tests").then().statusCode(400).body("code", equalTo("MEMBERS_REQUIRED"));

        // Public input and unknown things.
        api().get(pub(t) + "/search").then().statusCode(400).body("field", equalTo("q"));
        api().queryParam("class", "RAHASIA").get(pub(t) + "/entries").then().statusCode(400)
                .body("field", equalTo("class"));
        api().queryParam("unit", "DINAS-FIKTIF").get(pub(t) + "/entries").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_ORG_UNIT"));
        api().queryParam("format", "docx").get(pub(t) + "/export").then().statusCode(400)
                .body("code", equalTo("INVALID_FORMAT"));
        api().get(pub(t) + "/entries/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", equalTo("REGISTER_ENTRY_NOT_FOUND"));
        api().get(pub(t) + "/entries/not-a-uuid").then().statusCode(404);
        api().get("/api/t/kabupaten-fiktif/register/entries").then().statusCode(404)
                .body("code", equalTo("TENANT_NOT_FOUND"));
    }

    @Test
    void officerEndpointsNeedASignedInPpid() {
        String t = "muara-enim";
        api().get(officer(t) + "/entries").then().statusCode(401);
        api().contentType(ContentType.JSON).body("{}").post(officer(t) + "/entries").then().statusCode(401);
        String bupati = token(t, "BUPATI", null);
        as(bupati).get(officer(t) + "/entries").then().statusCode(403);
        String team = token(t, "CONSEQUENCE_TEST_TEAM", null);
        as(team).get(officer(t) + "/entries").then().statusCode(200);
        as(team).body(Map.of("decision", "NOT_EXEMPT")).post(officer(t) + "/consequence-tests/" + UUID.randomUUID()
                + "/decision").then().statusCode(403);
        // The public side needs no login.
        api().get(pub(t) + "/entries").then().statusCode(200);
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
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
}
