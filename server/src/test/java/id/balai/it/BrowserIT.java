package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.balai.it.BrowserSupport.action;
import static id.balai.it.BrowserSupport.assertFitsThePhone;
import static id.balai.it.BrowserSupport.button;
import static id.balai.it.BrowserSupport.byId;
import static id.balai.it.BrowserSupport.openFromQueue;
import static id.balai.it.BrowserSupport.tab;
import static id.balai.it.BrowserSupport.link;
import static id.balai.it.BrowserSupport.readAll;
import static id.balai.it.GlossaryOnScreen.assertSpeaksTheGlossary;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;


import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The web app in a real Chromium (Debian's, driven by Playwright for Java) against the real server and PostgreSQL
 * (issue 6): a citizen reports on a 360x740 phone and tracks it; the central admin verifies and dispatches; the agency
 * operator receives and answers; the central admin sends the answer; the citizen sees it. axe-core runs on every page
 * (serious or critical violations fail the test) and screenshots go to target/screenshots.
 */
class BrowserIT extends InChromium {
    private static final String TENANT = "muara-enim";
    @Test
    void aReportGoesFromACitizensPhoneThroughTheOfficesAndTheAnswerComesBack() {
        // --- the citizen, on a phone ---
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/"));
        assertThat(phone.locator("h1")).containsText("Muara Enim");
        assertThat(phone.locator("html")).hasAttribute("lang", "id");
        assertThat(link(phone, "082374048333")).isVisible();
        assertFitsThePhone(phone);
        chromium.check(phone, "01-portal-home");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hak dan tenggat")).first().click();
        assertThat(phone.locator("h1")).containsText("Hak Anda");
        assertThat(phone.locator("main")).containsText("paling lama 3 hari kerja");
        chromium.check(phone, "02-rights");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kirim laporan")).first().click();
        assertThat(phone.locator("h1")).hasText("Kirim laporan");
        chromium.check(phone, "03-report-form");
        phone.locator("#category").selectOption("INFRASTRUKTUR");
        phone.locator("#title").fill("Jembatan gantung Dusun II rusak");
        phone.locator("#description").fill("Lantai jembatan gantung di Dusun II patah, anak sekolah memutar jauh.");
        phone.locator("#location").fill("Dusun II, Desa Tanjung, Kec. Lawang Kidul");
        byId(phone, "reporter.name").fill("Siti Rahmawati");
        byId(phone, "reporter.phone").fill("12345");
        button(phone, "Kirim laporan").click();
        // The API's error appears next to the field it names.
        assertThat(byId(phone, "reporter.phone-error")).containsText("Nomor telepon tidak valid");
        assertThat(byId(phone, "reporter.phone")).hasAttribute("aria-invalid", "true");
        chromium.check(phone, "04-report-form-error");
        byId(phone, "reporter.phone").fill("081234567890");
        button(phone, "Kirim laporan").click();

        assertThat(phone.locator("h1")).containsText("laporan Anda sudah kami terima");
        String number = phone.getByTestId("tracking-number").textContent().trim();
        String code = phone.getByTestId("access-code").textContent().trim();
        assertThat(number).matches("ME-\\d{4}-\\d{6}");
        assertThat(code).isNotBlank();
        assertThat(phone.locator("main")).containsText("Catat atau foto nomor laporan dan kode akses");
        assertFitsThePhone(phone);
        chromium.check(phone, "05-receipt");

        link(phone, "Lacak laporan ini").click();
        assertThat(phone.locator("#number")).hasValue(number);
        phone.locator("#code").fill(code);
        button(phone, "Lihat laporan").click();
        assertThat(phone.getByTestId("complaint")).containsText("Diterima");
        assertThat(phone.getByTestId("complaint")).containsText("Laporan diterima");
        chromium.check(phone, "06-tracking");
        assertSpeaksTheGlossary(phone, "06-tracking");

        // --- the offices, at a desk ---
        String admin = officers().adminToken(TENANT);
        Map<String, String> central = officers().create(TENANT, admin, List.of("CENTRAL_ADMIN"), null);
        Map<String, String> pupr = officers().create(TENANT, admin, List.of("AGENCY_OPERATOR"), "PUPR");

        Page desk = chromium.page(false);
        signIn(desk, central);
        tab(desk, "Perlu diverifikasi").click();
        chromium.check(desk, "07-queue-central-admin");
        assertSpeaksTheGlossary(desk, "07-queue-central-admin");
        link(desk, number).click();
        assertThat(desk.locator("h1")).containsText(number);
        assertThat(desk.locator("main")).containsText("dicatat dalam jejak audit");
        chromium.check(desk, "08-case-received");
        assertSpeaksTheGlossary(desk, "08-case-received");
        button(desk, "Tampilkan identitas (tercatat)").click();
        assertThat(desk.getByTestId("identity")).containsText("Siti Rahmawati");
        assertThat(desk.getByTestId("identity")).containsText("81234567890");

        action(desk, "Verifikasi").getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator(".badge").first()).hasText("Sudah diverifikasi");
        chromium.check(desk, "08b-case-verified-dispatch-tree");
        assertSpeaksTheGlossary(desk, "08b-case-verified-dispatch-tree");
        Locator dispatch = action(desk, "Teruskan ke SKPD");
        // The category's SKPD is proposed, ticked, in its own group above the tree (issue 17 item 2).
        assertThat(dispatch.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                .setName("Dinas Pekerjaan Umum dan Penataan Ruang (sesuai kategori)").setExact(true))).isChecked();
        dispatch.getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator(".badge").first()).hasText("Sedang ditangani SKPD");
        chromium.check(desk, "09-case-dispatched");
        assertSpeaksTheGlossary(desk, "09-case-dispatched");

        link(desk, "Laporan langsung").click();
        assertThat(desk.locator("h1")).hasText("Catat laporan langsung");
        chromium.check(desk, "10-walk-in");
        link(desk, "Laporan berkala").click();
        button(desk, "Ringkasan harian").click();
        button(desk, "Tampilkan").click();
        assertThat(desk.locator("table caption")).containsText("Ringkasan harian");
        chromium.check(desk, "11-reports-digest");

        Page agency = chromium.page(false);
        signIn(agency, pupr);
        chromium.check(agency, "12-queue-agency");
        link(agency, number).click();
        assertThat(agency.locator("main")).containsText("dicatat dalam jejak audit");
        action(agency, "Terima di SKPD").getByRole(AriaRole.BUTTON).click();
        assertThat(agency.locator("main")).containsText("Diterima SKPD");
        Locator answer = action(agency, "Kirim jawaban ke admin pusat");
        answer.getByLabel("Jawaban SKPD").fill("Lantai jembatan sudah diganti oleh Bidang Bina Marga pada hari ini.");
        chromium.check(agency, "13-case-agency");
        assertSpeaksTheGlossary(agency, "13-case-agency");
        answer.getByRole(AriaRole.BUTTON).click();
        assertThat(agency.locator("main")).containsText("Sudah dijawab SKPD");

        link(desk, "Antrean").click();
        tab(desk, "Jawaban untuk ditelaah").click();
        link(desk, number).click();
        Locator respond = action(desk, "Kirim jawaban ke pelapor");
        assertThat(respond.getByLabel("Jawaban untuk pelapor")).hasValue(Pattern.compile(".*sudah diganti.*"));
        chromium.check(desk, "14-case-review-answer");
        assertSpeaksTheGlossary(desk, "14-case-review-answer");
        respond.getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator(".badge").first()).hasText("Sudah dijawab");

        // --- the citizen sees the answer and accepts it ---
        button(phone, "Lihat laporan").click();
        assertThat(phone.getByTestId("answer")).containsText("sudah diganti");
        assertThat(phone.getByTestId("complaint")).containsText("Sudah dijawab");
        assertFitsThePhone(phone);
        chromium.check(phone, "15-tracking-answered");
        assertSpeaksTheGlossary(phone, "15-tracking-answered");
        button(phone, "Saya menerima jawaban ini").click();
        assertThat(phone.getByTestId("complaint")).containsText("Selesai");

        phone.context().close();
        desk.context().close();
        agency.context().close();
    }

    @Test
    void theTenantAdminSeesUsersOrgTreeCategoriesParametersAndCalendar() {
        Page page = chromium.page(false);
        signIn(page, Map.of("username", "admin", "password", Officers.initialPassword(TENANT, "admin")));
        assertThat(page.locator("h1")).hasText("Administrasi kabupaten");
        assertThat(page.locator("table")).containsText("admin");
        chromium.check(page, "20-admin-users");
        button(page, "Struktur organisasi").click();
        assertThat(page.locator("main")).containsText("PUPR");
        chromium.check(page, "21-admin-org");
        button(page, "Kategori dan rute").click();
        assertThat(page.locator("table")).containsText("INFRASTRUKTUR");
        button(page, "Parameter regulasi").click();
        assertThat(page.locator("main")).containsText("Verifikasi dan penerusan ke SKPD, sejak diterima");
        assertThat(page.locator("main")).not().containsText("verifyDispatchWorkingDays");
        button(page, "Kalender kerja").click();
        assertThat(page.locator("main")).containsText("Libur nasional");
        chromium.check(page, "22-admin-calendar");
        page.context().close();
    }

    @Test
    void thePortalSwitchesToEnglish() {
        Page page = chromium.page(true);
        page.navigate(url("/" + TENANT + "/lacak"));
        button(page, "English").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Track a report");
        page.locator("#number").fill("ME-2026-999999");
        page.locator("#code").fill("WRONGCODE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show report")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Report not found");
        chromium.check(page, "30-tracking-english-not-found");
        page.context().close();
    }

    /**
     * Issue 15, item 5: the regency's statistics on a phone, with axe, in Indonesian and then English. A report of
     * this year makes sure there is a figure to draw: the tables come first, the charts (Chart.js, a chunk of their
     * own) are drawn on their canvases in the regency's colour, and the Content-Security-Policy refuses nothing.
     */
    @Test
    void theStatisticsPageFitsAPhoneWithItsTablesChartsAndDownloads() {
        api().header("Idempotency-Key", "stat-" + UUID.randomUUID()).header("X-Forwarded-For", Officers.someAddress())
                .contentType(ContentType.JSON).body(Map.of("type", "COMPLAINT", "title", "Lampu jalan padam di pasar",
                        "description", "Lampu jalan di depan pasar padam sejak seminggu.", "category",
                        "INFRASTRUKTUR", "anonymous", true, "confidential", false))
                .post("/api/t/" + TENANT + "/complaints").then().statusCode(201);
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistik layanan")).first().click();
        assertThat(phone.locator("h1")).hasText("Statistik layanan");
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Unduh CSV"))).isVisible();
        Locator category = phone.getByRole(AriaRole.FIGURE, new Page.GetByRoleOptions().setName("Menurut kategori"));
        assertThat(category.getByRole(AriaRole.TABLE)).isVisible();
        Locator chart = category.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions()
                .setName("Grafik batang: Menurut kategori. Angkanya ada di tabel sesudah grafik ini."));
        assertThat(chart).isVisible();
        assertThat(chart).hasAttribute("aria-details", "category-table");
        // Bars in the regency's colour (Muara Enim's #1b5e20) are on the canvas, which fits the phone.
        Number brandPixels = (Number) chart.evaluate("""
                canvas => {
                  const { width, height } = canvas;
                  const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
                  let n = 0;
                  for (let i = 0; i < data.length; i += 4) {
                    if (data[i] === 0x1b && data[i + 1] === 0x5e && data[i + 2] === 0x20) n++;
                  }
                  return n;
                }""");
        assertThat(brandPixels.intValue()).as("pixels of the regency's colour on the chart").isGreaterThan(100);
        assertThat(((Number) chart.evaluate("c => c.getBoundingClientRect().width")).doubleValue())
                .isBetween(100.0, 360.0);
        assertFitsThePhone(phone);
        chromium.check(phone, "64-statistics-360");
        chromium.assertNoConsoleErrors(phone, "statistics page");
        button(phone, "English").click();
        assertThat(phone.locator("h1")).hasText("Service statistics");
        assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download CSV"))).isVisible();
        assertThat(phone.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Bar chart: By category. Its figures are in the table after it."))).isVisible();
        chromium.check(phone, "65-statistics-360-english");
        chromium.assertNoConsoleErrors(phone, "statistics page in English");
        phone.context().close();
    }

    /** A 1x1 PNG (a real one: the server checks files by their content). */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Issue 15, item 6: the page a phone shows while the scripts are still on their way. The scripts are held back
     * (aborted), so what is checked is index.html with its stylesheet alone.
     */
    @Test
    void theShellShowsTheHeaderAndALoadingLineBeforeAnyScriptRuns() {
        for (boolean phone : List.of(true, false)) {
            Page page = chromium.page(phone);
            if (!phone) {
                page.setViewportSize(1366, 768);
            }
            page.route("**/assets/*.js", Route::abort);
            page.navigate(url("/" + TENANT + "/"));
            assertThat(page.locator("html")).hasAttribute("lang", "id");
            assertThat(page.getByRole(AriaRole.BANNER)).containsText("Balai");
            assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.STATUS)).hasText("Memuat…");
            // styled by the linked stylesheet (no inline style under the CSP): the header has the default brand colour
            assertThat(page.getByRole(AriaRole.BANNER).evaluate("e => getComputedStyle(e).backgroundColor"))
                    .isEqualTo("rgb(29, 66, 89)");
            if (phone) {
                assertFitsThePhone(page);
            }
            chromium.check(page, phone ? "60-shell-360" : "61-shell-1366");
            page.context().close();
        }
    }

    /**
     * Issue 15, item 6: a camera-sized photo is made smaller in the phone (longest side 1600 px) before it is sent,
     * with a preview; the upload shows its progress on a slow line; the case page shows it as a thumbnail.
     */
    @Test
    void aLargePhotoIsMadeSmallerOnThePhoneShownAsAPreviewAndItsUploadShowsProgress() {
        byte[] photo = BrowserSupport.cameraPhoto();
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/lapor"));
        assertThat(phone.locator("h1")).hasText("Kirim laporan");
        phone.locator("#title").fill("Jalan berlubang di depan pasar");
        phone.locator("#description").fill("Lubang besar di jalan depan pasar, motor sering jatuh saat hujan.");
        byId(phone, "reporter.phone").fill("081234567894");
        phone.locator("#attachments").setInputFiles(new FilePayload("jalan-besar.jpg", "image/jpeg", photo));
        Locator preview = phone.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName("Pratinjau foto jalan-besar.jpg"));
        assertThat(preview).isVisible();
        assertThat(phone.getByTestId("chosen-files")).containsText("diperkecil dari");
        assertFitsThePhone(phone);
        chromium.check(phone, "62-photo-preview-360");

        // The report is held on its way (as on a slow line), so that the progress bar can be seen and checked.
        AtomicReference<Route> held = BrowserSupport.holdPosts(phone, "**/api/t/" + TENANT + "/complaints");
        button(phone, "Kirim laporan").click();
        phone.waitForCondition(() -> held.get() != null);
        assertThat(phone.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Pengiriman lampiran")))
                .isVisible();
        assertThat(phone.getByTestId("upload-status")).containsText("terkirim");
        assertThat(button(phone, "Mengirim…")).isDisabled();
        chromium.check(phone, "63-upload-progress-360");
        assertThat(held.get().request().headerValue("content-type")).startsWith("multipart/form-data");
        assertThat(held.get().request().headerValue("idempotency-key")).startsWith("web-");
        held.get().resume();
        assertThat(phone.locator("h1")).containsText("laporan Anda sudah kami terima");
        String number = phone.getByTestId("tracking-number").textContent().trim();
        phone.context().close();

        // What the server stored: a JPEG no larger than 1600 px on its longest side (4000x3000 -> 1600x1200).
        String admin = officers().adminToken(TENANT);
        Map<String, String> central = officers().create(TENANT, admin, List.of("CENTRAL_ADMIN"), null);
        String token = officers().token(TENANT, central.get("username"), central.get("password"));
        List<Map<String, Object>> items = api().auth().oauth2(token).queryParam("size", 100)
                .get("/api/t/" + TENANT + "/officer/complaints").then().statusCode(200).extract().jsonPath()
                .getList("items");
        String id = items.stream().filter(i -> number.equals(i.get("trackingNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        Map<String, Object> attachment = api().auth().oauth2(token).get("/api/t/" + TENANT + "/officer/complaints/" + id)
                .then().statusCode(200).extract().jsonPath().getMap("attachments[0]");
        assertThat(attachment).containsEntry("fileName", "jalan-besar.jpg").containsEntry("mediaType", "image/jpeg");
        byte[] stored = api().auth().oauth2(token)
                .get("/api/t/" + TENANT + "/officer/complaints/" + id + "/attachments/" + attachment.get("position"))
                .then().statusCode(200).extract().asByteArray();
        BufferedImage image = decode(stored);
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(1600);
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
        assertThat(stored.length).as("stored bytes vs the camera's %d", photo.length).isLessThan(photo.length);

        // The officer sees it as a thumbnail on the case page.
        Page desk = chromium.page(false);
        desk.setViewportSize(1366, 768);
        signIn(desk, central);
        desk.navigate(url("/" + TENANT + "/kantor/kasus/" + id));
        // Below the fold at first: fetched only once it comes near the screen.
        desk.getByTestId("attachments").scrollIntoViewIfNeeded();
        Locator enlarge = button(desk, "Perbesar foto jalan-besar.jpg");
        Locator thumbnail = enlarge.locator("img[alt='Foto lampiran jalan-besar.jpg']");
        assertThat(thumbnail).isVisible();
        assertThat(thumbnail).hasAttribute("loading", "lazy");
        assertThat(((Number) thumbnail.evaluate("img => img.naturalWidth")).intValue()).isEqualTo(1600);
        chromium.check(desk, "64-case-thumbnail-1366");
        // The thumbnail opens the photo large in a dialog named by the file; Escape closes it, focus comes back.
        enlarge.click();
        Locator viewer = desk.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("jalan-besar.jpg"));
        assertThat(viewer).isVisible();
        assertThat(viewer.locator("img")).isVisible();
        assertThat(viewer.locator("img").boundingBox().width).as("the photo's width in the viewer")
                .isGreaterThan(3 * thumbnail.boundingBox().width);
        chromium.check(desk, "65-photo-viewer-1366");
        desk.keyboard().press("Escape");
        assertThat(viewer).isHidden();
        assertThat(enlarge).isFocused();
        desk.context().close();
    }

    @Test
    void aReportWithAPhotoListsItOnTheTrackingPageAndTheCasePage() {
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/lapor"));
        assertThat(phone.locator("h1")).hasText("Kirim laporan");
        phone.locator("#title").fill("Lampu jalan padam di Jalan Merdeka");
        phone.locator("#description").fill("Tiga lampu jalan padam sejak seminggu, jalan gelap di malam hari.");
        byId(phone, "reporter.phone").fill("081234567891");
        phone.locator("#attachments").setInputFiles(new FilePayload("lampu.png", "image/png", PNG));
        button(phone, "Kirim laporan").click();
        assertThat(phone.locator("h1")).containsText("laporan Anda sudah kami terima");
        String number = phone.getByTestId("tracking-number").textContent().trim();
        String code = phone.getByTestId("access-code").textContent().trim();
        link(phone, "Lacak laporan ini").click();
        phone.locator("#code").fill(code);
        button(phone, "Lihat laporan").click();
        assertThat(phone.getByTestId("attachments")).containsText("lampu.png");
        Download download = phone.waitForDownload(() -> button(phone, "Unduh lampu.png").click());
        assertThat(readAll(download)).isEqualTo(PNG);
        assertFitsThePhone(phone);
        chromium.check(phone, "40-tracking-attachment");

        String admin = officers().adminToken(TENANT);
        Map<String, String> central = officers().create(TENANT, admin, List.of("CENTRAL_ADMIN"), null);
        Page desk = chromium.page(false);
        signIn(desk, central);
        openFromQueue(desk, "Perlu diverifikasi", number);
        assertThat(desk.getByTestId("attachments")).containsText("lampu.png");
        Download atDesk = desk.waitForDownload(() -> button(desk, "Unduh lampu.png").click());
        assertThat(readAll(atDesk)).isEqualTo(PNG);
        chromium.check(desk, "41-case-attachment");
        // The walk-in form takes attachments too (multipart: complaint + attachments).
        link(desk, "Laporan langsung").click();
        desk.locator("#title").fill("Laporan langsung dengan foto");
        desk.locator("#description").fill("Warga datang membawa foto jalan berlubang di depan pasar.");
        byId(desk, "reporter.phone").fill("081234567893");
        desk.locator("#attachments").setInputFiles(new FilePayload("jalan.png", "image/png", PNG));
        button(desk, "Kirim laporan").click();
        String walkIn = desk.getByTestId("tracking-number").textContent().trim();
        assertThat(walkIn).matches("ME-\\d{4}-\\d{6}");
        phone.context().close();
        desk.context().close();
    }

    /**
     * Issue 16 on a phone, with axe on each page: a reporter asks for news by e-mail on the form, answers the central
     * administrator's question with a photo on the tracking page, and stops the e-mails from the link in them (the
     * page asks before it changes anything).
     */
    @Test
    void aReporterAsksForNewsByEmailAnswersAQuestionWithAPhotoAndStopsTheNews() throws Exception {
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/lapor"));
        phone.locator("#title").fill("Drainase tersumbat di Jalan Sudirman");
        phone.locator("#description").fill("Air menggenang setiap hujan karena saluran tersumbat sampah.");
        String email = "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        byId(phone, "reporter.email").fill(email);
        phone.getByLabel("Lewat e-mail", new Page.GetByLabelOptions().setExact(true)).check();
        assertFitsThePhone(phone);
        chromium.check(phone, "44-report-form-news-by-email");
        assertSpeaksTheGlossary(phone, "44-report-form-news-by-email");
        button(phone, "Kirim laporan").click();
        assertThat(phone.locator("h1")).containsText("laporan Anda sudah kami terima");
        String number = phone.getByTestId("tracking-number").textContent().trim();
        String code = phone.getByTestId("access-code").textContent().trim();

        // The central administrator asks a question (on the API: the desk's side is BrowserIT's first test).
        String admin = officers().adminToken(TENANT);
        Map<String, String> central = officers().create(TENANT, admin, List.of("CENTRAL_ADMIN"), null);
        String token = officers().token(TENANT, central.get("username"), central.get("password"));
        String id = api().auth().oauth2(token).queryParam("q", number).get("/api/t/" + TENANT + "/officer/complaints")
                .then().statusCode(200).extract().path("items[0].id");
        as(token).body(Map.of("question", "Di depan nomor rumah berapa saluran itu tersumbat?"))
                .post("/api/t/" + TENANT + "/officer/complaints/" + id + "/clarification-request").then()
                .statusCode(200);

        link(phone, "Lacak laporan ini").click();
        phone.locator("#code").fill(code);
        button(phone, "Lihat laporan").click();
        assertThat(phone.getByTestId("complaint")).containsText("Menunggu penjelasan Anda");
        assertThat(phone.getByTestId("complaint")).containsText("Di depan nomor rumah berapa");
        phone.locator("#clarification").fill("Di depan rumah nomor 12, dekat warung.");
        phone.locator("#clarification-photos").setInputFiles(new FilePayload("saluran.png", "image/png", PNG));
        assertFitsThePhone(phone);
        chromium.check(phone, "45-clarification-with-photo");
        assertSpeaksTheGlossary(phone, "45-clarification-with-photo");
        button(phone, "Kirim penjelasan").click();
        assertThat(phone.getByTestId("complaint")).containsText("Anda memberi penjelasan");
        assertThat(phone.getByTestId("attachments")).containsText("saluran.png");

        // The link the e-mails carry: the page says what will stop and changes nothing until asked.
        String link = null;
        for (int i = 0; i < 40 && link == null; i++) {
            try (java.sql.Connection c = Db.asSuperuser(); java.sql.PreparedStatement ps = c.prepareStatement(
                    "select unsubscribe_url from mail_outbox where tenant_id = ? and subject_id = ? "
                            + "and unsubscribe_url is not null limit 1")) {
                ps.setString(1, TENANT);
                ps.setString(2, id);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    link = rs.next() ? rs.getString(1) : null;
                }
            }
            if (link == null) {
                Thread.sleep(500);
            }
        }
        assertThat(link).as("an unsubscribe link in the reporter's mail").isNotNull();
        String unsubscribe = link.substring(link.lastIndexOf('/') + 1);
        phone.navigate(url("/" + TENANT + "/berhenti/" + unsubscribe));
        assertThat(phone.locator("h1")).hasText("Berhenti menerima kabar");
        assertThat(phone.locator("main")).containsText(number);
        assertFitsThePhone(phone);
        chromium.check(phone, "46-unsubscribe");
        assertSpeaksTheGlossary(phone, "46-unsubscribe");
        button(phone, "Berhenti menerima e-mail").click();
        assertThat(phone.getByRole(AriaRole.STATUS)).containsText("Anda tidak lagi menerima e-mail tentang " + number);
        chromium.assertNoConsoleErrors(phone, "news by e-mail");
        phone.context().close();
    }

    /**
     * Issue 15: the central administrator blurs a face on a report's photo in the browser (a rectangle dragged on the
     * canvas), saves it and publishes the photo as blurred; the public photo address then serves a picture of the
     * same size whose marked part is pixelated and the rest as it was, without the Content-Security-Policy refusing
     * anything on the way.
     */
    @Test
    void theCentralAdminBlursAPartOfAPhotoInTheBrowserAndThePublicGetsOnlyTheBlurredPicture() {
        byte[] sent = checkerboardPhoto();
        String json = "{\"type\":\"COMPLAINT\",\"title\":\"Pungutan liar di loket pasar\",\"description\":"
                + "\"Petugas loket meminta uang tambahan; wajahnya ada di foto.\",\"category\":\"LAINNYA\","
                + "\"anonymous\":true,\"confidential\":false}";
        String tracking = api().header("Idempotency-Key", "blur-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress())
                .multiPart("complaint", "complaint.json", json.getBytes(StandardCharsets.UTF_8), "application/json")
                .multiPart("attachments", "loket.jpg", sent, "image/jpeg")
                .post("/api/t/" + TENANT + "/complaints").then().statusCode(201).extract().path("trackingNumber");
        Map<String, String> central = officers().create(TENANT, officers().adminToken(TENANT),
                List.of("CENTRAL_ADMIN"), null);
        String token = officers().token(TENANT, central.get("username"), central.get("password"));
        String id = api().auth().oauth2(token).queryParam("size", 100).get("/api/t/" + TENANT + "/officer/complaints")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(i -> tracking.equals(i.get("trackingNumber"))).findFirst().map(i -> (String) i.get("id"))
                .orElseThrow();
        byte[] original = api().auth().oauth2(token).get("/api/t/" + TENANT + "/officer/complaints/" + id
                + "/attachments/1").then().statusCode(200).extract().asByteArray();

        Page desk = chromium.page(false);
        signIn(desk, central);
        desk.navigate(url("/" + TENANT + "/kantor/kasus/" + id));
        Locator panel = desk.getByTestId("publication-panel");
        Locator photo = panel.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("loket.jpg"));
        photo.getByLabel("Untuk publik, disamarkan", new Locator.GetByLabelOptions().setExact(true)).check();
        photo.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Samarkan foto")).click();
        Locator canvas = panel.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions()
                .setName("Pratinjau loket.jpg dengan 0 area disamarkan"));
        assertThat(canvas).isVisible();
        // Drag over the middle of the photo (the checkerboard): a quarter to three quarters of each side.
        BoundingBox box = canvas.boundingBox();
        desk.mouse().move(box.x + box.width * 0.25, box.y + box.height * 0.25);
        desk.mouse().down();
        desk.mouse().move(box.x + box.width * 0.5, box.y + box.height * 0.5, new Mouse.MoveOptions().setSteps(4));
        desk.mouse().move(box.x + box.width * 0.75, box.y + box.height * 0.75, new Mouse.MoveOptions().setSteps(4));
        desk.mouse().up();
        assertThat(panel.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions()
                .setName("Pratinjau loket.jpg dengan 1 area disamarkan"))).isVisible();
        desk.locator("#blur-reason").fill("Wajah petugas disamarkan");
        chromium.check(desk, "42-blur-editor");
        button(desk, "Simpan versi disamarkan").click();
        assertThat(panel.getByText("Versi disamarkan loket.jpg tersimpan.")).isVisible();
        assertThat(photo.locator("img[alt='Versi disamarkan dari loket.jpg']")).isVisible();
        desk.locator("#publication-reason").fill("Layak dipublikasikan");
        button(desk, "Publikasikan").click();
        assertThat(panel.getByText("Publikasi tersimpan.")).isVisible();
        chromium.check(desk, "43-blurred-photo-published");
        chromium.assertNoConsoleErrors(desk, "blurring a photo");
        desk.context().close();

        byte[] served = api().get("/api/t/" + TENANT + "/public/reports/" + tracking + "/photos/1").then()
                .statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(served).isNotEqualTo(original);
        BufferedImage before = decode(original);
        BufferedImage after = decode(served);
        assertThat(after.getWidth()).isEqualTo(before.getWidth());
        assertThat(after.getHeight()).isEqualTo(before.getHeight());
        // The checkerboard's 4-pixel squares were marked: in the picture the public gets, neighbouring pixels there
        // are alike (coarse blocks), where in the original every fourth pair was black and white.
        double sharp = neighbourDifference(before, 150, 110, 250, 190);
        double blurred = neighbourDifference(after, 150, 110, 250, 190);
        assertThat(sharp).as("original's neighbour difference").isGreaterThan(40);
        assertThat(blurred).as("blurred's neighbour difference (original's: %s)", sharp).isLessThan(sharp / 8);
        // Outside the marked part the picture is the original's (within JPEG's own error).
        assertThat(Math.abs(grey(after, 30, 30) - grey(before, 30, 30))).isLessThan(12);
        assertThat(Math.abs(grey(after, 370, 270) - grey(before, 370, 270))).isLessThan(12);
    }

    /** A 400x300 photo: grey, with a 4-pixel black-and-white checkerboard in the middle (a detail to hide). */
    private static byte[] checkerboardPhoto() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                boolean middle = x >= 100 && x < 300 && y >= 75 && y < 225;
                int v = middle ? (((x / 4) + (y / 4)) % 2 == 0 ? 0 : 255) : 128;
                image.setRGB(x, y, new Color(v, v, v).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int grey(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }

    /** The mean difference of grey between horizontally neighbouring pixels in a rectangle. */
    private static double neighbourDifference(BufferedImage image, int x0, int y0, int x1, int y1) {
        long sum = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1 - 1; x++) {
                sum += Math.abs(grey(image, x, y) - grey(image, x + 1, y));
                n++;
            }
        }
        return (double) sum / n;
    }

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private String ppidToken(String role, String unit) {
        Map<String, String> o = officers().create(TENANT, officers().adminToken(TENANT), List.of(role), unit);
        return officers().token(TENANT, o.get("username"), o.get("password"));
    }

    /** A register entry made through the API: described, verified, authenticated, codified, published. */
    private String publishedEntry(String main, String assistant, String title, String summary) {
        String register = "/api/t/" + TENANT + "/officer/register/entries";
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "summary", summary, "holdingOfficial",
                "Kepala Dinas", "holdingUnit", "PUPR", "personResponsible", "Sekretaris Dinas", "madeOn",
                "2026-01-05", "madePlace", "Kantor Dinas PUPR", "forms", List.of("SOFTCOPY"), "retentionPeriod",
                "5 tahun"));
        body.put("infoClass", "SETIAP_SAAT");
        body.put("ownerPpid", "PUPR");
        String id = as(assistant).body(body).post(register).then().statusCode(201).extract().path("entry.id");
        as(assistant).post(register + "/" + id + "/verification").then().statusCode(200);
        as(assistant).post(register + "/" + id + "/authentication").then().statusCode(200);
        as(main).body(Map.of()).post(register + "/" + id + "/codification").then().statusCode(200);
        as(assistant).post(register + "/" + id + "/publication").then().statusCode(200);
        return id;
    }

    @Test
    void aCitizenFindsARegisterEntryByAnInflectedWordAndSeesAnExemptEntryAsExempt() {
        String main = ppidToken("PPID_MAIN", null);
        String pupr = ppidToken("PPID_ASSISTANT", "PUPR");
        String word = "reklame" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        String open = publishedEntry(main, pupr, "Daftar perizinan " + word,
                "Perizinan " + word + " yang diterbitkan dinas tahun 2026.");
        String exempt = publishedEntry(main, pupr, "Berkas penyidikan " + word,
                "Berkas penyidikan pelanggaran yang sedang berjalan.");
        String officer = "/api/t/" + TENANT + "/officer/register";
        String test = as(pupr).body(Map.of("ground", "A", "harmTest",
                "Membuka berkas ini sekarang menghambat penyidikan yang sedang berjalan.", "political", "Tidak ada.",
                "economic", "Tidak ada.", "socioCultural", "Dapat menimbulkan keresahan.", "defenceSecurity",
                "Mengganggu proses penyidikan.", "meetingOn", java.time.LocalDate.now().minusDays(1).toString(),
                "members", List.of("Kepala Dinas Kominfo", "Kepala Bagian Hukum")))
                .post(officer + "/entries/" + exempt + "/consequence-tests").then().statusCode(201).extract()
                .path("id");
        as(main).body(Map.of("decision", "EXEMPT", "decreeNumber", "188.45/90/KEP/2026", "exemptUntil",
                java.time.LocalDate.now().plusYears(1).toString()))
                .post(officer + "/consequence-tests/" + test + "/decision").then().statusCode(200);

        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/"));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Informasi publik").setExact(true)).first()
                .click();
        assertThat(phone.locator("h1")).hasText("Daftar informasi publik");
        chromium.check(phone, "50-register");
        // "izin" finds "perizinan" (PostgreSQL's indonesian configuration); the match is marked.
        phone.locator("#q").fill("izin " + word);
        button(phone, "Cari").click();
        Locator results = phone.getByTestId("register-results");
        assertThat(results).containsText("hasil untuk");
        assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Daftar perizinan " + word)))
                .isVisible();
        assertThat(results.locator("mark").first()).isVisible();
        assertThat(results.locator("mark", new Locator.LocatorOptions().setHasText(Pattern.compile("izin",
                Pattern.CASE_INSENSITIVE))).first()).isVisible();
        assertFitsThePhone(phone);
        chromium.check(phone, "51-register-search");
        results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Daftar perizinan " + word)).click();
        assertThat(phone.locator("h1")).hasText("Daftar perizinan " + word);
        assertThat(phone.locator("main")).containsText("Informasi tersedia setiap saat");
        chromium.check(phone, "52-register-entry");

        phone.navigate(url("/" + TENANT + "/informasi/" + exempt));
        assertThat(phone.getByTestId("exemption")).containsText("Informasi ini dikecualikan");
        assertThat(phone.getByTestId("exemption")).containsText("188.45/90/KEP/2026");
        assertThat(phone.getByTestId("exemption")).containsText("Pasal 17 huruf a");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dokumen"))).hasCount(0);
        assertFitsThePhone(phone);
        chromium.check(phone, "53-register-exempt");
        phone.context().close();
        assertThat(open).isNotBlank();
    }

    @Test
    void aCitizenRequestsInformationOnAPhoneAnOfficerIssuesTheNoticeAndTheCitizenDownloadsIt() throws Exception {
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/"));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Minta informasi").setExact(true)).first()
                .click();
        assertThat(phone.locator("h1")).hasText("Ajukan permohonan informasi");
        chromium.check(phone, "60-request-form");
        byId(phone, "requester.idNumber").fill("1603010101010001");
        byId(phone, "requester.name").fill("Rudi Hartono");
        byId(phone, "requester.address").fill("Jl. Sudirman No. 1, Muara Enim");
        byId(phone, "requester.phone").fill("081234567892");
        byId(phone, "requester.email").fill("rudi@example.id");
        phone.locator("#informationWanted").fill("Daftar izin mendirikan bangunan yang terbit pada tahun 2025.");
        phone.locator("#purpose").fill("Bahan penelitian skripsi tentang tata ruang.");
        phone.locator("#obtainMethod").selectOption("SOFT_COPY");
        phone.locator("#receiveMethod").selectOption("EMAIL");
        button(phone, "Kirim permohonan").click();
        // Checked in the browser first: the ID copy (Pasal 22(8)) and the willingness to pay, next to their fields.
        assertThat(phone.locator("[id='idCopy-error']")).isVisible();
        assertThat(phone.locator("[id='willingToPay-error']")).isVisible();
        chromium.check(phone, "61-request-form-errors");
        phone.locator("#idCopy").setInputFiles(new FilePayload("ktp.png", "image/png", PNG));
        phone.getByLabel("Ya, bersedia").check();
        button(phone, "Kirim permohonan").click();
        assertThat(phone.locator("h1")).containsText("permohonan Anda sudah kami terima");
        String number = phone.getByTestId("registration-number").textContent().trim();
        String code = phone.getByTestId("access-code").textContent().trim();
        assertThat(code).isNotBlank();
        assertThat(phone.getByTestId("notice-due")).not().isEmpty();
        assertFitsThePhone(phone);
        chromium.check(phone, "62-request-receipt");
        link(phone, "Lacak permohonan ini").click();
        assertThat(phone.locator("#number")).hasValue(number);
        phone.locator("#code").fill(code);
        button(phone, "Lihat permohonan").click();
        assertThat(phone.getByTestId("request")).containsText("Terdaftar");
        chromium.check(phone, "63-request-tracking");

        // --- the PPID officer issues the written notice ---
        Map<String, String> ppid = officers().create(TENANT, officers().adminToken(TENANT), List.of("PPID_MAIN"),
                null);
        Page desk = chromium.page(false);
        signIn(desk, ppid);
        link(desk, "Permohonan informasi").click();
        assertThat(desk.locator("h1")).hasText("Permohonan informasi");
        chromium.check(desk, "64-ppid-queue");
        link(desk, number).click();
        assertThat(desk.locator("h1")).hasText(number);
        Locator notice = desk.getByTestId("notice-form");
        notice.getByLabel("Ya, dikuasai").check();
        byId(desk, "notice.decision").selectOption("GRANTED_FULL");
        byId(desk, "notice.informationGiven").fill("Daftar izin mendirikan bangunan tahun 2025 (PDF, 3 halaman).");
        byId(desk, "notice.medium").selectOption("SOFT_COPY");
        notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Terbitkan pemberitahuan")).click();
        // A missing element is named next to its field.
        assertThat(byId(desk, "notice.format-error")).isVisible();
        assertThat(byId(desk, "notice.format")).hasAttribute("aria-invalid", "true");
        chromium.check(desk, "65-ppid-notice-form-error");
        byId(desk, "notice.format").fill("PDF");
        notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Terbitkan pemberitahuan")).click();
        assertThat(desk.locator(".badge").first()).hasText("Pemberitahuan terbit");
        chromium.check(desk, "66-ppid-request-notice-issued");

        // --- the citizen downloads the notice ---
        button(phone, "Lihat permohonan").click();
        assertThat(phone.getByTestId("notice")).containsText("Diberikan seluruhnya");
        Download pdf = phone.waitForDownload(() -> button(phone, "Unduh pemberitahuan (PDF)").click());
        byte[] bytes = readAll(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        assertFitsThePhone(phone);
        chromium.check(phone, "67-request-notice");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hak dan tenggat")).first().click();
        assertThat(phone.getByTestId("ppid-clocks")).containsText("paling lama 10 hari kerja");
        assertThat(phone.getByTestId("ppid-clocks")).containsText("14 hari kerja");
        phone.context().close();
        desk.context().close();
    }

    private void signIn(Page page, Map<String, String> officer) {
        BrowserSupport.signIn(chromium, page, base, TENANT, officer);
    }
}
