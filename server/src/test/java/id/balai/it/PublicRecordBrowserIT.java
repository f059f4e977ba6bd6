package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.balai.it.BrowserSupport.assertFitsThePhone;
import static id.balai.it.BrowserSupport.button;
import static id.balai.it.BrowserSupport.byId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

/**
 * Issue 15's acceptance, in Chromium with axe at 360 px and 1366 px: a citizen places a pin on the map, sees the
 * public preview with the personal data masked, and sends a resized photo with a progress bar; the central admin
 * publishes with an edit; the report then appears on the public map and list, its page shows only the public
 * version, and the statistics page counts it in its tables. Map tiles come from the local fixture
 * ({@link MapTiles}).
 */
class PublicRecordBrowserIT extends InChromium {
    private static final String TENANT = "luwu-timur";
    private static final String NIK = "7324011203850001";
    private static final String PHONE = "0812-3456-7801";
    private static final String EMAIL = "andi.ussu@example.com";
    private static final String NAME = "Andi Mappanyukki";
    private static final String CATEGORY = "Jalan dan jembatan";

    @Test
    void aPinnedReportIsPreviewedMaskedPublishedWithAnEditThenShownOnTheMapListAndStatistics() {
        int before = categoryCount(true);

        // --- the citizen, on a phone: pin, preview, resized photo, progress ---
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/lapor"));
        assertThat(phone.locator("h1")).hasText("Kirim laporan");
        phone.getByLabel("Kategori").selectOption(new SelectOption().setLabel(CATEGORY));
        phone.locator("#title").fill("Jembatan retak dekat rumah " + NAME);
        phone.locator("#description").fill("Saya " + NAME + ", NIK " + NIK + ", HP " + PHONE + ", e-mail " + EMAIL
                + ". Jembatan kayu di jalan desa retak dan miring, anak sekolah melewatinya setiap pagi.");
        byId(phone, "reporter.name").fill(NAME);
        byId(phone, "reporter.phone").fill("081234567801");

        Locator map = phone.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Peta untuk menandai lokasi"));
        map.scrollIntoViewIfNeeded();
        assertThat(map.locator(".leaflet-tile-loaded").first()).isVisible();
        assertThat(phone.getByTestId("pin-status")).hasText("Belum ada titik yang ditandai.");
        map.click();
        assertThat(phone.getByTestId("pin-status")).containsText("Titik ditandai: -2.6");
        assertThat(map.locator(".map-pin")).isVisible();
        assertFitsThePhone(phone);
        chromium.check(phone, "70-pin-360");

        button(phone, "Lihat pratinjau publik").click();
        Locator preview = phone.getByTestId("public-preview");
        assertThat(preview).containsText("[NIK disamarkan]");
        assertThat(preview).containsText("[nomor telepon disamarkan]");
        assertThat(preview).containsText("[alamat e-mail disamarkan]");
        assertThat(preview).containsText("[nama disamarkan]");
        assertThat(preview).not().containsText(NIK);
        assertThat(preview).not().containsText(NAME);
        assertThat(preview).not().containsText(EMAIL);
        chromium.check(phone, "71-preview-360");

        phone.locator("#attachments").setInputFiles(new FilePayload("jembatan.jpg", "image/jpeg", BrowserSupport.cameraPhoto()));
        assertThat(phone.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Pratinjau foto jembatan.jpg")))
                .isVisible();
        assertThat(phone.getByTestId("chosen-files")).containsText("diperkecil dari");
        AtomicReference<Route> held = BrowserSupport.holdPosts(phone, "**/api/t/" + TENANT + "/complaints");
        button(phone, "Kirim laporan").click();
        phone.waitForCondition(() -> held.get() != null);
        assertThat(phone.getByRole(AriaRole.PROGRESSBAR, new Page.GetByRoleOptions().setName("Pengiriman lampiran")))
                .isVisible();
        chromium.check(phone, "72-progress-360");
        held.get().resume();
        assertThat(phone.locator("h1")).containsText("laporan Anda sudah kami terima");
        String number = phone.getByTestId("tracking-number").textContent().trim();
        phone.context().close();

        // --- nothing public before publication ---
        api().get("/api/t/" + TENANT + "/public/reports/" + number).then().statusCode(404);
        Page early = chromium.page(true);
        early.navigate(url("/" + TENANT + "/laporan"));
        assertThat(early.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)
                .setName(Pattern.compile("Daftar laporan")))).isVisible();
        assertThat(early.locator("main")).not().containsText(number);
        early.context().close();

