package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The platform operator's and the provincial admin's pages in a real Chromium against the real server (issue 7,
 * item 5): the operator onboards a regency from a definition with several errors, sees them by path, corrects it,
 * sees the first admin's one-time credentials, opens the new portal, suspends it (the portal shows the notice),
 * reactivates it and downloads its archive; the provincial admin sees the table with the disclaimer, changes a
 * weight, opens a drill-down, the trend, and downloads the CSV. axe-core on each page, screenshots into
 * target/screenshots (prefix {@code p}).
 */
class PlatformBrowserIT extends InChromium {
    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Nothing wider than the 360-px phone: no sideways scrolling of the page (wide tables scroll in their box). */
    private static void assertFitsThePhone(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 360-px phone").isLessThanOrEqualTo(360);
    }

    /** Letters for a slug and a short code that no other run or test uses (the IT database may be kept). */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    private static String definition(String slug, String name, String shortCode, String province, String provinceName,
            String timeZone) {
        String sms = "0811" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        return """
                slug: %s
                name: %s
                shortCode: %s
                regionCode: "%s.%02d"
                province:
                  code: "%s"
                  name: %s
                timeZone: %s
                hosts: []
                channels:
                  website: %s.example
                  smsNumber: "%s"
                orgUnits:
                  - code: KOMINFO
                    name: Dinas Komunikasi dan Informatika
                    kind: AGENCY
                    hostsSpikm: true
                    hostsPpidUtama: true
                  - code: PUPR
                    name: Dinas Pekerjaan Umum
                    kind: AGENCY
                    ppidPembantu: true
                complaintCategories:
                  - code: JALAN
                    name: Jalan dan jembatan
                    routeTo: PUPR
                """.formatted(slug, name, shortCode, province, ThreadLocalRandom.current().nextInt(1, 99), province,
                provinceName, timeZone, slug, sms);
    }

    private static void signIn(Page page, String heading, String username, String password) {
        assertThat(page.locator("h1")).hasText(heading);
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        button(page, "Masuk").click();
        assertThat(button(page, "Keluar")).isVisible();
    }

