package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

import id.balai.support.SampleFiles;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Issue 15: nothing a citizen wrote is public before the central administrator publishes a masked public version;
 * every public surface (Open311 JSON and XML, the public list and report) serves only that version; rejected,
 * rahasia and declined reports are refused; the reporter's take-down works at once; every act is logged, audited
 * and told to the reporter.
 */
class ModerationIT extends BalaiIT {
    private static final String T = "muara-enim";
    private static final String NIK = "1603051205900001";
    private static final String PHONE_IN_TEXT = "0812-3456-7890";
    private static final String EMAIL_IN_TEXT = "warga.pelapor@example.com";
    private static final String NAME = "Sumarni Wulandari";

    private String central;

    private Map<String, Object> report(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "COMPLAINT", "title", "Pungutan liar di kantor desa",
                "description", "Saya " + NAME + ", NIK " + NIK + ", HP " + PHONE_IN_TEXT + ", e-mail " + EMAIL_IN_TEXT
                        + ". Petugas desa meminta uang untuk surat pengantar.",
                "category", "LAINNYA", "reporter", Map.of("name", NAME, "phone", "081377771234")));
        body.putAll(extra);
        return body;
    }

    private Response submit(Map<String, Object> body) {
        return api().header("Idempotency-Key", "mod-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + T + "/complaints");
    }

    private String central() {
        if (central == null) {
            Map<String, String> c = officers().create(T, officers().adminToken(T), List.of("CENTRAL_ADMIN"), null);
            central = officers().token(T, c.get("username"), c.get("password"));
        }
        return central;
    }

    private String idOf(String tracking) {
        List<Map<String, Object>> items = api().auth().oauth2(central()).queryParam("size", 100)
                .get("/api/t/" + T + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
    }

    private Response publish(String id, String title, String text, String reason) {
        return api().auth().oauth2(central()).contentType(ContentType.JSON)
                .body(Map.of("title", title, "text", text, "publicAttachments", List.of(), "reason", reason))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/publication");
    }

    /** Everything the public can read of reports, in one string. */
    private String everyPublicSurface(String tracking) {
        StringBuilder all = new StringBuilder();
        all.append(api().queryParam("jurisdiction_id", T).get("/open311/v2/requests.json").then().statusCode(200)
                .extract().asString());
        all.append(api().queryParam("jurisdiction_id", T).get("/open311/v2/requests.xml").then().statusCode(200)
                .extract().asString());
        all.append(api().queryParam("jurisdiction_id", T).get("/open311/v2/requests/" + tracking + ".json")
                .asString());
        all.append(api().queryParam("jurisdiction_id", T).get("/open311/v2/requests/" + tracking + ".xml")
                .asString());
        all.append(api().queryParam("size", 100).get("/api/t/" + T + "/public/reports").then().statusCode(200)
                .extract().asString());
        all.append(api().get("/api/t/" + T + "/public/reports/" + tracking).asString());
        return all.toString();
    }

    private void assertNotPublic(String tracking) {
        assertThat(everyPublicSurface(tracking)).doesNotContain(tracking).doesNotContain(NIK)
                .doesNotContain(PHONE_IN_TEXT).doesNotContain(EMAIL_IN_TEXT).doesNotContain("Sumarni")
                .doesNotContain("Petugas desa meminta uang");
        api().queryParam("jurisdiction_id", T).get("/open311/v2/requests/" + tracking + ".json").then()
                .statusCode(404);
        api().get("/api/t/" + T + "/public/reports/" + tracking).then().statusCode(404);
    }

    private List<String> log(String id) {
        return api().auth().oauth2(central()).get("/api/t/" + T + "/officer/complaints/" + id + "/publication")
                .then().statusCode(200).extract().jsonPath().getList("log.act");
    }

    private static List<String> audited(String complaintId) throws Exception {
        try (Connection c = Db.asSuperuser(); PreparedStatement ps = c.prepareStatement(
                "select action from audit_record where tenant_id = ? and subject_id = ? order by seq nulls last, journal_id")) {
            ps.setString(1, T);
            ps.setString(2, complaintId);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    private List<String> history(String tracking, String code) {
        return api().queryParam("code", code).get("/api/t/" + T + "/complaints/" + tracking).then().statusCode(200)
                .extract().jsonPath().getList("history.action");
    }

    @Test
    void aReportIsPublicOnlyAsItsMaskedPublishedVersionAndEveryActIsLoggedAuditedAndTold() throws Exception {
        Response r = submit(report(Map.of()));
        String tracking = r.then().statusCode(201).extract().path("trackingNumber");
        String code = r.path("accessCode");
        String id = idOf(tracking);

        assertNotPublic(tracking);

        // The publish form is pre-masked, with what was found in plain words.
        Response form = api().auth().oauth2(central()).get("/api/t/" + T + "/officer/complaints/" + id
                + "/publication");
        form.then().statusCode(200).body("status", equalTo("NONE"));
        String proposed = form.path("proposedText.text");
        assertThat(proposed).contains("[NIK disamarkan]").contains("[nomor telepon disamarkan]")
                .contains("[alamat e-mail disamarkan]").contains("[nama disamarkan]").doesNotContain(NIK)
                .doesNotContain("Sumarni").doesNotContain("Wulandari").doesNotContain(EMAIL_IN_TEXT);
        assertThat(form.jsonPath().getList("proposedText.findings.kind", String.class)).contains("NIK", "PHONE",
                "EMAIL", "REPORTER_NAME");
        assertThat(audited(id)).contains("PERSONAL_DATA_READ");

        // Published with an edit: every public surface shows the masked version only.
        publish(id, "Pungutan liar saat mengurus surat", proposed + " Mohon ditertibkan.", "Layak dipublikasikan")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        String surfaces = everyPublicSurface(tracking);
        assertThat(surfaces).contains(tracking).contains("Pungutan liar saat mengurus surat")
                .contains("Mohon ditertibkan.").contains("[NIK disamarkan]").doesNotContain(NIK)
                .doesNotContain(PHONE_IN_TEXT).doesNotContain(EMAIL_IN_TEXT).doesNotContain("Sumarni")
                .doesNotContain("081377771234").doesNotContain("Pungutan liar di kantor desa");
        api().get("/api/t/" + T + "/public/reports/" + tracking).then().statusCode(200)
                .body("report.title", equalTo("Pungutan liar saat mengurus surat"))
                .body("report.category", equalTo("LAINNYA"));
        api().queryParam("jurisdiction_id", T).get("/open311/v2/requests/" + tracking + ".json").then()
                .statusCode(200).body("[0].service_request_id", equalTo(tracking));

        // Edited, unpublished by the administrator, published again, then taken down at the reporter's request.
        publish(id, "Pungutan liar saat mengurus surat pengantar", proposed, "Judul diperjelas").then()
                .statusCode(200).body("status", equalTo("PUBLISHED"));
        api().auth().oauth2(central()).contentType(ContentType.JSON).body(Map.of("reason", "Perlu ditinjau ulang"))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/publication/withdrawal").then().statusCode(200)
                .body("status", equalTo("UNPUBLISHED"));
        assertNotPublic(tracking);
        publish(id, "Pungutan liar saat mengurus surat", proposed, "Sudah ditinjau").then().statusCode(200);
        assertThat(everyPublicSurface(tracking)).contains(tracking);

        api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("code", code)).post("/api/t/" + T + "/complaints/" + tracking + "/takedown-request")
                .then().statusCode(200).body("published", equalTo(false));
        assertNotPublic(tracking);

        assertThat(log(id)).containsExactly("PUBLISH", "EDIT", "UNPUBLISH", "PUBLISH", "TAKEDOWN_REQUESTED");
        List<String> reasons = api().auth().oauth2(central())
                .get("/api/t/" + T + "/officer/complaints/" + id + "/publication").jsonPath().getList("log.reason");
        assertThat(reasons.get(4)).isEqualTo("atas permintaan pelapor");
        assertThat(audited(id)).containsSubsequence("COMPLAINT_PUBLICATION_PUBLISH", "COMPLAINT_PUBLICATION_EDIT",
                "COMPLAINT_PUBLICATION_UNPUBLISH", "COMPLAINT_PUBLICATION_PUBLISH",
                "COMPLAINT_PUBLICATION_TAKEDOWN_REQUESTED");
        // The reporter was told of each act, with its reason, on the tracking page.
        assertThat(history(tracking, code)).containsSubsequence("PUBLICATION_PUBLISH", "PUBLICATION_EDIT",
                "PUBLICATION_UNPUBLISH", "PUBLICATION_PUBLISH", "PUBLICATION_TAKEDOWN_REQUESTED");
        assertThat(api().queryParam("code", code).get("/api/t/" + T + "/complaints/" + tracking).asString())
                .contains("Alasan: Perlu ditinjau ulang").contains("Alasan: atas permintaan pelapor");

        // The audit chain still verifies.
        api().auth().oauth2(officers().adminToken(T)).get("/api/t/" + T + "/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void rejectingAPublishedReportUnpublishesItAndARejectedReportIsNeverPublished() throws Exception {
        Response r = submit(report(Map.of()));
        String tracking = r.then().statusCode(201).extract().path("trackingNumber");
        String code = r.path("accessCode");
        String id = idOf(tracking);
        publish(id, "Pungutan liar saat mengurus surat", "Petugas meminta uang untuk surat pengantar.", "Layak")
                .then().statusCode(200);
        assertThat(everyPublicSurface(tracking)).contains(tracking);

        api().auth().oauth2(central()).contentType(ContentType.JSON).body(Map.of("reason", "SPAM", "note", "Iklan"))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/rejection").then().statusCode(200);

        assertNotPublic(tracking);
        assertThat(log(id)).containsExactly("PUBLISH", "UNPUBLISH");
        assertThat(audited(id)).contains("COMPLAINT_PUBLICATION_UNPUBLISH");
        assertThat(history(tracking, code)).contains("PUBLICATION_UNPUBLISH");
        publish(id, "Pungutan liar saat mengurus surat", "Petugas meminta uang untuk surat pengantar.", "Coba lagi")
                .then().statusCode(409).body("code", equalTo("NOT_PUBLISHABLE"))
                .body("message.id", org.hamcrest.Matchers.containsString("ditolak"));
        assertNotPublic(tracking);
    }

    @Test
    void rahasiaAndDeclinedReportsAreRefusedAndNeverAppear() {
        for (Map<String, Object> choice : List.<Map<String, Object>>of(Map.of("confidential", true),
                Map.of("publicDeclined", true))) {
            String tracking = submit(report(choice)).then().statusCode(201).extract().path("trackingNumber");
            String id = idOf(tracking);
            api().auth().oauth2(central()).get("/api/t/" + T + "/officer/complaints/" + id + "/publication").then()
                    .statusCode(200).body("refusal", org.hamcrest.Matchers.notNullValue());
            publish(id, "Pungutan liar saat mengurus surat", "Petugas meminta uang untuk surat pengantar.", "Layak")
                    .then().statusCode(409).body("code", equalTo("NOT_PUBLISHABLE"));
            assertNotPublic(tracking);
        }
    }

    @Test
    void anSmsReportIsToldOfModerationBySms() throws Exception {
        String from = "0813" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Map<String, String> sms = new HashMap<>(Map.of("from", from, "to", "082374048333", "text",
                "Jembatan gantung di dusun kami putus, anak sekolah harus menyeberang sungai."));
        String token = System.getProperty("balai.it.sms.inbound.token");
        if (token != null) {
            sms.put("token", token);
        }
        String reply = api().queryParams(sms).get("/api/sms/kannel/inbound").then().statusCode(200).extract()
                .asString();
        Matcher m = Pattern.compile("ME-\\d{4}-\\d{6}").matcher(reply);
        assertThat(m.find()).as(reply).isTrue();
        String id = idOf(m.group());

        publish(id, "Jembatan gantung putus", "Jembatan gantung di dusun putus, anak sekolah menyeberang sungai.",
                "Layak dipublikasikan").then().statusCode(200);

        try (Connection c = Db.asSuperuser(); PreparedStatement ps = c.prepareStatement(
                "select text from sms_outbox where tenant_id = ? and subject_id = ? order by created_at")) {
            ps.setString(1, T);
            ps.setString(2, id);
            List<String> texts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            assertThat(texts).anySatisfy(t -> assertThat(t).contains("ditampilkan untuk publik")
                    .contains("Alasan: Layak dipublikasikan"));
        }
    }

    @Test
    void theNewEndpointsNeedTheCentralAdminOfTheTenant() {
        String tracking = submit(report(Map.of())).then().statusCode(201).extract().path("trackingNumber");
        String id = idOf(tracking);
        String path = "/api/t/" + T + "/officer/complaints/" + id + "/publication";
        api().get(path).then().statusCode(401);
        api().contentType(ContentType.JSON).body(Map.of("reason", "x")).post(path).then().statusCode(401);
        api().contentType(ContentType.JSON).body(Map.of("reason", "xyz")).post(path + "/withdrawal").then()
                .statusCode(401);
        Map<String, String> lt = officers().create("luwu-timur", officers().adminToken("luwu-timur"),
                List.of("CENTRAL_ADMIN"), null);
        String luwu = officers().token("luwu-timur", lt.get("username"), lt.get("password"));
        api().auth().oauth2(luwu).get(path).then().statusCode(404);
        api().auth().oauth2(luwu).get("/api/t/luwu-timur/officer/complaints/" + id + "/publication").then()
                .statusCode(404);
        Map<String, String> coordinator = officers().create(T, officers().adminToken(T), List.of("OPS_COORDINATOR"),
                null);
        api().auth().oauth2(officers().token(T, coordinator.get("username"), coordinator.get("password")))
                .get(path).then().statusCode(403);
        // A tracking number of Muara Enim is unknown under Luwu Timur's public pages.
        api().get("/api/t/luwu-timur/public/reports/" + tracking).then().statusCode(404);
        api().get("/api/t/luwu-timur/public/reports/" + tracking + "/photos/1").then().statusCode(404);
    }

    /** A report with a photo (as a phone sends it) and a letter, by the multipart form. */
    private String reportWithAPhoto() {
        String json = "{\"type\":\"COMPLAINT\",\"title\":\"Pungutan liar di pasar\",\"description\":\"Petugas "
                + "pasar meminta uang tambahan, wajahnya ada di foto.\",\"category\":\"LAINNYA\",\"anonymous\":true,"
                + "\"confidential\":false}";
        return api().header("Idempotency-Key", "mod-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress())
                .multiPart("complaint", "complaint.json", json.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("attachments", "pasar.jpg", SampleFiles.phonePhoto(), "image/jpeg")
                .multiPart("attachments", "surat.pdf", SampleFiles.pdf(), "application/pdf")
                .post("/api/t/" + T + "/complaints").then().statusCode(201).extract().path("trackingNumber");
    }

    /** What the administrator's browser sends: a blurred picture (a grey PNG here). */
    private static byte[] blurredPicture() throws Exception {
        return grey("png");
    }

    private static byte[] grey(String format) throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A blurred JPEG as a careless client might send it: with EXIF naming a person and a place. */
    private static byte[] blurredJpegWithExif() throws Exception {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ARTIST, SampleFiles.OWNER);
        exif.setGpsInDegrees(103.7, -3.65);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(grey("jpg"), out, exif);
        byte[] jpeg = out.toByteArray();
        assertThat(SampleFiles.hasExif(jpeg)).isTrue();
        return jpeg;
    }

    private Response blur(String token, String tenant, String id, int position, byte[] file, String type) {
        return api().auth().oauth2(token).multiPart("photo", "foto-disamarkan", file, type)
                .multiPart("reason", "Wajah petugas dan pelat nomor disamarkan")
                .put("/api/t/" + tenant + "/officer/complaints/" + id + "/publication/photos/" + position);
    }

    private Response publishPhotos(String id, List<Integer> asSent, List<Integer> blurred, String reason) {
        return api().auth().oauth2(central()).contentType(ContentType.JSON)
                .body(Map.of("title", "Pungutan liar di pasar", "text", "Petugas pasar meminta uang tambahan.",
                        "publicAttachments", asSent, "blurredAttachments", blurred, "reason", reason))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/publication");
    }

    private byte[] publicPhoto(String tracking, int position, int status) {
        return api().get("/api/t/" + T + "/public/reports/" + tracking + "/photos/" + position).then()
                .statusCode(status).extract().asByteArray();
    }

    @Test
    void aPhotoShownBlurredIsServedOnlyAsItsBlurredVersionNeverAsSent() throws Exception {
        String tracking = reportWithAPhoto();
        String id = idOf(tracking);
        byte[] original = api().auth().oauth2(central())
                .get("/api/t/" + T + "/officer/complaints/" + id + "/attachments/1").then().statusCode(200).extract()
                .asByteArray();
        byte[] blurred = blurredPicture();

        // Shown blurred without a blurred version: refused, nothing public.
        publishPhotos(id, List.of(), List.of(1), "Layak dipublikasikan").then().statusCode(409)
                .body("code", equalTo("BLURRED_VERSION_MISSING")).body("field", equalTo("blurredAttachments"));

        // The blurred version is stored (before any publication); the same picture again is no new act.
        blur(central(), T, id, 1, blurred, "image/png").then().statusCode(200)
                .body("blurredPhotos[0].position", equalTo(1))
                .body("blurredPhotos[0].sha256", equalTo(sha256(blurred)))
                .body("log[0].act", equalTo("PHOTO_BLURRED")).body("log[0].photo", equalTo(1));
        blur(central(), T, id, 1, blurred, "image/png").then().statusCode(200);
        assertThat(log(id)).containsExactly("PHOTO_BLURRED");
        publicPhoto(tracking, 1, 404);

        publishPhotos(id, List.of(), List.of(1), "Layak dipublikasikan").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("blurredAttachments", equalTo(List.of(1)))
                .body("publicAttachments", equalTo(List.of()));
        assertThat(api().get("/api/t/" + T + "/public/reports/" + tracking).then().statusCode(200).extract()
                .jsonPath().getList("report.photos", String.class))
                .containsExactly("/api/t/" + T + "/public/reports/" + tracking + "/photos/1");
        Response served = api().get("/api/t/" + T + "/public/reports/" + tracking + "/photos/1");
        served.then().statusCode(200).contentType("image/png").header("Cache-Control", "no-cache");
        assertThat(served.asByteArray()).isEqualTo(blurred).isNotEqualTo(original);
        assertThat(api().auth().oauth2(central())
                .get("/api/t/" + T + "/officer/complaints/" + id + "/publication/photos/1").then().statusCode(200)
                .extract().asByteArray()).isEqualTo(blurred);

        // Publishing again, even with the photo marked public as sent, keeps the blurred version in its place.
        publishPhotos(id, List.of(1), List.of(), "Judul tetap").then().statusCode(200);
        assertThat(publicPhoto(tracking, 1, 200)).isEqualTo(blurred);

        // A blurred version sent with EXIF loses it here too, whatever the browser did.
        blur(central(), T, id, 1, blurredJpegWithExif(), "image/jpeg").then().statusCode(200);
        byte[] jpeg = publicPhoto(tracking, 1, 200);
        assertThat(SampleFiles.hasExif(jpeg)).isFalse();
        assertThat(jpeg).isNotEqualTo(original).isNotEqualTo(blurred);

        // Removing it while the public version shows the photo blurred is refused; once it shows none, it goes, and
        // the photo marked public as sent is then the original.
        blur(central(), T, id, 1, blurred, "image/png").then().statusCode(200);
        publishPhotos(id, List.of(), List.of(1), "Foto disamarkan lagi").then().statusCode(200);
        String withdrawal = "/api/t/" + T + "/officer/complaints/" + id + "/publication/photos/1/withdrawal";
        api().auth().oauth2(central()).contentType(ContentType.JSON).body(Map.of("reason", "Tidak perlu lagi"))
                .post(withdrawal).then().statusCode(409).body("code", equalTo("BLURRED_PHOTO_IN_USE"))
                .body("message.id", org.hamcrest.Matchers.notNullValue())
                .body("message.en", org.hamcrest.Matchers.notNullValue());
        assertThat(publicPhoto(tracking, 1, 200)).isEqualTo(blurred);
        publishPhotos(id, List.of(), List.of(), "Foto tidak ditampilkan").then().statusCode(200);
        publicPhoto(tracking, 1, 404);
        api().auth().oauth2(central()).contentType(ContentType.JSON).body(Map.of("reason", "Tidak perlu lagi"))
                .post(withdrawal).then().statusCode(200).body("blurredPhotos", equalTo(List.of()));
        publishPhotos(id, List.of(1), List.of(), "Foto asli tidak menampilkan orang").then().statusCode(200);
        assertThat(publicPhoto(tracking, 1, 200)).isEqualTo(original);

        // Unpublished: no photo at all.
        api().auth().oauth2(central()).contentType(ContentType.JSON).body(Map.of("reason", "Ditinjau ulang"))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/publication/withdrawal").then().statusCode(200);
        publicPhoto(tracking, 1, 404);

        assertThat(log(id)).containsExactly("PHOTO_BLURRED", "PUBLISH", "EDIT", "PHOTO_BLURRED", "PHOTO_BLURRED",
                "EDIT", "EDIT", "PHOTO_BLUR_REMOVED", "EDIT", "UNPUBLISH");
        assertThat(audited(id)).containsSubsequence("COMPLAINT_PUBLICATION_PHOTO_BLURRED",
                "COMPLAINT_PUBLICATION_PUBLISH", "COMPLAINT_PUBLICATION_PHOTO_BLURRED",
                "COMPLAINT_PUBLICATION_PHOTO_BLUR_REMOVED", "COMPLAINT_PUBLICATION_UNPUBLISH");
        api().auth().oauth2(officers().adminToken(T)).get("/api/t/" + T + "/audit/verify").then().statusCode(200)
                .body("valid", equalTo(true));
    }

    @Test
    void aBlurredVersionMustBeAWholePhotoOfTheReportSentByTheCentralAdminOfItsTenant() throws Exception {
        String tracking = reportWithAPhoto();
        String id = idOf(tracking);
        byte[] blurred = blurredPicture();

        // Bad files: 400 with a stable code and both languages, nothing stored.
        blur(central(), T, id, 1, SampleFiles.pdf(), "application/pdf").then().statusCode(400)
                .body("code", equalTo("ATTACHMENT_TYPE_NOT_ALLOWED")).body("field", equalTo("photo"))
                .body("message.id", equalTo("Berkas harus berupa foto JPEG atau PNG."))
                .body("message.en", equalTo("The file must be a JPEG or PNG photo."));
        blur(central(), T, id, 1, "MZ\u0090 bukan foto".getBytes(StandardCharsets.ISO_8859_1), "image/jpeg").then()
                .statusCode(400).body("code", equalTo("ATTACHMENT_TYPE_NOT_ALLOWED"));
        byte[] phone = SampleFiles.phonePhoto();
        blur(central(), T, id, 1, java.util.Arrays.copyOf(phone, phone.length / 2), "image/jpeg").then()
                .statusCode(400).body("code", equalTo("ATTACHMENT_UNREADABLE"));
        blur(central(), T, id, 1, new byte[0], "image/png").then().statusCode(400)
                .body("code", equalTo("ATTACHMENT_EMPTY"));
        api().auth().oauth2(central()).multiPart("photo", "f.png", blurred, "image/png")
                .put("/api/t/" + T + "/officer/complaints/" + id + "/publication/photos/1").then().statusCode(400)
                .body("code", equalTo("TEXT_TOO_SHORT")).body("field", equalTo("reason"));
        // Not a photo of the report: the letter, a position it does not have.
        blur(central(), T, id, 2, blurred, "image/png").then().statusCode(400).body("code", equalTo("NOT_A_PHOTO"));
        blur(central(), T, id, 9, blurred, "image/png").then().statusCode(404)
                .body("code", equalTo("ATTACHMENT_NOT_FOUND"));
        assertThat(log(id)).isEmpty();

        // Only the central administrator of the report's own regency.
        String path = "/api/t/" + T + "/officer/complaints/" + id + "/publication/photos/1";
        api().multiPart("photo", "f.png", blurred, "image/png").multiPart("reason", "Wajah disamarkan").put(path)
                .then().statusCode(401);
        api().get(path).then().statusCode(401);
        api().contentType(ContentType.JSON).body(Map.of("reason", "Tidak perlu")).post(path + "/withdrawal").then()
                .statusCode(401);
        Map<String, String> coordinator = officers().create(T, officers().adminToken(T), List.of("OPS_COORDINATOR"),
                null);
        String ops = officers().token(T, coordinator.get("username"), coordinator.get("password"));
        blur(ops, T, id, 1, blurred, "image/png").then().statusCode(403);
        Map<String, String> lt = officers().create("luwu-timur", officers().adminToken("luwu-timur"),
                List.of("CENTRAL_ADMIN"), null);
        String luwu = officers().token("luwu-timur", lt.get("username"), lt.get("password"));
        blur(luwu, T, id, 1, blurred, "image/png").then().statusCode(404);
        blur(luwu, "luwu-timur", id, 1, blurred, "image/png").then().statusCode(404);
        api().auth().oauth2(luwu).get("/api/t/luwu-timur/officer/complaints/" + id + "/publication/photos/1").then()
                .statusCode(404);
        assertThat(log(id)).isEmpty();

        // A rahasia report's photos are never made public, blurred or not.
        String secret = submit(report(Map.of("confidential", true))).then().statusCode(201).extract()
                .path("trackingNumber");
        blur(central(), T, idOf(secret), 1, blurred, "image/png").then().statusCode(409)
                .body("code", equalTo("NOT_PUBLISHABLE"));

        // The blurred version of a published photo is not served under another regency.
        blur(central(), T, id, 1, blurred, "image/png").then().statusCode(200);
        publishPhotos(id, List.of(), List.of(1), "Layak dipublikasikan").then().statusCode(200);
        publicPhoto(tracking, 1, 200);
        api().get("/api/t/luwu-timur/public/reports/" + tracking + "/photos/1").then().statusCode(404);
    }

    private static String sha256(byte[] content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void thePreviewShowsTheMaskedTextAndStoresNothing() {
        Response p = api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("title", "Pungli oleh Pak Darto", "description", "Saya " + NAME + " NIK " + NIK
                        + " telp " + PHONE_IN_TEXT, "reporter", Map.of("name", NAME)))
                .post("/api/t/" + T + "/complaints/preview");
        p.then().statusCode(200).body("title", equalTo("Pungli oleh Pak [nama disamarkan]"))
                .body("text", equalTo("Saya [nama disamarkan] NIK [NIK disamarkan] telp [nomor telepon disamarkan]"));
        assertThat(p.jsonPath().getList("findings.kind", String.class)).contains("NIK", "PHONE", "REPORTER_NAME",
                "NAME");
        assertThat(p.asString()).doesNotContain(NIK).doesNotContain("Darto");
    }
}