        // --- the central admin publishes with an edit, at a desk ---
        String admin = officers().adminToken(TENANT);
        Map<String, String> central = officers().create(TENANT, admin, List.of("CENTRAL_ADMIN"), null);
        String token = officers().token(TENANT, central.get("username"), central.get("password"));
        String id = api().auth().oauth2(token).queryParam("size", 100).get("/api/t/" + TENANT + "/officer/complaints")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(i -> number.equals(i.get("trackingNumber"))).findFirst().map(i -> (String) i.get("id"))
                .orElseThrow();
        Page desk = chromium.page(false);
        BrowserSupport.signIn(chromium, desk, base, TENANT, central);
        desk.navigate(url("/" + TENANT + "/kantor/kasus/" + id));
        Locator panel = desk.getByTestId("publication-panel");
        panel.scrollIntoViewIfNeeded();
        assertThat(panel.locator("#publication-text")).hasValue(Pattern.compile(".*\\[NIK disamarkan\\].*",
                Pattern.DOTALL));
        panel.locator("#publication-title").fill("Jembatan kayu desa retak dan miring");
        panel.getByLabel("Untuk publik").first().check();
        panel.locator("#publication-reason").fill("Diperiksa, data pribadi disamarkan");
        chromium.check(desk, "73-publish-1366");
        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publikasikan")).click();
        assertThat(panel.getByTestId("publication-status")).hasText("Tampil untuk publik");
        assertThat(panel.getByTestId("moderation-log")).containsText("Dipublikasikan");
        desk.context().close();

        // --- the public map and list, on a phone and at a desk ---
        for (boolean small : List.of(true, false)) {
            Page page = chromium.page(small);
            int tiles = chromium.tilesServed();
            page.navigate(url("/" + TENANT + "/laporan"));
            Locator card = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Jembatan kayu desa retak dan miring"));
            assertThat(card.first()).isVisible();
            Locator publicMap = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Peta laporan publik"));
            assertThat(publicMap.locator("path.map-point").first()).isVisible();
            assertThat(publicMap.locator(".leaflet-tile-loaded").first()).isVisible();
            assertThat(chromium.tilesServed()).isGreaterThan(tiles);
            assertThat(page.locator("main")).not().containsText(NIK);
            assertThat(page.locator("main")).not().containsText(NAME);
            if (small) {
                assertFitsThePhone(page);
            }
            chromium.check(page, small ? "74-public-map-360" : "75-public-map-1366");
            // the tiles came from the one host the page's policy allows: no refusal, no error
            chromium.assertNoConsoleErrors(page, "public map");

            // filtered to its kecamatan, it stays; the report's own page shows only the public version
            page.getByLabel("Kecamatan").selectOption(new SelectOption()
                    .setLabel("Kecamatan Malili"));
            button(page, "Terapkan").click();
            assertThat(page).hasURL(Pattern.compile("district=KEC-MALILI"));
            assertThat(card.first()).isVisible();
            card.first().click();
            assertThat(page.locator("h1")).hasText("Jembatan kayu desa retak dan miring");
            assertThat(page.locator("main")).containsText("[NIK disamarkan]");
            assertThat(page.locator("main")).containsText("Kecamatan Malili");
            assertThat(page.locator("main")).not().containsText(NIK);
            assertThat(page.locator("main")).not().containsText(PHONE);
            assertThat(page.locator("main")).not().containsText(EMAIL);
            assertThat(page.locator("main")).not().containsText(NAME);
            Locator photo = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Foto laporan 1"));
            assertThat(photo).isVisible();
            assertThat(((Number) photo.evaluate("img => img.naturalWidth")).intValue()).isEqualTo(1600);
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Peta lokasi laporan"))
                    .locator(".map-pin")).isVisible();
            if (small) {
                assertFitsThePhone(page);
            }
            chromium.check(page, small ? "76-public-report-360" : "77-public-report-1366");
            chromium.assertNoConsoleErrors(page, "public report");
            page.context().close();
        }

        // --- the statistics page counts it, in its table and its drawn chart, on a phone and at a desk ---
        assertThat(categoryCount(true)).isEqualTo(before + 1);
        assertThat(categoryCount(false)).isEqualTo(before + 1);
    }

    /**
     * The statistics page's count for the category, read from its accessible table, once the category chart beside
     * it has been drawn (a canvas becomes an image with a name only when Chart.js has drawn it from the same figures).
     */
    private int categoryCount(boolean phone) {
        Page page = chromium.page(phone);
        page.navigate(url("/" + TENANT + "/statistik"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Pengaduan: \\d+")))).isVisible();
        Locator figure = page.getByTestId("figure-category");
        Locator row = figure.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(CATEGORY));
        int count;
        if (figure.count() == 0 || row.count() == 0) {
            assertThat(page.locator("h1")).hasText("Statistik layanan");
            count = 0;
        } else {
            assertThat(figure.locator("canvas[role=img]")).isVisible();
            count = Integer.parseInt(row.first().getByRole(AriaRole.CELL).first().textContent().trim());
            chromium.check(page, phone ? "78-statistics-360" : "79-statistics-1366");
        }
        page.context().close();
        return count;
    }
}