    @Test
    void theOperatorOnboardsARegencyFromADefinitionWithErrorsSuspendsReactivatesAndExportsIt() throws Exception {
        String slug = "uji-" + letters(6);
        String name = "Kabupaten Uji " + slug.substring(4).toUpperCase();
        String good = definition(slug, name, letters(4).toUpperCase(), "82", "Maluku Utara", "WIT");
        String broken = good.replace("slug: " + slug, "slug: Uji Coba").replace("timeZone: WIT", "timeZone: JST")
                .replaceFirst("shortCode: [A-Z]+", "shortCode: uc12345");

        Page desk = chromium.page(false);
        desk.navigate(url("/platform"));
        chromium.check(desk, "p00-platform-sign-in");
        signIn(desk, "Masuk operator platform", "operator", Officers.initialPassword("-", "operator"));
        assertThat(desk.locator("h1")).hasText("Kabupaten/kota");
        assertThat(desk.locator("tr[data-slug='muara-enim']")).containsText("WIB");
        assertThat(desk.locator("tr[data-slug='muara-enim']")).containsText("Aktif");
        chromium.check(desk, "p01-platform-tenants");

        // --- onboarding: every problem by path next to the definition, nothing created ---
        link(desk, "Orientasi baru").click();
        assertThat(desk.locator("h1")).hasText("Orientasi kabupaten/kota baru");
        desk.locator("#definition").fill(broken);
        button(desk, "Periksa dan buat").click();
        Locator problems = desk.locator("#definition-problems");
        assertThat(problems).containsText("$.slug");
        assertThat(problems).containsText("$.timeZone");
        assertThat(problems).containsText("$.shortCode");
        assertThat(desk.locator("#definition-error")).containsText("masalah");
        assertThat(desk.locator("#definition")).hasAttribute("aria-invalid", "true");
        chromium.check(desk, "p02-onboarding-problems");
        api().get("/api/t/" + slug).then().statusCode(404);

        // --- corrected: live at once, the first admin's credentials shown once ---
        desk.locator("#definition").fill(good);
        button(desk, "Periksa dan buat").click();
        assertThat(desk.locator("h1")).hasText(name + " sudah aktif");
        assertThat(desk.getByTestId("admin-username")).hasText("admin");
        String password = desk.getByTestId("admin-password").textContent().trim();
        assertThat(password).isNotBlank();
        assertThat(desk.getByRole(AriaRole.ALERT)).containsText("hanya ditampilkan sekali");
        chromium.check(desk, "p03-onboarded-credentials");
        officers().token(slug, "admin", password);

        Page phone = chromium.page(true);
        phone.navigate(url("/" + slug + "/"));
        assertThat(phone.locator("h1")).containsText(name);
        assertFitsThePhone(phone);

        // --- suspend, with a confirmation; the portal shows the notice ---
        link(desk, "Kabupaten/kota").click();
        Locator row = desk.locator("tr[data-slug='" + slug + "']");
        assertThat(row).containsText("WIT");
        assertThat(row).containsText("82");
        button(desk, "Tangguhkan " + name).click();
        assertThat(row).containsText("Data tetap tersimpan");
        chromium.check(desk, "p04-suspend-confirmation");
        button(desk, "Ya, tangguhkan").click();
        assertThat(desk.getByText(name + " ditangguhkan.")).isVisible();
        assertThat(row.locator(".badge")).hasText("Ditangguhkan");

        phone.reload();
        assertThat(phone.locator("h1")).hasText("Layanan kabupaten ini dihentikan sementara");
        assertFitsThePhone(phone);
        chromium.check(phone, "p05-portal-suspended");

        // --- reactivate: the portal is back ---
        button(desk, "Aktifkan kembali " + name).click();
        button(desk, "Ya, aktifkan").click();
        assertThat(desk.getByText(name + " aktif kembali.")).isVisible();
        assertThat(row.locator(".badge")).hasText("Aktif");
        phone.reload();
        assertThat(phone.locator("h1")).containsText(name);

        // --- export: the archive downloads ---
        Download archive = desk.waitForDownload(() -> button(desk, "Unduh arsip " + name).click());
        assertThat(archive.suggestedFilename()).startsWith("balai-" + slug).endsWith(".zip");
        byte[] zip = Files.readAllBytes(archive.path());
        assertThat(new String(zip, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(desk.getByText("Arsip " + name + " sudah diunduh.")).isVisible();

        // --- import: the same archive into this deployment is refused (the regency exists), next to the file ---
        link(desk, "Impor arsip").click();
        desk.locator("#archive").setInputFiles(new FilePayload(archive.suggestedFilename(), "application/zip", zip));
        button(desk, "Impor").click();
        assertThat(desk.locator("#archive-error")).isVisible();
        assertThat(desk.locator("#archive")).hasAttribute("aria-invalid", "true");
        chromium.check(desk, "p07-import-refused");

        // --- a provincial admin: the API's error next to the field, then the one-time password ---
        link(desk, "Admin provinsi").click();
        String username = "prov82-" + letters(5);
        desk.locator("#username").fill(username);
        desk.locator("#displayName").fill("Admin Provinsi Maluku Utara");
        desk.locator("#province").fill("8");
        button(desk, "Buat akun").click();
        assertThat(desk.locator("#province-error")).isVisible();
        assertThat(desk.locator("#province")).hasAttribute("aria-invalid", "true");
        chromium.check(desk, "p06-provincial-admin-error");
        desk.locator("#province").fill("82");
        button(desk, "Buat akun").click();
        assertThat(desk.getByTestId("provincial-password")).not().isEmpty();
        String provincialPassword = desk.getByTestId("provincial-password").textContent().trim();
        officers().token(null, username, provincialPassword);

        // --- the compliance run ---
        link(desk, "Kabupaten/kota").click();
        button(desk, "Jalankan agregasi sekarang").click();
        assertThat(desk.getByText(java.util.regex.Pattern.compile("Agregasi selesai untuk \\d+ kabupaten/kota"))).isVisible();

        phone.context().close();
        desk.context().close();
    }

    @Test
    void theProvincialAdminSeesTheTableWithTheDisclaimerChangesAWeightDrillsDownAndDownloadsTheCsv() throws Exception {
        String operator = officers().operatorToken();
        String slug = "uji-" + letters(6);
        String name = "Kabupaten Uji " + slug.substring(4).toUpperCase();
        api().auth().oauth2(operator).contentType("application/yaml")
                .body(definition(slug, name, letters(4).toUpperCase(), "81", "Maluku", "WIT")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/platform/tenants").then().statusCode(201);
        api().auth().oauth2(operator).post("/api/platform/compliance/runs").then().statusCode(200);
        String username = "prov81-" + letters(5);
        Response created = api().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("username", username, "displayName", "Admin Provinsi Maluku", "province", "81"))
                .post("/api/platform/provincial-admins");
        created.then().statusCode(201);

        // On a phone: mobile first (the wide table scrolls in its own box).
        Page phone = chromium.page(true);
        phone.navigate(url("/provinsi"));
        chromium.check(phone, "p10-province-sign-in");
        // The operator's one-time password signs in only to choose a new one.
        signIn(phone, "Masuk admin provinsi", username, created.path("oneTimePassword"));
        assertThat(phone.locator("h1")).hasText("Buat kata sandi baru");
        chromium.check(phone, "p10b-province-new-password");
        String own = Officers.ownPassword();
        phone.locator("#current-password").fill(created.path("oneTimePassword"));
        phone.locator("#new-password").fill(own);
        phone.locator("#repeat-password").fill(own);
        button(phone, "Simpan kata sandi").click();
        assertThat(phone.getByRole(AriaRole.STATUS)).containsText("Kata sandi diganti");
        signIn(phone, "Masuk admin provinsi", username, own);
        assertThat(phone.locator("h1")).hasText("Kepatuhan kabupaten/kota, provinsi 81");
        assertThat(phone.getByTestId("disclaimer")).containsText("bukan nilai resmi Komisi Informasi");
        Locator row = phone.locator("tr[data-slug='" + slug + "']");
        assertThat(row).isVisible();
        assertThat(phone.getByTestId("weights")).containsText("Pemberitahuan tertulis tepat waktu");
        assertFitsThePhone(phone);
        chromium.check(phone, "p11-province-table");

        // --- a weight: a wrong value refused next to its field, then saved ---
        link(phone, "Bobot skor").click();
        Locator notice = phone.locator("[id='weight-NOTICE_ON_TIME']");
        notice.fill("150");
        button(phone, "Simpan bobot").click();
        assertThat(phone.locator("[id='weight-NOTICE_ON_TIME-error']")).hasText("Bobot berupa angka 0 sampai 100.");
        chromium.check(phone, "p12-province-weights-error");
        notice.fill("30");
        button(phone, "Simpan bobot").click();
        assertThat(phone.getByText("Bobot tersimpan.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertFitsThePhone(phone);
        as(username, own);

        // --- back to the table: the new weight; drill-down to one regency's aggregates ---
        link(phone, "Tabel kepatuhan").click();
        assertThat(phone.getByTestId("weights")).containsText("30 (");
        link(phone, name).click();
        assertThat(phone.locator("h1")).hasText("Rincian " + name);
        assertThat(phone.getByTestId("disclaimer")).isVisible();
        assertThat(phone.locator("main")).containsText("Kelengkapan DIP");
        assertFitsThePhone(phone);
        chromium.check(phone, "p13-province-drill-down");

        // --- the trend: an SVG chart with a table alternative ---
        link(phone, "Tren").click();
        assertThat(phone.locator("svg[role='img'] title")).hasText("Grafik skor gabungan per tahun");
        assertThat(phone.locator("table")).containsText(name);
        assertFitsThePhone(phone);
        chromium.check(phone, "p14-province-trend");

        // --- the CSV of the table ---
        link(phone, "Tabel kepatuhan").click();
        Download csv = phone.waitForDownload(() -> button(phone, "Unduh CSV").click());
        assertThat(csv.suggestedFilename()).startsWith("kepatuhan-81-").endsWith(".csv");
        String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
        assertThat(text).contains("Kabupaten/kota / Regency").contains(name).contains("bukan nilai resmi");
        phone.context().close();
    }

    /** The saved weight holds on the server, as the provincial admin's token reads it. */
    private void as(String username, String password) {
        String token = officers().token(null, username, password);
        api().auth().oauth2(token).get("/api/province/compliance/weights").then().statusCode(200)
                .body("weights.NOTICE_ON_TIME", org.hamcrest.Matchers.equalTo(30.0f));
    }
}
